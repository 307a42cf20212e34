import type { Translate } from '../../lib/core/messages';
import type { ReportingStatus as Status } from '../../lib/reporting/delivery-status';

function when(t: Translate, time: number | null | undefined): string {
  return time ? t('reportingAt', new Date(time).toLocaleString()) : t('reportingNever');
}

/** Where reporting to the organisation's collector stands: for the admin checking a browser. */
export function ReportingStatus({
  status,
  sending,
  t,
  onSendNow,
}: {
  status: Status;
  sending: boolean;
  t: Translate;
  onSendNow: () => void;
}) {
  const state = status.state;
  const rows: [string, string, string][] = status.endpoint
    ? [
        ['endpoint', t('reportingEndpoint'), status.endpoint],
        ['format', t('reportingFormat'), status.format],
        ['queued', t('reportingQueued'), status.queued === null ? '—' : String(status.queued)],
        ['last-success', t('reportingLastSuccess'), when(t, state?.lastSuccessAt)],
        [
          'last-error',
          t('reportingLastError'),
          state?.lastError ? `${state.lastError} (${when(t, state.lastErrorAt)})` : '—',
        ],
        [
          'next-attempt',
          t('reportingNextAttempt'),
          state && state.nextAttemptAt > Date.now() ? when(t, state.nextAttemptAt) : '—',
        ],
        ['sent', t('reportingSent'), String(state?.sent ?? 0)],
        ['dropped', t('reportingDropped'), String(state?.droppedTotal ?? 0)],
      ]
    : [];
  return (
    <section aria-labelledby="reporting-heading" data-testid="reporting">
      <h2 id="reporting-heading">{t('reportingHeading')}</h2>
      {status.endpoint === null ? (
        <p class="muted">{t('reportingOff')}</p>
      ) : (
        <>
          <p class="muted">{t('reportingIntro')}</p>
          {state === null && <p class="muted">{t('reportingNotStarted')}</p>}
          <table>
            <tbody>
              {rows.map(([key, label, value]) => (
                <tr key={key} data-key={key}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="buttons">
            <button type="button" onClick={onSendNow} disabled={sending}>
              {sending ? t('reportingSending') : t('reportingSendNow')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
