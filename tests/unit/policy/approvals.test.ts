import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { signApprovalCode } from '../../../lib/policy/approval-codes';
import {
  addApproval,
  approvalMismatch,
  matchApproval,
  pruneApprovals,
  readApprovals,
} from '../../../lib/policy/approvals';
import { APP, approvalOf, DAY, grant, it_, NOW, policy, request } from './approval-fixtures';
import { policyFrom } from './helpers';

describe('approvals', () => {
  it('are for one app: another app, provider, account or more permissions do not match', async () => {
    const approval = await approvalOf(
      await signApprovalCode(
        grant({ scopes: ['Mail.Read', 'offline_access'], account: 'ann@contoso.com' }),
        it_.privateKey,
        it_.publicKey,
      ),
    );
    const ann = '&login_hint=ann%40contoso.com';
    expect(approvalMismatch(approval, request('openid Mail.Read offline_access', ann), policy, NOW)).toBeNull();
    // Sign-in scopes (openid, profile, email) need not be approved; the resource's full name is the same scope.
    expect(
      approvalMismatch(approval, request('openid https://graph.microsoft.com/Mail.Read', ann), policy, NOW),
    ).toBeNull();
    expect(
      approvalMismatch(approval, request('Mail.Read', ann, 'bbbbbbbb-2222-4222-8222-222222222222'), policy, NOW),
    ).toBe('other-app');
    const google = parseAuthorizationRequest(
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=${APP}&response_type=code&scope=openid`,
    ) as AuthorizationRequest;
    expect(approvalMismatch(approval, google, policy, NOW)).toBe('other-app');
    expect(approvalMismatch(approval, request('Mail.Read', '&login_hint=bob%40contoso.com'), policy, NOW)).toBe(
      'other-account',
    );
    expect(approvalMismatch(approval, request('Mail.Read'), policy, NOW)).toBe('account-unknown');
    expect(approvalMismatch(approval, request('Mail.Read Mail.Send', ann), policy, NOW)).toBe('other-scopes');
    expect(approvalMismatch(approval, request('Mail.Read', ann), policy, NOW + 8 * DAY)).toBe('expired');
  });

  it('the policy’s user hint, when set, is who the person is (the link’s login hint is not trusted over it)', async () => {
    const approval = await approvalOf(
      await signApprovalCode(grant({ account: 'ann@contoso.com' }), it_.privateKey, it_.publicKey),
    );
    const hinted = policyFrom({
      approvers: policy.approvers,
      reporting: { userHint: 'bob@contoso.com' },
    });
    expect(approvalMismatch(approval, request('Mail.Read', '&login_hint=ann%40contoso.com'), hinted, NOW)).toBe(
      'other-account',
    );
  });

  it('are remembered once per code, until they expire; storage is read item by item', async () => {
    const a = await approvalOf(await signApprovalCode(grant(), it_.privateKey, it_.publicKey));
    const b = await approvalOf(await signApprovalCode(grant({ expiresAt: NOW + DAY }), it_.privateKey, it_.publicKey));
    const list = addApproval(addApproval(addApproval([], a, NOW), a, NOW), b, NOW);
    expect(list.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(addApproval(list, a, NOW + 2 * DAY).map((x) => x.id)).toEqual([a.id]);
    expect(readApprovals([a, { ...b, clientId: 42 }, null, 'x'])).toEqual([a]);
    expect(readApprovals('nonsense')).toEqual([]);
  });

  it('a removed approver key revokes its approvals; an approval for any provider covers the app at each', async () => {
    const approval = await approvalOf(await signApprovalCode(grant(), it_.privateKey, it_.publicKey));
    expect(approvalMismatch(approval, request('Mail.Read'), policyFrom({ mode: 'enforce' }), NOW)).toBe('revoked');
    const google = parseAuthorizationRequest(
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=${APP}&response_type=code&scope=openid`,
    ) as AuthorizationRequest;
    expect(approvalMismatch({ ...approval, provider: '*' }, google, policy, NOW)).toBeNull();
    // Permissions hidden from the request cannot be checked against approved ones.
    const hidden = request('https://graph.microsoft.com/.default');
    expect(approvalMismatch({ ...approval, scopes: ['Mail.Read'] }, { ...hidden, scopes: null }, policy, NOW)).toBe(
      'other-scopes',
    );
  });

  it('the first approval that covers a request is the one used; expired ones are dropped', async () => {
    const other = await approvalOf(
      await signApprovalCode(
        grant({ clientId: 'bbbbbbbb-2222-4222-8222-222222222222' }),
        it_.privateKey,
        it_.publicKey,
      ),
    );
    const mine = await approvalOf(
      await signApprovalCode(grant({ expiresAt: NOW + DAY }), it_.privateKey, it_.publicKey),
    );
    expect(matchApproval([other, mine], request('Mail.Read'), policy, NOW)).toBe(mine);
    expect(matchApproval([other, mine], request('Mail.Read'), policy, NOW + DAY)).toBeNull();
    expect(pruneApprovals([other, mine], NOW + DAY)).toEqual([other]);
  });
});
