/**
 * Sample consent links for the built-in demo page: one of each kind of request
 * per provider, so anyone can see the guard at work without an account. The
 * client ids and redirect hosts are made up; nothing here is a real app.
 */
export interface SampleRequest {
  id: string;
  provider: string;
  label: { en: string; fr: string };
  url: string;
}

const MS = 'https://login.microsoftonline.com';
const DEMO_CLIENT = '11111111-2222-4333-8444-555555555555';
const enc = encodeURIComponent;

export const SAMPLE_REQUESTS: readonly SampleRequest[] = [
  {
    id: 'microsoft-sign-in',
    provider: 'Microsoft',
    label: { en: 'Sign in only', fr: 'Connexion seule' },
    url: `${MS}/organizations/oauth2/v2.0/authorize?client_id=${DEMO_CLIENT}&response_type=code&redirect_uri=${enc('https://app.example.com/auth')}&scope=${enc('openid profile email User.Read')}&state=demo`,
  },
  {
    id: 'microsoft-mail',
    provider: 'Microsoft',
    label: {
      en: 'Read and send your mail, even when you are away',
      fr: 'Lire et envoyer vos e-mails, même en votre absence',
    },
    url: `${MS}/common/oauth2/v2.0/authorize?client_id=${DEMO_CLIENT}&response_type=code&redirect_uri=${enc('https://invoice-viewer.example.net/callback')}&scope=${enc('https://graph.microsoft.com/Mail.Read https://graph.microsoft.com/Mail.Send offline_access User.Read')}&state=demo`,
  },
  {
    id: 'microsoft-admin-consent',
    provider: 'Microsoft',
    label: {
      en: 'Administrator consent for the whole organisation',
      fr: 'Consentement administrateur pour toute l’organisation',
    },
    url: `${MS}/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=${DEMO_CLIENT}&scope=${enc('https://graph.microsoft.com/.default')}&redirect_uri=${enc('https://app.example.com/admin')}&state=demo`,
  },
  {
    id: 'microsoft-hidden',
    provider: 'Microsoft',
    label: { en: 'Hidden permissions (v1 resource)', fr: 'Permissions cachées (ressource v1)' },
    url: `${MS}/common/oauth2/authorize?client_id=${DEMO_CLIENT}&response_type=code&redirect_uri=${enc('https://app.example.com/auth')}&resource=${enc('https://graph.microsoft.com')}`,
  },
  {
    id: 'microsoft-device-code',
    provider: 'Microsoft',
    label: { en: 'Device-code sign-in page', fr: 'Page de connexion par code d’appareil' },
    url: 'https://microsoft.com/devicelogin',
  },
  {
    id: 'google-sign-in',
    provider: 'Google',
    label: { en: 'Sign in only', fr: 'Connexion seule' },
    url: `https://accounts.google.com/o/oauth2/v2/auth?client_id=123456789-demo.apps.googleusercontent.com&response_type=code&redirect_uri=${enc('https://app.example.com/auth')}&scope=${enc('openid email profile')}&state=demo`,
  },
  {
    id: 'google-drive',
    provider: 'Google',
    label: { en: 'All your Drive files and Gmail', fr: 'Tous vos fichiers Drive et Gmail' },
    url: `https://accounts.google.com/o/oauth2/v2/auth?client_id=123456789-demo.apps.googleusercontent.com&response_type=code&access_type=offline&redirect_uri=${enc('https://docs-share.example.org/oauth')}&scope=${enc('https://www.googleapis.com/auth/drive https://www.googleapis.com/auth/gmail.readonly')}&state=demo`,
  },
  {
    id: 'google-device-code',
    provider: 'Google',
    label: { en: 'Device-code sign-in page', fr: 'Page de connexion par code d’appareil' },
    url: 'https://www.google.com/device',
  },
  {
    id: 'github-sign-in',
    provider: 'GitHub',
    label: { en: 'Sign in only', fr: 'Connexion seule' },
    url: `https://github.com/login/oauth/authorize?client_id=Iv1.demo0123456789&redirect_uri=${enc('https://app.example.com/auth')}&scope=${enc('read:user user:email')}&state=demo`,
  },
  {
    id: 'github-repo',
    provider: 'GitHub',
    label: { en: 'Your private repositories and organisations', fr: 'Vos dépôts privés et vos organisations' },
    url: `https://github.com/login/oauth/authorize?client_id=Ov23demo0123456789&redirect_uri=${enc('https://ci-helper.example.io/cb')}&scope=${enc('repo,admin:org,workflow')}&state=demo`,
  },
  {
    id: 'github-device-code',
    provider: 'GitHub',
    label: { en: 'Device-code sign-in page', fr: 'Page de connexion par code d’appareil' },
    url: 'https://github.com/login/device',
  },
  {
    id: 'slack-history',
    provider: 'Slack',
    label: { en: 'Read your messages and files', fr: 'Lire vos messages et fichiers' },
    url: `https://slack.com/oauth/v2/authorize?client_id=1234567890.0987654321&scope=${enc('chat:write,channels:read')}&user_scope=${enc('channels:history,im:history,files:read')}&redirect_uri=${enc('https://bot.example.com/slack')}&state=demo`,
  },
  {
    id: 'atlassian-jira',
    provider: 'Atlassian',
    label: { en: 'Your Jira work, even when you are away', fr: 'Votre travail Jira, même en votre absence' },
    url: `https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=demoAtlassianClient&scope=${enc('read:jira-work write:jira-work offline_access')}&redirect_uri=${enc('https://tracker.example.com/cb')}&state=demo&response_type=code&prompt=consent`,
  },
  {
    id: 'salesforce-full',
    provider: 'Salesforce',
    label: { en: 'Everything you can do in Salesforce', fr: 'Tout ce que vous pouvez faire dans Salesforce' },
    url: `https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9demo&redirect_uri=${enc('https://crm-sync.example.com/cb')}&scope=${enc('full refresh_token')}`,
  },
  {
    id: 'dropbox-files',
    provider: 'Dropbox',
    label: { en: 'Read and change all your files', fr: 'Lire et modifier tous vos fichiers' },
    url: `https://www.dropbox.com/oauth2/authorize?client_id=demodropbox&response_type=code&token_access_type=offline&redirect_uri=${enc('https://backup.example.com/cb')}&scope=${enc('files.content.read files.content.write')}`,
  },
];
