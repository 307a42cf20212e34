import { describe, expect, it } from 'vitest';
import { riskRank } from '../../../lib/core/risk-level';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { judgeTrafficCase } from '../../fixtures/real-traffic/judge-case';
import { LURES } from '../../fixtures/real-traffic/lures';
import { ORDINARY_SIGN_INS } from '../../fixtures/real-traffic/ordinary-sign-ins';
import { SECOND_SET } from '../../fixtures/real-traffic/second-set';

/**
 * Precision on real traffic (tests/fixtures/real-traffic/README.md): every
 * ordinary sign-in gathered from public sources stays quiet, every real lure
 * and evasion is stopped, under the embedded default policy.
 */
describe('ordinary sign-ins of real apps stay quiet', () => {
  it('has the corpus the issue asks for', () => {
    expect(ORDINARY_SIGN_INS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ORDINARY_SIGN_INS.map((c) => c.id)).size).toBe(ORDINARY_SIGN_INS.length);
  });

  it.each(ORDINARY_SIGN_INS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const judged = judgeTrafficCase(c, DEFAULT_POLICY);
    expect(judged?.verdict.decision ?? 'allow', `${c.note}: ${judged?.verdict.reasons.join(', ')}`).toBe('allow');
  });
});

describe('real lures and evasions are stopped', () => {
  it('covers every kind', () => {
    expect(LURES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(LURES.map((c) => c.id)).size).toBe(LURES.length);
  });

  it.each(LURES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const judged = judgeTrafficCase(c, DEFAULT_POLICY);
    expect(judged, `${c.note}: not recognised`).not.toBeNull();
    expect(judged?.verdict.decision, `${c.note}: ${judged?.verdict.reasons.join(', ')}`).not.toBe('allow');
    expect(riskRank(judged?.risk.level ?? 'none'), `${c.note}: risk ${judged?.risk.level}`).toBeGreaterThanOrEqual(
      riskRank(c.minRisk),
    );
  });
});

describe('a second set, gathered by a tester who had not seen the corpora', () => {
  it.each(SECOND_SET.map((c, i) => [`${i} ${c.note.slice(0, 80)}`, c] as const))('%s', (_name, c) => {
    const context =
      c.context === 'frame'
        ? { frame: 'sub' as const }
        : c.context === 'outside'
          ? { initiator: 'outside' as const }
          : {};
    const judged = judgeTrafficCase({ url: c.url, context }, DEFAULT_POLICY);
    const decision = judged?.verdict.decision ?? 'allow';
    if (c.expect === 'quiet') expect(decision, judged?.verdict.reasons.join(', ')).toBe('allow');
    else expect(decision, judged?.verdict.reasons.join(', ')).not.toBe('allow');
  });
});
