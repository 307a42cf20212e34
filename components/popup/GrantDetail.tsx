import type { Translate } from '../../lib/core/messages';
import { riskRank } from '../../lib/core/risk-level';
import type { GrantRecord } from '../../lib/grants/grant-types';
import { revokePage } from '../../lib/grants/revoke-pages';
import type { Language } from '../../lib/interception/warning-view';
import { PROVIDER_NAMES } from '../../lib/providers';
import { describeScope } from '../../lib/scopes/lookup-scope';
import { RiskBadge } from '../RiskBadge';
import { formatWhen, HISTORY_KEYS, STATUS_KEYS } from './labels';

/** One grant: what the app can do, what happened, and how to revoke it at the provider. */
export function GrantDetail({
  grant,
  lang,
  t,
  onBack,
  onRevoke,
  onConfirmRevoked,
}: {
  grant: GrantRecord;
  lang: Language;
  t: Translate;
  onBack: () => void;
  onRevoke: (url: string) => void;
  onConfirmRevoked: () => void;
}) {
  const provider = PROVIDER_NAMES[grant.provider];
  const page = revokePage(grant);
  const scopes = grant.scopes
    .map((scope) => describeScope(grant.provider, scope))
    .sort((a, b) => riskRank(b.level) - riskRank(a.level));
  return (
    <section class="grant-detail" aria-labelledby="grant-title">
      <button type="button" class="link" onClick={onBack}>
        ← {t('grantBack')}
      </button>
      <h2 id="grant-title">{grant.appName ?? grant.clientId}</h2>
      <p>
        <RiskBadge level={grant.risk} t={t} /> <span data-testid="grant-status">{t(STATUS_KEYS[grant.status])}</span>
      </p>
      <dl class="facts">
        <dt>{t('providerLabel')}</dt>
        <dd>{provider}</dd>
        <dt>{t('clientIdLabel')}</dt>
        <dd>
          <code>{grant.clientId}</code>
        </dd>
        {grant.account && (
          <>
            <dt>{t('accountLabel')}</dt>
            <dd>{grant.account}</dd>
          </>
        )}
        {grant.redirectHost && (
          <>
            <dt>{t('grantRedirect')}</dt>
            <dd>
              <code>{grant.redirectHost}</code>
            </dd>
          </>
        )}
        <dt>{t('grantFirstSeen')}</dt>
        <dd>{formatWhen(grant.firstSeen, lang)}</dd>
        <dt>{t('grantLastSeen')}</dt>
        <dd>{formatWhen(grant.lastSeen, lang)}</dd>
      </dl>
      <h3>{t('grantPermissions')}</h3>
      {grant.hiddenScopes && <p class="flag">{t('grantHiddenScopes')}</p>}
      <ul class="scope-list">
        {scopes.map((s) => (
          <li key={s.scope} data-scope={s.scope}>
            <RiskBadge level={s.level} t={t} /> {s.description[lang]} <code class="muted">{s.scope}</code>
          </li>
        ))}
      </ul>
      <div class="revoke">
        {page ? (
          <>
            <button type="button" class="primary" onClick={() => onRevoke(page.url)}>
              {t('grantRevoke', provider)}
            </button>
            <p class="muted">{t('grantRevokeHint', page.instruction[lang])}</p>
          </>
        ) : (
          <p>{t('grantRevokeNoPage', provider)}</p>
        )}
        {grant.status === 'revocation-started' && (
          <button type="button" onClick={onConfirmRevoked}>
            {t('grantConfirmRevoked')}
          </button>
        )}
      </div>
      <h3>{t('grantHistory')}</h3>
      <ol class="history" reversed>
        {[...grant.history].reverse().map((entry) => (
          <li key={`${entry.time}-${entry.type}`}>
            {formatWhen(entry.time, lang)} · {t(HISTORY_KEYS[entry.type] ?? 'historyGrantRecorded')}
            {entry.decision === 'warn' && ` (${t('historyAfterWarning')})`}
            {entry.justification && <q> {entry.justification}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}
