import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import '../../components/theme.css';
import { GrantDetail } from '../../components/popup/GrantDetail';
import { GrantFilters } from '../../components/popup/GrantFilters';
import { GrantList, type VisibleRange } from '../../components/popup/GrantList';
import { consentDatabase } from '../../lib/browser/grant-adapters';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { confirmRevocation, startRevocation } from '../../lib/browser/inventory-actions';
import { type GrantFilters as Filters, GrantStore } from '../../lib/grants/grant-store';
import type { GrantRecord } from '../../lib/grants/grant-types';

const lang = uiLanguage();
const store = new GrantStore(consentDatabase());
const PAGE = 50;
const LIST_HEIGHT = 400;

function PopupApp() {
  const [filters, setFilters] = useState<Filters>({});
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<ReadonlyMap<number, GrantRecord>>(new Map());
  const [selected, setSelected] = useState<GrantRecord | null>(null);
  const loaded = useRef(new Set<number>());
  const generation = useRef(0);

  const loadPage = useCallback(async (page: number, forFilters: Filters, gen: number) => {
    if (loaded.current.has(page)) return;
    loaded.current.add(page);
    const grants = await store.listGrants(forFilters, page * PAGE, PAGE);
    if (gen !== generation.current) return;
    setRows((previous) => {
      const next = new Map(previous);
      for (const [i, grant] of grants.entries()) next.set(page * PAGE + i, grant);
      return next;
    });
    // Marks when the first rows are in: the benchmark's "usable" moment.
    if (page === 0 && performance.getEntriesByName('popup-usable').length === 0)
      requestAnimationFrame(() => performance.mark('popup-usable'));
  }, []);

  useEffect(() => {
    const gen = ++generation.current;
    loaded.current = new Set();
    setRows(new Map());
    if (GrantStore.isFiltered(filters)) {
      // A filtered view reads its matches in one pass: the count comes with them.
      void store.findGrants(filters).then((grants) => {
        if (gen !== generation.current) return;
        loaded.current = new Set(grants.map((_g, i) => Math.floor(i / PAGE)));
        setRows(new Map(grants.map((grant, i) => [i, grant])));
        setTotal(grants.length);
      });
      return;
    }
    void store.countGrants(filters).then((count) => gen === generation.current && setTotal(count));
    void loadPage(0, filters, gen);
  }, [filters, loadPage]);

  const onRange = (range: VisibleRange) => {
    for (let page = Math.floor(range.start / PAGE); page <= Math.floor(range.end / PAGE); page++)
      void loadPage(page, filters, generation.current);
  };
  const replace = (grant: GrantRecord | undefined) => {
    if (!grant) return;
    setSelected(grant);
    setRows((previous) => new Map([...previous].map(([i, g]) => [i, g.id === grant.id ? grant : g])));
  };

  const unfiltered = !filters.search && !filters.provider && !filters.risk && !filters.status;
  return (
    <main class="popup">
      <h1>{translate('popupTitle')}</h1>
      {selected ? (
        <GrantDetail
          grant={selected}
          lang={lang}
          t={translate}
          onBack={() => setSelected(null)}
          onRevoke={(url) => void startRevocation(store, selected, url).then(replace)}
          onConfirmRevoked={() => void confirmRevocation(store, selected).then(replace)}
        />
      ) : total === 0 && unfiltered ? (
        <p data-testid="empty">{translate('popupEmpty')}</p>
      ) : (
        <>
          <GrantFilters filters={filters} t={translate} onChange={setFilters} />
          <p class="muted" role="status">
            {total === null
              ? translate('popupLoading')
              : total === 0
                ? translate('popupNoMatch')
                : translate('popupCount', String(total))}
          </p>
          {total !== null && total > 0 && (
            <GrantList
              total={total}
              rows={rows}
              height={LIST_HEIGHT}
              lang={lang}
              t={translate}
              onRange={onRange}
              onSelect={setSelected}
            />
          )}
        </>
      )}
      <p class="muted">{translate('popupPrivacy')}</p>
    </main>
  );
}

document.documentElement.lang = lang;
render(<PopupApp />, document.getElementById('app') as HTMLElement);
