import type { Translate } from '../lib/core/messages';
import type { Explanation } from '../lib/explain/explain-url';
import { RiskBadge } from './RiskBadge';

export interface DemoRow {
  id: string;
  provider: string;
  label: string;
  url: string;
  explanation: Explanation;
}

const VERDICT_KEYS = { allow: 'verdictAllow', warn: 'verdictWarn', block: 'verdictBlock' } as const;

/** The demo page: sample consent links, each with what the guard makes of it. */
export function DemoPage({ rows, t }: { rows: readonly DemoRow[]; t: Translate }) {
  return (
    <main>
      <h1>{t('demoTitle')}</h1>
      <p class="muted">{t('demoIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('demoColumnRequest')}</th>
            <th scope="col">{t('demoColumnVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-sample={row.id}>
              <td>
                <strong>{row.provider}</strong> · <a href={row.url}>{row.label}</a>
              </td>
              <td>
                {row.explanation.risk && <RiskBadge level={row.explanation.risk} t={t} />}{' '}
                <span data-decision={row.explanation.decision}>{t(VERDICT_KEYS[row.explanation.decision])}</span>
                {row.explanation.scopes && (
                  <div>
                    <code>{row.explanation.scopes.join(' ')}</code>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
