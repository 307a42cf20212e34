import { firstPartyIndex } from '../first-party';
import type { EndpointPattern, ProviderProfile } from '../provider-profile';
import { MICROSOFT_FIRST_PARTY_APPS } from './first-party-apps';
import { MICROSOFT_PERSONAL_ACCOUNT_APPS } from './personal-account-apps';

/**
 * Microsoft identity platform (Entra ID work accounts and personal Microsoft
 * accounts). Endpoints: Microsoft Learn, "Microsoft identity platform and
 * OAuth 2.0 authorization code flow" (v2), "v1.0 authorization code flow",
 * "admin consent", "device authorization grant"; national clouds: "National
 * cloud authentication endpoints".
 */
const ENTRA_ENDPOINTS: readonly EndpointPattern[] = [
  { pattern: /^\/([^/]+)\/oauth2\/v2\.0\/authorize$/, kind: 'authorize', tenant: 1 },
  { pattern: /^\/([^/]+)\/oauth2\/authorize$/, kind: 'authorize', tenant: 1, microsoftV1: true },
  { pattern: /^\/oauth2\/v2\.0\/authorize$/, kind: 'authorize', tenant: 'common' },
  { pattern: /^\/oauth2\/authorize$/, kind: 'authorize', tenant: 'common', microsoftV1: true },
  { pattern: /^\/([^/]+)\/v2\.0\/adminconsent$/, kind: 'admin-consent', tenant: 1 },
  { pattern: /^\/([^/]+)\/adminconsent$/, kind: 'admin-consent', tenant: 1, microsoftV1: true },
  { pattern: /^\/([^/]+)\/oauth2\/(?:v2\.0\/)?deviceauth$/, kind: 'device-code', tenant: 1 },
  { pattern: /^\/oauth2\/(?:v2\.0\/)?deviceauth$/, kind: 'device-code', tenant: 'organizations' },
  // The newer device-code entry page (`https://login.microsoft.com/device`), with or without a tenant.
  { pattern: /^(?:\/([^/]+))?\/device$/, kind: 'device-code', tenant: 1 },
];

/**
 * The short device-code links Microsoft prints (`microsoft.com/devicelogin`,
 * its locale forms, the US Government and China variants) and the personal
 * account's `microsoft.com/link` (Xbox, Minecraft and other devices).
 */
const DEVICE_LINKS: readonly EndpointPattern[] = [
  {
    pattern: /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/devicelogin(?:us|china)?$/,
    kind: 'device-code',
    tenant: 'organizations',
  },
  { pattern: /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/link$/, kind: 'device-code', tenant: 'consumers' },
];

export const MICROSOFT: ProviderProfile = {
  id: 'microsoft',
  name: 'Microsoft',
  hostGroups: [
    {
      hosts: [
        'login.microsoftonline.com',
        'login.microsoft.com',
        'login.windows.net',
        'login.microsoftonline.us',
        'login-us.microsoftonline.com',
        'login.partner.microsoftonline.cn',
        'login.chinacloudapi.cn',
        'login.microsoftonline.de',
        'login.windows-ppe.net',
      ],
      endpoints: ENTRA_ENDPOINTS,
    },
    {
      // The personal account's consent and sign-in steps carry the request they lead to in `ru`.
      hosts: ['account.live.com'],
      endpoints: [],
      wrappers: [{ path: /^\/(?:consent\/update|consent|login)$/, params: ['ru'] }],
      requestPaths: ['/Consent/*', '/consent/*'],
    },
    {
      hosts: ['login.live.com'],
      wrappers: [{ path: /^\/(?:login|ppsecure\/post)\.srf$/, params: ['ru', 'wreply'] }],
      endpoints: [
        { pattern: /^\/oauth20_authorize\.srf$/, kind: 'authorize', tenant: 'consumers' },
        { pattern: /^\/oauth20_remoteconnect\.srf$/, kind: 'device-code', tenant: 'consumers' },
      ],
    },
    {
      hosts: ['microsoft.com', 'www.microsoft.com', 'aka.ms'],
      endpoints: DEVICE_LINKS,
      requestPaths: ['/devicelogin*', '/*/devicelogin*', '/link*', '/*/link*'],
    },
  ],
  ownedDomains: [
    'microsoftonline.com',
    'microsoftonline.us',
    'microsoftonline.de',
    // Microsoft Azure and Office 365 operated by 21Vianet (Microsoft Learn, "Azure China developer guide" endpoints).
    'microsoftonline.cn',
    'chinacloudapi.cn',
    'azure.cn',
    'outlook.cn',
    'sharepoint.cn',
    'powerbi.cn',
    // Power BI, Power Apps and Dynamics 365 for US Government (GCC, GCC High, DoD): Microsoft Learn,
    // "Power BI for US government customers" and "Power Apps US Government".
    'powerbigov.us',
    'powerapps.us',
    'appsplatform.us',
    'microsoftdynamics.us',
    'windows-ppe.net',
    'microsoft.com',
    'microsoft.us',
    'microsoft365.com',
    'cloud.microsoft',
    'live.com',
    'live.net',
    'windows.net',
    'windows.com',
    'windowsazure.com',
    'azure.com',
    'azure.net',
    'azure.us',
    'office.com',
    'office.net',
    'office365.com',
    'office365.us',
    'outlook.com',
    'onenote.com',
    'onedrive.com',
    'sharepoint.com',
    'sharepoint.us',
    'sharepoint-df.com',
    'skype.com',
    'visualstudio.com',
    'powerbi.com',
    // Azure Synapse Studio and Azure Databricks workspaces (their first-party clients answer there).
    'azuresynapse.net',
    'azuredatabricks.net',
    // Visual Studio Code for the Web.
    'vscode.dev',
    'powerapps.com',
    'powerautomate.com',
    'dynamics.com',
    'microsoftstream.com',
    'yammer.com',
    'bing.com',
    'msn.com',
    'xbox.com',
    'aka.ms',
    'msftauth.net',
    'msauth.net',
    // Seamless single sign-on (Microsoft Learn, "Microsoft Entra seamless single sign-on").
    'microsoftazuread-sso.com',
    'microsoftonline-p.com',
  ],
  brands: ['microsoftonline', 'microsoft', 'office365', 'sharepoint', 'onedrive'],
  // Microsoft Learn, "Redirect URI (reply URL) best practices" (nativeclient), the personal account's desktop page,
  // and the device-join page abused to phish Primary Refresh Tokens (Volexity, April 2025: UTA0355).
  codeDisplayPages: [
    /^[^/]+\/(?:[^/]+\/)?oauth2\/nativeclient$/,
    /^login\.live\.com\/oauth20_desktop\.srf$/,
    /^login\.microsoftonline\.(?:com|us)\/webapp\/clouddomainjoin(?:\/\d+)?$/,
  ],
  // Entra's multi-tenant endpoints and the personal account's: no organisation serves these on its own domain
  // (Entra External ID and B2C custom domains name a tenant).
  proxiedPaths: [
    /^\/(?:common|organizations|consumers)\/oauth2\/(?:v2\.0\/)?(?:authorize|deviceauth)$/,
    /^\/oauth20_authorize\.srf$/,
  ],
  firstPartyApps: firstPartyIndex([...MICROSOFT_FIRST_PARTY_APPS, ...MICROSOFT_PERSONAL_ACCOUNT_APPS]),
  // v1 static consent and app-registered permissions: the person consents to what the app registered.
  omittedScope: 'hides-access',
  // Microsoft identity platform, authorization code flow: `prompt=none` never shows an interactive prompt.
  silentPrompt: true,
};
