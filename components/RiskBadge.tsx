import type { Translate } from '../lib/core/messages';
import type { RiskLevel } from '../lib/core/risk-level';
import { RISK_LABEL_KEYS } from '../lib/core/risk-level';

/** A risk level in words and colour; the words carry the meaning, so colour is never the only cue. */
export function RiskBadge({ level, t }: { level: RiskLevel; t: Translate }) {
  return <span class={`badge risk-${level}`}>{t(RISK_LABEL_KEYS[level])}</span>;
}
