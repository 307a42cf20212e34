import type { MessageKey, Translate } from '../../lib/core/messages';
import type { Language } from '../../lib/policy/policy-error';
import type { PolicyState } from '../../lib/policy/policy-state';
import { policyInWords, type SettingInWords, sourceWords, type WordsValue } from '../../lib/policy/policy-words';

const STATUS_KEYS: Record<PolicyState['status'], MessageKey> = {
  present: 'optionsStatusPresent',
  absent: 'optionsStatusAbsent',
  'unconfirmed-absent': 'optionsStatusUnconfirmed',
  'read-error': 'optionsStatusReadError',
};

function Value({ value }: { value: WordsValue }) {
  if (value.kind === 'text') return <span>{value.text}</span>;
  if (value.kind === 'list') {
    if (value.items.length === 0) return <span class="muted">{value.empty}</span>;
    return (
      <ul class="plain">
        {value.items.map((item, i) => (
          // Entries may repeat (two rules for one scope): the position keeps them apart.
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  }
  return null;
}

/** One setting, and the fields of an object setting as rows of their own below it. */
function Rows({ row, t, depth }: { row: SettingInWords; t: Translate; depth: number }) {
  const nested = row.value.kind === 'fields' ? row.value.rows : [];
  return (
    <>
      <tr data-key={row.path} data-source={row.source} class={depth > 0 ? 'nested' : undefined}>
        <th scope="row" style={depth > 0 ? { paddingInlineStart: `${depth * 1.25}rem` } : undefined}>
          <span class="setting-label">{row.label}</span>
          <br />
          <span class="muted setting-meaning">{row.meaning}</span>
        </th>
        <td>
          <Value value={row.value} />
        </td>
        <td>{sourceWords(row.source, t)}</td>
      </tr>
      {nested.map((child) => (
        <Rows key={child.path} row={child} t={t} depth={depth + 1} />
      ))}
    </>
  );
}

/**
 * The policy in force, in words: a summary (mode, what is warned, what is
 * blocked, reporting, whether requests are stopped before they leave), each
 * setting with its meaning, value and origin, and every value of the
 * organisation's policy that was ignored, with why. Never raw JSON, never a
 * secret.
 */
export function PolicyOverview({
  state,
  t,
  lang,
  beforeRequestsLeave,
}: {
  state: PolicyState;
  t: Translate;
  lang: Language;
  /** Whether requests are stopped before they leave the browser; null: not known. */
  beforeRequestsLeave: boolean | null;
}) {
  const words = policyInWords(
    {
      effective: state.effective,
      sources: state.sources,
      managed: state.managed,
      errors: state.managedErrors,
      beforeRequestsLeave,
    },
    t,
    lang,
  );
  return (
    <section aria-labelledby="policy-heading" data-testid="policy">
      <p role="status" data-status={state.status}>
        {t(STATUS_KEYS[state.status])}
      </p>
      <h2 id="policy-heading">{t('optionsEffectiveHeading')}</h2>
      <div class="summary" data-testid="policy-summary">
        <p>{words.summary.mode}</p>
        <p data-testid="summary-warned">{words.summary.warnedLine}</p>
        <p data-testid="summary-blocked">{words.summary.blockedLine}</p>
        <p data-testid="summary-reporting">{words.summary.reporting}</p>
        <p data-testid="summary-protection">{words.summary.protection}</p>
      </div>
      {words.ignored.length > 0 && (
        <div class="problems" role="alert">
          <h2>{t('optionsErrorsHeading')}</h2>
          <p class="muted">{t('optionsErrorsIntro')}</p>
          <table data-testid="policy-errors">
            <thead>
              <tr>
                <th scope="col">{t('optionsErrorsColumnWhere')}</th>
                <th scope="col">{t('optionsErrorsColumnProblem')}</th>
                <th scope="col">{t('optionsErrorsColumnGiven')}</th>
              </tr>
            </thead>
            <tbody>
              {words.ignored.map((item) => (
                <tr key={`${item.path}:${item.problem}`} data-path={item.path}>
                  <th scope="row">
                    <code>{item.path}</code>
                    {item.label && <span class="muted"> ({item.label})</span>}
                  </th>
                  <td>{item.problem}</td>
                  <td>{item.given}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <table data-testid="policy-settings">
        <thead>
          <tr>
            <th scope="col">{t('optionsColumnSetting')}</th>
            <th scope="col">{t('optionsColumnValue')}</th>
            <th scope="col">{t('optionsColumnSource')}</th>
          </tr>
        </thead>
        <tbody>
          {words.settings.map((row) => (
            <Rows key={row.path} row={row} t={t} depth={0} />
          ))}
        </tbody>
      </table>
      {state.readAt > 0 && <p class="muted">{t('optionsReadAt', new Date(state.readAt).toLocaleString())}</p>}
    </section>
  );
}
