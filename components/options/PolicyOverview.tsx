import type { Translate } from '../../lib/browser/i18n';
import { formatPolicyError } from '../../lib/policy/policy-error';
import { redactSecrets } from '../../lib/policy/policy-secrets';
import type { PolicyState, ValueSource } from '../../lib/policy/policy-state';

const STATUS_KEYS: Record<PolicyState['status'], string> = {
  present: 'optionsStatusPresent',
  absent: 'optionsStatusAbsent',
  'unconfirmed-absent': 'optionsStatusUnconfirmed',
  'read-error': 'optionsStatusReadError',
};
const SOURCE_KEYS: Record<ValueSource, string> = {
  managed: 'sourceManaged',
  default: 'sourceDefault',
  local: 'sourceLocal',
};

/** How a policy value reads in one table cell. */
export function formatPolicyValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '—' : JSON.stringify(value);
  return JSON.stringify(value);
}

/** The policy in force, where each value comes from, and the problems of the managed policy. */
export function PolicyOverview({ state, t }: { state: PolicyState; t: Translate }) {
  // A key whose nested value was tightened locally (bypass.requireJustification) reads as local.
  const tightenedParents = new Set(
    Object.keys(state.sources)
      .filter((p) => p.includes('.'))
      .map((p) => p.split('.')[0]),
  );
  // Credentials for the collector are the organisation's secrets: shown as set, never as values.
  const rows = Object.entries(redactSecrets(state.effective)).map(([key, value]) => ({
    key,
    value,
    source: tightenedParents.has(key) ? 'local' : (state.sources[key] ?? 'default'),
  }));
  return (
    <section aria-labelledby="policy-heading">
      <p role="status" data-status={state.status}>
        {t(STATUS_KEYS[state.status])}
      </p>
      {state.managedErrors.length > 0 && (
        <div class="problems" role="alert">
          <h2>{t('optionsErrorsHeading')}</h2>
          <p class="muted">{t('optionsErrorsIntro')}</p>
          <ul data-testid="policy-errors">
            {state.managedErrors.map((error) => (
              <li key={`${error.path}:${error.problem}`}>
                <code>{formatPolicyError(error)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2 id="policy-heading">{t('optionsEffectiveHeading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optionsColumnSetting')}</th>
            <th scope="col">{t('optionsColumnValue')}</th>
            <th scope="col">{t('optionsColumnSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key} data-source={row.source}>
              <th scope="row">
                <code>{row.key}</code>
              </th>
              <td>
                <code>{formatPolicyValue(row.value)}</code>
              </td>
              <td>{t(SOURCE_KEYS[row.source as ValueSource])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.readAt > 0 && <p class="muted">{t('optionsReadAt', new Date(state.readAt).toLocaleString())}</p>}
    </section>
  );
}
