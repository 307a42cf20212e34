import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxRisk, RISK_LABEL_KEYS, RISK_LEVELS, raiseRisk, riskRank } from '../../../lib/core/risk-level';

describe('risk levels', () => {
  it('rank from none (0) to critical (4), in their order', () => {
    expect(RISK_LEVELS.map(riskRank)).toEqual([0, 1, 2, 3, 4]);
    expect(riskRank('none')).toBe(0);
    expect(riskRank('critical')).toBe(4);
  });

  it('maxRisk keeps the higher of two levels, whichever comes first', () => {
    expect(maxRisk('low', 'high')).toBe('high');
    expect(maxRisk('high', 'low')).toBe('high');
    expect(maxRisk('medium', 'medium')).toBe('medium');
    for (const a of RISK_LEVELS)
      for (const b of RISK_LEVELS) expect(riskRank(maxRisk(a, b))).toBe(Math.max(riskRank(a), riskRank(b)));
  });

  it('raiseRisk goes one level up and stops at critical', () => {
    expect(raiseRisk('none')).toBe('low');
    expect(raiseRisk('high')).toBe('critical');
    expect(raiseRisk('critical')).toBe('critical');
  });

  it('each level has its label in English and French', () => {
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
        string,
        { message: string }
      >;
      for (const level of RISK_LEVELS)
        expect(messages[RISK_LABEL_KEYS[level]]?.message, `${lang} ${level}`).toBeTruthy();
    }
    expect(new Set(Object.values(RISK_LABEL_KEYS)).size).toBe(RISK_LEVELS.length);
  });
});
