import type { RiskReason } from '../core/reasons';
import type { RiskLevel } from '../core/risk-level';

/** One scope of a request, as the catalogue (or the naming rules) rates it. */
export interface ScopeAssessment {
  scope: string;
  level: RiskLevel;
  category: string;
  /** False when the catalogue does not know the scope and the level comes from naming rules. */
  known: boolean;
  description: { en: string; fr: string };
}

/** How dangerous a request is (`assessRequestRisk`): the level, each scope's, and what raised the level. */
export interface RiskAssessment {
  level: RiskLevel;
  scopes: ScopeAssessment[];
  /** Short codes saying what raised the level. */
  reasons: RiskReason[];
}
