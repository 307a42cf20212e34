import { describe, expect, it } from 'vitest';
import { ApprovedGrants } from '../../../lib/decision/approved-grants';
import { AbusedAppIndex } from '../../../lib/feeds/abused-apps';
import { buildWarningView, localise, type WarningView } from '../../../lib/interception/warning-view';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { ms, policyFrom } from '../policy/helpers';

const KEY = 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=';
const e = encodeURIComponent;

function view(url: string, policy = DEFAULT_POLICY, lang: 'en' | 'fr' = 'en', extra = {}): WarningView {
  const built = buildWarningView({ source: 'warn', url }, { policy, ...extra }, lang);
  if (built === null) throw new Error(`no view: ${url}`);
  return built;
}

describe('the warning page’s view of a request', () => {
  it('is null for a URL that is no authorization request', () => {
    expect(
      buildWarningView({ source: 'warn', url: 'https://example.com/' }, { policy: DEFAULT_POLICY }, 'en'),
    ).toBeNull();
  });

  it('groups the permissions by level, most dangerous first, in the page’s language', () => {
    const v = view(ms('User.Read Mail.Send offline_access'), DEFAULT_POLICY, 'fr');
    expect(v.groups.map((g) => [g.level, g.permissions.map((p) => p.scope)])).toEqual([
      ['high', ['Mail.Send']],
      ['low', ['offline_access']],
      ['none', ['User.Read']],
    ]);
    expect(v.groups[0]?.permissions[0]?.description).toBe('Envoyer des e-mails en votre nom.');
    expect(v).toMatchObject({ decision: 'warn', risk: 'critical', offlineAccess: true, hiddenScopes: false });
  });

  it('shows the link’s account, and a tenant only when it names an organisation', () => {
    expect(view(`${ms('Mail.Read')}&login_hint=ann%40contoso.com`)).toMatchObject({
      account: 'ann@contoso.com',
      tenant: null,
    });
    const named = view(
      'https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=Mail.Read',
    );
    expect(named.tenant).toBe('contoso.com');
  });

  it('names the app from the policy, the provider’s own list or the abused-apps feed, and says which', () => {
    const policy = policyFrom({ allowedApps: [{ clientId: 'app-1', name: 'Contoso CRM', note: 'Approved by IT' }] });
    expect(view(ms('Mail.Read'), policy)).toMatchObject({
      appName: 'Contoso CRM',
      appNameSource: 'policy',
      appNote: 'Approved by IT',
      decision: 'allow',
    });
    const cli = view(
      `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=${e('https://evil.example/cb')}&scope=openid`,
    );
    expect(cli).toMatchObject({ appName: 'Microsoft Azure CLI', appNameSource: 'first-party' });
    // The provider's own app answering to a site the provider does not own.
    expect(cli.redirect).toMatchObject({ host: 'evil.example', unrelated: true });
    const feed = new AbusedAppIndex([
      { appId: 'app-1', name: 'Mail Sync Pro', description: 'Copies mailboxes.', tags: ['email'], provider: '*' },
    ]);
    expect(view(ms('openid'), DEFAULT_POLICY, 'en', { abusedApps: feed })).toMatchObject({
      appName: 'Mail Sync Pro',
      appNameSource: 'feed',
      abused: { name: 'Mail Sync Pro', description: 'Copies mailboxes.', tags: ['email'] },
      decision: 'warn',
    });
    expect(view(ms('Mail.Read'))).toMatchObject({ appName: null, appNameSource: null, abused: null });
  });

  it('names an organisation’s own identity server by the policy’s name for it', () => {
    const policy = policyFrom({ customProviders: [{ name: 'Contoso SSO', host: 'sso.contoso.com', path: '/idp' }] });
    expect(view('https://sso.contoso.com/idp?client_id=hr&scope=payroll:read', policy).providerName).toBe(
      'Contoso SSO',
    );
    expect(view(ms('Mail.Read')).providerName).toBe('Microsoft');
  });

  it('offers Continue, justification, approval and approval codes as the policy says', () => {
    const approvers = [{ name: 'IT', publicKey: KEY }];
    const warned = view(
      ms('Mail.Read'),
      policyFrom({
        approvers,
        approvalUrl: 'https://it.example.com/req',
        bypass: { requireJustification: true, durationMinutes: 7 },
      }),
    );
    expect(warned).toMatchObject({
      canContinue: true,
      requireJustification: true,
      bypassMinutes: 7,
      canAskApproval: true,
      canUseApprovalCode: true,
    });
    // A blocked app: no Continue, and an approval code cannot let it through.
    const blocked = view(
      ms('openid'),
      policyFrom({ approvers, approvalUrl: 'https://it.example.com/req', blockedApps: ['app-1'] }),
    );
    expect(blocked).toMatchObject({
      decision: 'block',
      canContinue: false,
      canAskApproval: true,
      canUseApprovalCode: false,
    });
    expect(view(ms('Mail.Read'), policyFrom({ bypass: { allowed: false } })).canContinue).toBe(false);
    // Nothing to ask when the request is allowed.
    expect(view(ms('openid'), policyFrom({ approvers, approvalUrl: 'https://it.example.com/req' }))).toMatchObject({
      decision: 'allow',
      canAskApproval: false,
      canUseApprovalCode: false,
    });
  });

  it('lists what the app already holds, in words when the catalogue knows it, and rates only what is new', () => {
    const grants = new ApprovedGrants([
      {
        provider: 'microsoft',
        clientId: 'app-1',
        tenant: null,
        account: null,
        scopes: ['User.Read', 'Custom.Thing'],
        lastSeen: Date.now(),
      },
    ]);
    const v = view(ms('User.Read Custom.Thing Files.Read.All'), DEFAULT_POLICY, 'en', { grants });
    expect(v.grantedBefore).toEqual(['User.Read', 'Custom.Thing']);
    expect(v.heldPermissions).toEqual([
      { scope: 'User.Read', description: expect.stringMatching(/profile/) },
      { scope: 'Custom.Thing', description: null },
    ]);
    expect(v.groups.flatMap((g) => g.permissions.map((p) => p.scope))).toEqual(['Files.Read.All']);
  });

  it('says when the permissions are hidden', () => {
    const v = view(
      'https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com',
    );
    expect(v.hiddenScopes).toBe(true);
    expect(v.riskReasons).toContain('hidden-scopes');
  });

  it('carries the organisation’s message in the page’s language, and its support page', () => {
    const policy = policyFrom({
      message: { en: 'Ask IT', fr: 'Demandez à la DSI' },
      supportUrl: 'https://it.example.com/',
    });
    expect(view(ms('Mail.Read'), policy, 'fr')).toMatchObject({
      message: 'Demandez à la DSI',
      supportUrl: 'https://it.example.com/',
    });
    expect(view(ms('Mail.Read')).message).toBeNull();
  });
});

describe('localise', () => {
  it('takes the page’s language, else the text for every language, else English, else the only text', () => {
    expect(localise({ en: 'E', fr: 'F' }, 'fr')).toBe('F');
    expect(localise({ '*': 'All', en: 'E' }, 'fr')).toBe('All');
    expect(localise({ en: 'E' }, 'fr')).toBe('E');
    expect(localise({ de: 'D' }, 'fr')).toBe('D');
    expect(localise(null, 'en')).toBeNull();
  });
});
