import type { FirstPartyApp } from '../first-party';

/**
 * The client-id prefix of Okta's own apps ("Okta apps" or first-party apps, which Okta creates and maintains in every
 * org, e.g. the Admin Console and the End-User Dashboard): `okta.` followed by a UUID that is the same in every org,
 * where the apps an org adds get generated ids such as `0oa…`. Seen in the `client_id` of Okta's own sign-in
 * redirects and in the System Log's `client.id`. Okta describes these apps in its MyAccount API reference
 * (https://developer.okta.com/docs/api/openapi/okta-myaccount/myaccount/tag/OktaApplications/) but does not document
 * the prefix, nor whether an org can give its own app an id that starts with it: match it only against the org's own
 * Okta host, as a hint rather than proof.
 */
export const OKTA_FIRST_PARTY_PREFIX = 'okta.';

/**
 * Okta's own apps with a known client id (checked 2026-12-01). Sorted by name.
 */
export const OKTA_FIRST_PARTY_APPS: readonly FirstPartyApp[] = [
  // The client of the Admin Console's sign-in (`redirect_uri=https://{org}-admin.okta.com/admin/sso/callback`); listed
  // as the Admin Console's id in Panther's Okta detections:
  // https://github.com/panther-labs/pypanther/blob/main/pypanther/rules/okta/okta_potentially_stolen_session.py
  ['okta.b58d5b75-07d4-5f25-bf59-368a1261a405', 'Okta Admin Console'],
  // The client of the End-User Dashboard's sign-in (`redirect_uri=https://{org}.okta.com/enduser/callback`), seen in
  // the sign-in redirects of any Okta org, e.g. captured in public test scripts.
  ['okta.2b1959c8-bcc0-56eb-a589-cfcfb7422f26', 'Okta End-User Dashboard'],
];
