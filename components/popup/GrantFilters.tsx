import type { Translate } from '../../lib/core/messages';
import { PROVIDER_IDS } from '../../lib/core/provider-id';
import { RISK_LABEL_KEYS, RISK_LEVELS } from '../../lib/core/risk-level';
import type { GrantFilters as Filters } from '../../lib/grants/grant-store';
import { GRANT_STATUSES } from '../../lib/grants/grant-types';
import { PROVIDER_NAMES } from '../../lib/providers';
import { STATUS_KEYS } from './labels';

/** Search and filters of the grant list. */
export function GrantFilters({
  filters,
  t,
  onChange,
}: {
  filters: Filters;
  t: Translate;
  onChange: (filters: Filters) => void;
}) {
  return (
    <div class="filters">
      <input
        type="search"
        aria-label={t('popupSearch')}
        placeholder={t('popupSearch')}
        value={filters.search ?? ''}
        onInput={(e) => onChange({ ...filters, search: e.currentTarget.value })}
      />
      <div class="filter-row">
        <select
          aria-label={t('filterProvider')}
          value={filters.provider ?? ''}
          onChange={(e) => onChange({ ...filters, provider: (e.currentTarget.value || null) as Filters['provider'] })}
        >
          <option value="">{`${t('filterProvider')}: ${t('filterAll')}`}</option>
          {PROVIDER_IDS.map((p) => (
            <option key={p} value={p}>
              {PROVIDER_NAMES[p]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filterRisk')}
          value={filters.risk ?? ''}
          onChange={(e) => onChange({ ...filters, risk: (e.currentTarget.value || null) as Filters['risk'] })}
        >
          <option value="">{`${t('filterRisk')}: ${t('filterAll')}`}</option>
          {[...RISK_LEVELS].reverse().map((r) => (
            <option key={r} value={r}>
              {t(RISK_LABEL_KEYS[r])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filterStatus')}
          value={filters.status ?? ''}
          onChange={(e) => onChange({ ...filters, status: (e.currentTarget.value || null) as Filters['status'] })}
        >
          <option value="">{`${t('filterStatus')}: ${t('filterAll')}`}</option>
          {GRANT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
