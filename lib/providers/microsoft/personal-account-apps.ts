import type { FirstPartyApp } from '../first-party';

/**
 * Microsoft's own apps for personal accounts (login.live.com), whose client
 * ids predate Entra's GUIDs (16 hex digits). Checked 2026-12-01.
 */
export const MICROSOFT_PERSONAL_ACCOUNT_APPS: readonly FirstPartyApp[] = [
  // The Minecraft Launcher's public client: registered with the desktop page
  // `https://login.live.com/oauth20_desktop.srf` only, so the code ends up in the
  // address bar for someone to copy (wiki.vg, "Microsoft Authentication Scheme";
  // the launchers that reuse it say so). A web page sending a person there is
  // the ConsentFix lure for personal accounts.
  ['00000000402b5328', 'Minecraft Launcher'],
];
