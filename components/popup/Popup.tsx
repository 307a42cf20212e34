import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/core/messages';
import type { GrantFilters as Filters, GrantQuery } from '../../lib/grants/grant-store';
import type { GrantRecord } from '../../lib/grants/grant-types';
import type { Language } from '../../lib/interception/warning-view';
import { GrantDetail } from './GrantDetail';
import { GrantFilters } from './GrantFilters';
import { GrantList, type VisibleRange } from './GrantList';

/** Rows read at a time. */
const PAGE = 50;
const LIST_HEIGHT = 400;

/** Where the popup reads its list: the grant store's query. */
export interface GrantSource {
  query(filters: Filters): GrantQuery;
}

/**
 * The popup: the grant list (search, filters, virtualised rows read one
 * window at a time through the store's query) and the detail of one grant.
 * Revoking is the page's: `onRevoke` opens the provider's page and answers
 * with the grant as updated.
 */
export function Popup({
  store,
  lang,
  t,
  onRevoke,
  onConfirmRevoked,
  onFirstRows,
}: {
  store: GrantSource;
  lang: Language;
  t: Translate;
  onRevoke: (grant: GrantRecord, url: string) => Promise<GrantRecord | undefined>;
  onConfirmRevoked: (grant: GrantRecord) => Promise<GrantRecord | undefined>;
  /** The first rows of a list are in (the benchmark's "usable" moment). */
  onFirstRows?: () => void;
}) {
  const [filters, setFilters] = useState<Filters>({});
  const query = useMemo(() => store.query(filters), [store, filters]);
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<ReadonlyMap<number, GrantRecord>>(new Map());
  const [selected, setSelected] = useState<GrantRecord | null>(null);
  const current = useRef(query);
  const loaded = useRef(new Set<number>());

  const loadPage = useCallback(
    async (page: number) => {
      if (loaded.current.has(page)) return;
      loaded.current.add(page);
      const grants = await query.rows(page * PAGE, PAGE);
      if (current.current !== query) return;
      setRows((previous) => {
        const next = new Map(previous);
        for (const [i, grant] of grants.entries()) next.set(page * PAGE + i, grant);
        return next;
      });
      if (page === 0) onFirstRows?.();
    },
    [query, onFirstRows],
  );

  useEffect(() => {
    current.current = query;
    loaded.current = new Set();
    setRows(new Map());
    void query.count().then((count) => current.current === query && setTotal(count));
    void loadPage(0);
  }, [query, loadPage]);

  const onRange = (range: VisibleRange) => {
    for (let page = Math.floor(range.start / PAGE); page <= Math.floor(range.end / PAGE); page++) void loadPage(page);
  };
  const replace = (grant: GrantRecord | undefined) => {
    if (!grant) return;
    setSelected(grant);
    setRows((previous) => new Map([...previous].map(([i, g]) => [i, g.id === grant.id ? grant : g])));
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {selected ? (
        <GrantDetail
          grant={selected}
          lang={lang}
          t={t}
          onBack={() => setSelected(null)}
          onRevoke={(url) => void onRevoke(selected, url).then(replace)}
          onConfirmRevoked={() => void onConfirmRevoked(selected).then(replace)}
        />
      ) : total === 0 && !query.filtered ? (
        <p data-testid="empty">{t('popupEmpty')}</p>
      ) : (
        <>
          <GrantFilters filters={filters} t={t} onChange={setFilters} />
          <p class="muted" role="status">
            {total === null ? t('popupLoading') : total === 0 ? t('popupNoMatch') : t('popupCount', String(total))}
          </p>
          {total !== null && total > 0 && (
            <GrantList
              total={total}
              rows={rows}
              height={LIST_HEIGHT}
              lang={lang}
              t={t}
              onRange={onRange}
              onSelect={setSelected}
            />
          )}
        </>
      )}
      <p class="muted">{t('popupPrivacy')}</p>
    </main>
  );
}
