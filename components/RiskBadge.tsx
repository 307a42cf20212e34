import type { Translate } from '../lib/browser/i18n';
import type { RiskLevel } from '../lib/core/risk-level';

const LABEL_KEYS: Record<RiskLevel, string> = {
  none: 'riskNone',
  low: 'riskLow',
  medium: 'riskMedium',
  high: 'riskHigh',
  critical: 'riskCritical',
};

/** A risk level in words and colour; the words carry the meaning, so colour is never the only cue. */
export function RiskBadge({ level, t }: { level: RiskLevel; t: Translate }) {
  return <span class={`badge risk-${level}`}>{t(LABEL_KEYS[level])}</span>;
}
