import type { ProviderProfile } from '../provider-profile';

/**
 * AWS IAM Identity Center (AWS SSO): its OAuth 2.0 device authorization
 * grant (`aws sso login`, AWS Toolkit) ends on a page of the access portal,
 * `https://<directory>.awsapps.com/start/#/device`, or on the regional
 * `https://device.sso.<region>.amazonaws.com/` (AWS Docs, "IAM Identity
 * Center OIDC API: StartDeviceAuthorization", `verificationUriComplete`).
 * Device-code phishing uses both as it uses Microsoft's. Its authorization
 * code grant (`aws sso login` since AWS CLI 2.22) asks on the regional
 * `https://oidc.<region>.amazonaws.com/authorize`, naming its scopes
 * `scopes` ("IAM Identity Center OIDC API: CreateToken", "Configuring IAM
 * Identity Center authentication with the AWS CLI").
 */
export const AWS: ProviderProfile = {
  id: 'aws',
  name: 'AWS',
  hostGroups: [
    {
      hosts: [],
      suffixes: ['.awsapps.com'],
      endpoints: [{ pattern: /^\/start$/, fragment: /^#?\/device(?:[/?]|$)/, kind: 'device-code' }],
      // The device page lives in the fragment, which webRequest never sees: navigations carry it.
      requestPaths: [],
    },
    {
      hosts: [],
      hostPattern: /^device\.sso\.[a-z0-9-]+\.amazonaws\.com$/,
      endpoints: [{ pattern: /^\/$/, kind: 'device-code' }],
      requestPaths: [],
    },
    {
      hosts: [],
      hostPattern: /^oidc\.[a-z0-9-]+\.amazonaws\.com$/,
      endpoints: [{ pattern: /^\/authorize$/, kind: 'authorize', dialect: { names: { scopes: 'scope' } } }],
      // A match pattern cannot name every region without all of amazonaws.com: navigations carry it.
      requestPaths: [],
    },
  ],
  ownedDomains: ['awsapps.com', 'aws.amazon.com', 'amazon.com'],
  brands: [],
  omittedScope: 'rejected',
  // IAM Identity Center's sign-in documents no `prompt=none`.
  silentPrompt: false,
  toolClientsRegisterOnTheFly: true,
};
