import { describe, expect, it } from 'vitest';
import { signApprovalCode } from '../../../lib/policy/approval-codes';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { APP, approvalOf, DAY, grant, it_, NOW, policy, request } from './approval-fixtures';
import { policyFrom } from './helpers';

describe('approval codes in the evaluation', () => {
  it('take effect in the evaluation: the app passes, a blocked app does not, a removed key revokes', async () => {
    const approval = await approvalOf(await signApprovalCode(grant(), it_.privateKey, it_.publicKey));
    const req = request('Mail.ReadWrite');
    const risk = assessRequestRisk(req);
    expect(evaluateRequest(req, risk, policy).decision).toBe('block');
    const approved = evaluateRequest(req, risk, policy, undefined, null, { approvals: [approval], now: NOW });
    expect(approved).toMatchObject({ decision: 'allow', verdict: 'allow', reasons: [`approved:${APP}`] });
    expect(approved.approval?.approver).toBe('IT approvals');

    const blocking = policyFrom({ approvers: policy.approvers, blockedApps: [`microsoft:${APP}`] });
    expect(evaluateRequest(req, risk, blocking, undefined, null, { approvals: [approval], now: NOW }).decision).toBe(
      'block',
    );
    const revoked = policyFrom({ mode: 'enforce' });
    expect(evaluateRequest(req, risk, revoked, undefined, null, { approvals: [approval], now: NOW }).decision).toBe(
      'block',
    );
    expect(
      evaluateRequest(req, risk, policy, undefined, null, { approvals: [approval], now: NOW + 8 * DAY }).decision,
    ).toBe('block');
  });
});
