/** How much an app could do with what it asks for, from nothing to everything. */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

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

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}
