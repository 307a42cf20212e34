import { describe, expect, it } from 'vitest';
import {
  APPROVAL_RULE_PRIORITY,
  approvalRulePasses,
  approvalRules,
  FIRST_APPROVAL_RULE_ID,
} from '../../../lib/interception/approval-rules';
import type { Approval } from '../../../lib/policy/approvals';
import { ms } from '../policy/helpers';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const APP = 'aaaaaaaa-1111-4111-8111-111111111111';
const HOST = 'login.microsoftonline.com';

const approval: Approval = {
  id: 'a',
  provider: 'microsoft',
  clientId: APP,
  scopes: null,
  account: null,
  issuedAt: NOW,
  expiresAt: NOW + 1000,
  approver: 'IT',
  approverKey: 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=',
};

describe('approval rules', () => {
  it('approved apps pass the browser’s block rules, between blocked apps and allowed apps', () => {
    const rules = approvalRules([approval, { ...approval, id: 'b' }, { ...approval, id: 'c', clientId: 'x y' }], NOW);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ id: FIRST_APPROVAL_RULE_ID, priority: 250, action: { type: 'allow' } });
    expect(rules[0]?.condition.requestDomains).toContain('login.microsoftonline.com');
    expect(new RegExp(rules[0]?.condition.regexFilter ?? '', 'i').test(ms('Mail.Read', '', APP))).toBe(true);
    expect(new RegExp(rules[0]?.condition.regexFilter ?? '', 'i').test(ms('Mail.Read', '', 'other'))).toBe(false);
    expect(approvalRules([approval], NOW + 1000)).toEqual([]);
  });

  it('sits between blocked apps (300) and allowed apps (200)', () => {
    expect(APPROVAL_RULE_PRIORITY).toBeGreaterThan(200);
    expect(APPROVAL_RULE_PRIORITY).toBeLessThan(300);
  });

  it('gives one rule per app, whatever the case of its id, with ids of their own', () => {
    const other = { ...approval, id: 'o', clientId: 'bbbbbbbb-2222-4222-8222-222222222222' };
    const rules = approvalRules([approval, { ...approval, id: 'upper', clientId: APP.toUpperCase() }, other], NOW);
    expect(rules.map((r) => r.id)).toEqual([FIRST_APPROVAL_RULE_ID, FIRST_APPROVAL_RULE_ID + 1]);
  });

  it('covers every built-in provider’s hosts for an approval of any provider', () => {
    const rules = approvalRules([{ ...approval, provider: '*' }], NOW);
    const domains = rules[0]?.condition.requestDomains ?? [];
    expect(domains).toContain('login.microsoftonline.com');
    expect(domains).toContain('accounts.google.com');
    expect(domains).toContain('github.com');
  });

  it('keeps at most a hundred, the newest', () => {
    const many = Array.from({ length: 120 }, (_v, i) => ({ ...approval, id: `${i}`, clientId: `app-${i}` }));
    const rules = approvalRules(many, NOW);
    expect(rules).toHaveLength(100);
    const passes = (clientId: string) =>
      rules.some((r) => new RegExp(r.condition.regexFilter, 'i').test(ms('Mail.Read', '', clientId)));
    expect(passes('app-20')).toBe(true);
    expect(passes('app-119')).toBe(true);
    expect(passes('app-19')).toBe(false);
  });
});

describe('approvalRulePasses', () => {
  it('says whether the approval rules let a request out past the block rules', () => {
    expect(approvalRulePasses([approval], ms('Mail.ReadWrite', '', APP), HOST, NOW)).toBe(true);
    expect(approvalRulePasses([approval], ms('Mail.ReadWrite', '', 'other-app'), HOST, NOW)).toBe(false);
    expect(approvalRulePasses([approval], ms('Mail.ReadWrite', '', APP), 'evil.example', NOW)).toBe(false);
    expect(approvalRulePasses([approval], ms('Mail.ReadWrite', '', APP), HOST, NOW + 1000)).toBe(false);
    expect(approvalRulePasses([], ms('Mail.ReadWrite', '', APP), HOST, NOW)).toBe(false);
  });
});
