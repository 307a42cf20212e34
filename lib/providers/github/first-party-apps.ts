import type { FirstPartyApp } from '../first-party';

/**
 * GitHub's own OAuth apps, and the GitHub sign-ins of the editors GitHub and Microsoft ship, by client id
 * (checked 2026-12-01). Sorted by name.
 *
 * Each id is taken from the public source code of the app that uses it (source URL next to each entry). Ids that
 * only third-party tools reuse are not taken as evidence. Not listed, for want of a published production id:
 * GitHub for Visual Studio (its id is injected at build time), GitHub Mobile.
 */
export const GITHUB_FIRST_PARTY_APPS: readonly FirstPartyApp[] = [
  // https://github.com/git-ecosystem/git-credential-manager/blob/main/src/shared/GitHub/GitHubConstants.cs
  // (OAuthClientId)
  ['0120e057bd645470c1ed', 'Git Credential Manager'],
  // https://github.com/cli/cli/blob/trunk/internal/authflow/flow.go ("The GitHub CLI OAuth app")
  ['178c6fc778ccc68e1d6a', 'GitHub CLI'],
  // https://github.com/github/copilot.vim/blob/9484e35cf222e9360e05450622a884f95c662c4c/dist/agent.js (the device-flow
  // client id of the Copilot agent that GitHub's Vim/Neovim plugin bundles)
  ['Iv1.b507a08c87ecfe98', 'GitHub Copilot (editor plugins)'],
  // https://github.com/desktop/desktop/blob/4a736588f36d365299e3334a84d05efcad22949c/app/src/lib/api.ts
  // (ClientID; since commit 3ed6b467 (2017) the id comes from the build environment)
  ['de0e3c7e9973e1c4dd77', 'GitHub Desktop'],
  // https://github.com/microsoft/vscode/blob/main/extensions/github-authentication/src/config.ts (gitHubClientId)
  ['01ab8ac9400c4e429b23', 'Visual Studio Code'],
];
