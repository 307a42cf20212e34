import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/core/messages';
import type { GrantRecord } from '../../lib/grants/grant-types';
import { PROVIDER_NAMES } from '../../lib/providers';
import { RiskBadge } from '../RiskBadge';
import { formatDay, STATUS_KEYS } from './labels';

export const ROW_HEIGHT = 64;
const OVERSCAN = 6;

export interface VisibleRange {
  start: number;
  end: number;
}

/**
 * The grant list, virtualised: only the rows in view (and a few around) are
 * rendered, so 10,000 grants scroll as smoothly as ten. Rows not loaded yet
 * show a placeholder; the page loads them when the range changes.
 */
export function GrantList({
  total,
  rows,
  height,
  lang,
  t,
  onRange,
  onSelect,
}: {
  total: number;
  rows: ReadonlyMap<number, GrantRecord>;
  height: number;
  lang: string;
  t: Translate;
  onRange: (range: VisibleRange) => void;
  onSelect: (grant: GrantRecord) => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const indexes = Array.from({ length: Math.max(0, end - start) }, (_v, i) => start + i);
  return (
    <div
      class="grant-list"
      style={{ height: `${height}px` }}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setScrollTop(top);
        onRange({ start: Math.floor(top / ROW_HEIGHT), end: Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN });
      }}
    >
      <ul class="grant-ul" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {indexes.map((index) => {
          const grant = rows.get(index);
          const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
          return (
            <li
              key={index}
              class={grant ? 'grant-slot' : 'grant-slot placeholder'}
              style={style}
              aria-setsize={total}
              aria-posinset={index + 1}
            >
              {grant && (
                <button
                  type="button"
                  class="grant-row"
                  data-grant={grant.clientId}
                  data-status={grant.status}
                  onClick={() => onSelect(grant)}
                >
                  <span class="grant-main">
                    <strong>{grant.appName ?? grant.clientId}</strong>
                    <span class="muted">
                      {PROVIDER_NAMES[grant.provider]}
                      {grant.account ? ` · ${grant.account}` : ''}
                    </span>
                  </span>
                  <span class="grant-side">
                    <RiskBadge level={grant.risk} t={t} />
                    <span class="muted">
                      {t(STATUS_KEYS[grant.status])} · {formatDay(grant.lastSeen, lang)}
                    </span>
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
