/** What happens to a request: let through, interrupted by the warning page, or stopped. */
export type Decision = 'allow' | 'warn' | 'block';

/**
 * Why a request cannot grant anything new (it is a sign-in, not a consent):
 * - `first-party`: the provider's own app answering to the provider's own site (pre-authorised, no consent screen);
 * - `command-line`: a provider's own public client answering to a loopback address, opened from outside the browser;
 * - `silent`: `prompt=none`, no screen can show;
 * - `frame`: a request in a frame, where providers refuse to show their consent screen;
 * - `already-granted`: the app already holds everything it asks for;
 * - `no-new-access`: no scope, at a provider that then reuses earlier grants or public data only.
 *
 * Worked out by `signInReason` (lib/decision/sign-in.ts); the policy and the pages only read it.
 */
export type SignInReason = 'first-party' | 'command-line' | 'silent' | 'frame' | 'already-granted' | 'no-new-access';
