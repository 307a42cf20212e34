import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/browser/i18n';
import type { WarningView } from '../../lib/interception/warning-view';
import { RiskBadge } from '../RiskBadge';
import { policyReasonText, riskReasonText } from './reason-text';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'approval-recorded'; opened: boolean };

export interface WarningPageProps {
  view: WarningView;
  t: Translate;
  state: ActionState;
  onBack: () => void;
  onContinue: (justification: string) => void;
  onAskApproval: (justification: string) => void;
}

const APP_NAME_SOURCE_KEYS: Record<NonNullable<WarningView['appNameSource']>, string> = {
  policy: 'appNameFromPolicy',
  'first-party': 'appNameFirstParty',
  feed: 'appNameFromFeed',
};

function introText(view: WarningView, t: Translate): string {
  if (view.kind === 'device-code') return t('deviceExplain');
  const key = view.decision === 'block' ? 'blockIntro' : 'warnIntro';
  return view.appName === null ? t(`${key}Unnamed`) : t(key, view.appName);
}

/**
 * The page a person sees when the guard stops a request: who asks, what it
 * could do, why the guard stepped in, and what they can do now. Written to be
 * understood in five seconds; every colour has words next to it.
 */
export function WarningPage({ view, t, state, onBack, onContinue, onAskApproval }: WarningPageProps) {
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const blocked = view.decision === 'block';
  const heading = blocked ? t('blockHeading') : view.kind === 'device-code' ? t('deviceHeading') : t('warnHeading');
  const reasons = [
    ...view.reasons.map((code) => policyReasonText(code, t)),
    ...view.riskReasons.map((code) => riskReasonText(code, t)),
  ].filter((text, i, all): text is string => text !== null && all.indexOf(text) === i);
  const appName = view.appName ?? t('appUnnamed');
  const busy = state.kind === 'busy';

  const submitContinue = () => {
    if (view.requireJustification && justification.trim() === '') {
      setMissing(true);
      return;
    }
    onContinue(justification);
  };

  return (
    <main class={`warning ${blocked ? 'is-blocked' : 'is-warned'}`} data-decision={view.decision}>
      <header>
        <h1>{heading}</h1>
        <p>
          <RiskBadge level={view.risk} t={t} />
        </p>
        <p class="lead">{introText(view, t)}</p>
      </header>

      {view.kind !== 'device-code' && (
        <section aria-labelledby="who">
          <h2 id="who">{t('whoHeading')}</h2>
          <dl class="facts">
            <dt>{t('appLabel')}</dt>
            <dd data-testid="app-name">
              <strong>{appName}</strong>
              {view.appNameSource && <span class="muted"> ({t(APP_NAME_SOURCE_KEYS[view.appNameSource])})</span>}
              {view.appNote && <div class="muted">{view.appNote}</div>}
            </dd>
            {view.abused && (
              <>
                <dt>{t('abusedLabel')}</dt>
                <dd data-testid="abused-app">
                  <strong>{t('abusedNotice')}</strong>
                  {view.abused.description && <div>{view.abused.description}</div>}
                  {view.abused.tags.length > 0 && <div class="muted">{view.abused.tags.join(', ')}</div>}
                </dd>
              </>
            )}
            {view.clientId && (
              <>
                <dt>{t('clientIdLabel')}</dt>
                <dd>
                  <code data-testid="client-id">{view.clientId}</code>
                </dd>
              </>
            )}
            <dt>{t('providerLabel')}</dt>
            <dd data-testid="provider">{view.providerName}</dd>
            {view.tenant && (
              <>
                <dt>{t('tenantLabel')}</dt>
                <dd>{view.tenant}</dd>
              </>
            )}
            {view.account && (
              <>
                <dt>{t('accountLabel')}</dt>
                <dd>{view.account}</dd>
              </>
            )}
            {view.redirect && (
              <>
                <dt>{t('redirectLabel')}</dt>
                <dd data-testid="redirect-host">
                  <code>{view.redirect.host}</code>
                  {view.redirect.localhost && <div class="flag">{t('redirectLocalhost')}</div>}
                  {view.redirect.freeHosting && <div class="flag">{t('redirectFreeHosting')}</div>}
                  {view.redirect.unrelated && <div class="flag">{t('redirectUnrelated')}</div>}
                </dd>
              </>
            )}
          </dl>
        </section>
      )}

      {view.kind !== 'device-code' && (
        <section aria-labelledby="what">
          <h2 id="what">{t('whatHeading')}</h2>
          {view.hiddenScopes && <p class="flag">{t('hiddenExplain')}</p>}
          {view.groups.length === 0 && !view.hiddenScopes && <p>{t('noPermissions')}</p>}
          {view.groups.map((group) => (
            <div key={group.level} class={`permission-group risk-${group.level}`} data-level={group.level}>
              <h3>
                <RiskBadge level={group.level} t={t} />
              </h3>
              <ul>
                {group.permissions.map((p) => (
                  <li key={p.scope} data-scope={p.scope}>
                    <span class="permission-text">{p.description}</span>{' '}
                    <code class="muted">
                      {p.scope}
                      {!p.known && ` · ${t('unknownPermission')}`}
                    </code>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {view.offlineAccess && <p class="note">{t('offlineExplain')}</p>}
        </section>
      )}

      {reasons.length > 0 && (
        <section aria-labelledby="why">
          <h2 id="why">{t('whyHeading')}</h2>
          <ul data-testid="reasons">
            {reasons.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      {(view.message || view.supportUrl) && (
        <section aria-labelledby="org" class="org">
          <h2 id="org">{t('orgMessageHeading')}</h2>
          {view.message && <p data-testid="org-message">{view.message}</p>}
          {view.supportUrl && (
            <p>
              <a href={view.supportUrl} target="_blank" rel="noreferrer noopener">
                {t('supportLink')}
              </a>
            </p>
          )}
        </section>
      )}

      <section class="actions" aria-label={t('warnHeading')}>
        {blocked && <p>{t('contactBlocked')}</p>}
        {(view.canContinue || view.canAskApproval) && (
          <label class="justification">
            <span>
              {view.canContinue && view.requireJustification
                ? t('justificationRequiredLabel')
                : t('justificationLabel')}
            </span>
            <textarea
              rows={2}
              maxLength={1000}
              value={justification}
              aria-invalid={missing}
              onInput={(e) => {
                setJustification(e.currentTarget.value);
                setMissing(false);
              }}
            />
            {missing && (
              <span role="alert" class="flag">
                {t('justificationMissing')}
              </span>
            )}
          </label>
        )}
        <div class="buttons">
          <button type="button" class="primary" onClick={onBack} disabled={busy}>
            {t('goBack')}
          </button>
          {view.canAskApproval && (
            <button type="button" onClick={() => onAskApproval(justification)} disabled={busy}>
              {t('askApproval')}
            </button>
          )}
          {view.canContinue && (
            <button type="button" class="subtle" onClick={submitContinue} disabled={busy}>
              {t('continueButton')}
            </button>
          )}
        </div>
        {view.canContinue && <p class="muted">{t('continueNote', String(view.bypassMinutes))}</p>}
        {state.kind === 'error' && (
          <p role="alert" class="flag">
            {t('actionFailed', state.message)}
          </p>
        )}
        {state.kind === 'approval-recorded' && (
          <p role="status">{t(state.opened ? 'approvalSent' : 'approvalRecorded')}</p>
        )}
      </section>
    </main>
  );
}
