import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/core/messages';
import type { WarningView } from '../../lib/interception/warning-view';
import { RiskBadge } from '../RiskBadge';
import { ApprovalCodeForm, type ApprovalCodeState } from './ApprovalCodeForm';
import { MistakeReport, type MistakeState } from './MistakeReport';
import { PermissionsSection } from './PermissionsSection';
import { RequestFacts } from './RequestFacts';
import { reasonLines } from './reason-text';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'approval-recorded'; opened: boolean };

export interface WarningPageProps {
  view: WarningView;
  t: Translate;
  state: ActionState;
  mistake: MistakeState;
  onBack: () => void;
  onContinue: (justification: string) => void;
  onAskApproval: (justification: string) => void;
  onReportMistake: (comment: string) => void;
  /** "I have an approval code": shown when the policy names approvers and a handler is given. */
  approvalCode?: ApprovalCodeState;
  onUseApprovalCode?: (code: string) => void;
}

function heading(view: WarningView, t: Translate): string {
  if (view.decision === 'block') return t('blockHeading');
  if (view.kind === 'device-code') return t('deviceHeading');
  if (view.kind === 'app-install') return t('installHeading');
  return t('warnHeading');
}

function introText(view: WarningView, t: Translate): string {
  if (view.kind === 'device-code') return t('deviceExplain');
  if (view.kind === 'app-install') {
    // The installation page names the app by its slug: the app GitHub would install.
    const name = view.appName ?? view.clientId;
    if (view.decision === 'block') return name === null ? t('blockIntroUnnamed') : t('installBlockIntro', name);
    return name === null ? t('installIntroUnnamed') : t('installIntro', name);
  }
  const key = view.decision === 'block' ? 'blockIntro' : 'warnIntro';
  return view.appName === null ? t(`${key}Unnamed`) : t(key, view.appName);
}

/**
 * The page a person sees when the guard stops a request: who asks, what it
 * could do, why the guard stepped in, and what they can do now. Written to be
 * understood in five seconds; every colour has words next to it.
 */
export function WarningPage({
  view,
  t,
  state,
  mistake,
  onBack,
  onContinue,
  onAskApproval,
  onReportMistake,
  approvalCode = { kind: 'idle' },
  onUseApprovalCode,
}: WarningPageProps) {
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const blocked = view.decision === 'block';
  const reasons = reasonLines(view, t);
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
        <h1>{heading(view, t)}</h1>
        <p>
          <RiskBadge level={view.risk} t={t} />
        </p>
        <p class="lead">{introText(view, t)}</p>
      </header>

      {view.kind !== 'device-code' && <RequestFacts view={view} t={t} />}

      {view.kind !== 'device-code' && <PermissionsSection view={view} t={t} />}

      {reasons.length > 0 && (
        <section aria-labelledby="why">
          <h2 id="why">{t('whyHeading')}</h2>
          <ul data-testid="reasons">
            {reasons.map(({ text, cause }) => (
              <li key={text}>
                {text}
                {cause && <span class="muted"> ({cause})</span>}
              </li>
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
        {view.canUseApprovalCode && onUseApprovalCode && (
          <ApprovalCodeForm t={t} state={approvalCode} onUse={onUseApprovalCode} />
        )}
        <MistakeReport t={t} state={mistake} onReport={onReportMistake} />
      </section>
    </main>
  );
}
