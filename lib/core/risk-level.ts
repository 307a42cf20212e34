import type { MessageKey } from './messages';

/**
 * How much an app could do with what it asks for, from nothing to everything.
 * The one definition of the levels: their order is their rank, and each has
 * one label in the locale files (`public/_locales/{en,fr}/messages.json`).
 */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The message key of each level's label, for people (`t(RISK_LABEL_KEYS[level])`). */
export const RISK_LABEL_KEYS: Readonly<Record<RiskLevel, MessageKey>> = {
  none: 'riskNone',
  low: 'riskLow',
  medium: 'riskMedium',
  high: 'riskHigh',
  critical: 'riskCritical',
};

const RANK = Object.fromEntries(RISK_LEVELS.map((level, rank) => [level, rank])) as Record<RiskLevel, number>;

/** The level's place in `RISK_LEVELS`: 0 for none, 4 for critical (stored with each grant, for the list's order). */
export function riskRank(level: RiskLevel): number {
  return RANK[level];
}

export function maxRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** One level up, capped at critical. */
export function raiseRisk(level: RiskLevel): RiskLevel {
  return RISK_LEVELS[Math.min(RANK[level] + 1, RISK_LEVELS.length - 1)] as RiskLevel;
}
