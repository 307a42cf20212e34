import { describe, expect, it } from 'vitest';
import { grantEvent } from '../../../lib/grants/grant-events';
import { outcome } from './fixtures';

describe('grant events', () => {
  it('carry the grant’s facts like a decision’s event, and nothing else', () => {
    const event = grantEvent('grant-recorded', outcome({ decision: 'warn', justification: 'x' }), 1_000);
    expect(event).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      time: new Date(1_000).toISOString(),
      type: 'grant-recorded',
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'app-1',
      appName: 'Expenses',
      scopes: ['User.Read'],
      risk: 'none',
      decision: 'warn',
      reasons: [],
      tenant: 'contoso.com',
      redirectHost: 'expenses.example.com',
    });
  });

  it('count as allowed when the grant says no decision (a revocation)', () => {
    const { decision: _decision, ...subject } = outcome();
    expect(grantEvent('revocation-confirmed', subject, 5).decision).toBe('allow');
    expect(grantEvent('revocation-confirmed', outcome({ decision: null }), 5).decision).toBe('allow');
  });

  it('never carry the account', () => {
    expect(JSON.stringify(grantEvent('grant-refused', outcome({ account: 'ann@contoso.com' }), 5))).not.toContain(
      'ann@contoso.com',
    );
  });
});
