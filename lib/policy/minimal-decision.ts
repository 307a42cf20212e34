import type { RiskAssessment } from '../authz/types';
import { riskRank } from '../risk/risk-level';

export type Decision = 'allow' | 'warn' | 'block';

export interface DecisionResult {
  decision: Decision;
  reasons: string[];
}

/**
 * The embedded default until an organisation's policy is read: a request that
 * can do at most `low` harm passes quietly, anything more is warned.
 */
export function minimalDecision(risk: RiskAssessment): DecisionResult {
  const reasons = [`risk-${risk.level}`, ...risk.reasons];
  return { decision: riskRank(risk.level) <= riskRank('low') ? 'allow' : 'warn', reasons };
}
