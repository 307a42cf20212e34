import type { ProviderProfile } from '../provider-profile';

/** Slack. Endpoints: Slack API, "Installing with OAuth" and "Sign in with Slack". */
export const SLACK: ProviderProfile = {
  id: 'slack',
  name: 'Slack',
  hostGroups: [
    {
      hosts: ['slack.com', 'www.slack.com', 'app.slack.com', 'slack-gov.com', 'app.slack-gov.com'],
      // GovSlack (Slack API, "GovSlack") serves the same endpoints on slack-gov.com.
      suffixes: ['.slack.com', '.slack-gov.com'],
      endpoints: [
        { pattern: /^\/oauth\/v2\/authorize$/, kind: 'authorize' },
        { pattern: /^\/oauth\/v2_user\/authorize$/, kind: 'authorize' },
        { pattern: /^\/oauth\/authorize$/, kind: 'authorize' },
        { pattern: /^\/openid\/connect\/authorize$/, kind: 'authorize' },
      ],
      // The workspace sign-in page sends the person on to `redir` (a path) once signed in.
      requestPaths: ['/oauth/*', '/openid/*', '/signin*', '/get-started*', '/workspace-signin*'],
      wrappers: [{ path: /^\/(?:signin|signin\/[a-z_-]+|get-started|workspace-signin)$/, params: ['redir'] }],
    },
  ],
  ownedDomains: ['slack.com', 'slack-edge.com', 'slack-gov.com'],
  brands: ['slack'],
  // Without `scope`, Slack refuses the request ("invalid_scope").
  omittedScope: 'rejected',
  // Slack's OAuth v2 has no `prompt` parameter: the consent screen shows whatever it says.
  silentPrompt: false,
};
