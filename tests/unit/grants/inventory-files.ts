/**
 * Version 1 as 0.1 wrote it (commit d4dc2c0, `git log -p -- lib/grants/export-import.ts`):
 * every stored field but the database ids, derived fields included, events with `timeMs`.
 */
export const VERSION_1_FIRST = {
  format: 'consent-guard-inventory',
  version: 1,
  exportedAt: '2026-11-25T11:00:00.000Z',
  apps: [
    {
      key: 'microsoft|bbbbbbbb-2222',
      provider: 'microsoft',
      clientId: 'bbbbbbbb-2222',
      name: null,
      firstSeen: 1_000,
      lastSeen: 2_000,
    },
    {
      key: 'microsoft|cccccccc-3333',
      provider: 'microsoft',
      clientId: 'cccccccc-3333',
      name: null,
      firstSeen: 3_000,
      lastSeen: 3_000,
    },
  ],
  grants: [
    {
      key: 'microsoft|bbbbbbbb-2222|ann@contoso.com|',
      appKey: 'microsoft|bbbbbbbb-2222',
      provider: 'microsoft',
      clientId: 'bbbbbbbb-2222',
      appName: null,
      appNameLower: 'bbbbbbbb-2222',
      tenant: null,
      account: 'ann@contoso.com',
      scopes: ['Mail.Read', 'offline_access'],
      scopesLower: ['mail.read', 'offline_access'],
      hiddenScopes: false,
      risk: 'critical',
      riskRank: 4,
      status: 'active',
      firstSeen: 1_000,
      lastSeen: 2_000,
      redirectHost: 'app.example.test',
      history: [
        { time: 1_000, type: 'grant-recorded', decision: 'warn', scopes: ['Mail.Read'], justification: 'project' },
        { time: 2_000, type: 'grant-recorded', decision: 'warn', scopes: ['offline_access'] },
      ],
    },
    {
      key: 'microsoft|cccccccc-3333|ann@contoso.com|',
      appKey: 'microsoft|cccccccc-3333',
      provider: 'microsoft',
      clientId: 'cccccccc-3333',
      appName: null,
      appNameLower: 'cccccccc-3333',
      tenant: null,
      account: 'ann@contoso.com',
      scopes: ['openid'],
      scopesLower: ['openid'],
      hiddenScopes: false,
      risk: 'none',
      riskRank: 0,
      status: 'refused',
      firstSeen: 3_000,
      lastSeen: 3_000,
      redirectHost: 'app.example.test',
      history: [{ time: 3_000, type: 'grant-refused', decision: 'allow', scopes: ['openid'] }],
    },
  ],
  events: [
    {
      id: '0b6d8a52-0000-4000-8000-000000000001',
      time: '1970-01-01T00:00:01.000Z',
      type: 'continued',
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'bbbbbbbb-2222',
      appName: null,
      scopes: ['Mail.Read', 'offline_access'],
      risk: 'critical',
      decision: 'warn',
      reasons: ['risk-critical'],
      tenant: 'common',
      redirectHost: 'app.example.test',
      justification: 'project',
      timeMs: 1_000,
    },
  ],
};

/**
 * Version 1 once reporting came (commit 47238b8): policy events in the events
 * table, before they carried `protection` (commit e14f2e6).
 */
export const VERSION_1_REPORTING = {
  ...VERSION_1_FIRST,
  exportedAt: '2026-11-25T11:56:00.000Z',
  events: [
    ...VERSION_1_FIRST.events,
    {
      id: '0b6d8a52-0000-4000-8000-000000000002',
      time: '1970-01-01T00:00:04.000Z',
      type: 'policy-applied',
      policy: { status: 'present', fingerprint: 'ab12', managedKeys: ['mode'], errors: [], rulesNotInstalled: 0 },
      timeMs: 4_000,
    },
  ],
};
