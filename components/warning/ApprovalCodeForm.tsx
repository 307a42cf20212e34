import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../../lib/core/messages';
import { MAX_APPROVAL_CODE } from '../../lib/messages/protocol';

export type ApprovalCodeState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** `error` is the worker's word for why (`expired`, `other-app` …): said in the person's language. */
  | { kind: 'refused'; error: string }
  | { kind: 'accepted'; approver: string; expiresAt: number };

/** The message that says why a code was refused: `approvalCodeError` and the error in camel case. */
/** The sentence for each reason the worker refuses a code; another reason gets the general sentence. */
const ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  malformed: 'approvalCodeErrorMalformed',
  'no-approvers': 'approvalCodeErrorNoApprovers',
  'unknown-key': 'approvalCodeErrorUnknownKey',
  forged: 'approvalCodeErrorForged',
  expired: 'approvalCodeErrorExpired',
  'not-yet-valid': 'approvalCodeErrorNotYetValid',
  unsupported: 'approvalCodeErrorUnsupported',
  'other-app': 'approvalCodeErrorOtherApp',
  'other-account': 'approvalCodeErrorOtherAccount',
  'account-unknown': 'approvalCodeErrorAccountUnknown',
  'other-scopes': 'approvalCodeErrorOtherScopes',
  'blocked-app': 'approvalCodeErrorBlockedApp',
  'not-a-request': 'approvalCodeErrorNotARequest',
};

export function approvalCodeErrorKey(error: string): MessageKey | null {
  return ERROR_KEYS[error] ?? null;
}

/**
 * "I have an approval code": the person pastes the code an approver gave
 * them; the worker checks it offline and, when it is good, the request goes
 * on. A refused code says why in plain words.
 */
export function ApprovalCodeForm({
  t,
  state,
  onUse,
}: {
  t: Translate;
  state: ApprovalCodeState;
  onUse: (code: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  if (state.kind === 'accepted') {
    return (
      <p role="status" data-testid="approval-code-accepted">
        {t('approvalCodeAccepted', [state.approver, new Date(state.expiresAt).toLocaleString()])}
      </p>
    );
  }
  if (!open) {
    return (
      <div class="buttons">
        <button type="button" class="subtle" onClick={() => setOpen(true)}>
          {t('approvalCodeToggle')}
        </button>
      </div>
    );
  }
  const busy = state.kind === 'busy';
  let refusal: string | null = null;
  if (state.kind === 'refused') {
    const key = approvalCodeErrorKey(state.error);
    refusal = key === null ? t('approvalCodeErrorOther', state.error) : t(key);
  }
  return (
    <form
      data-testid="approval-code-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim() !== '') onUse(code.trim());
      }}
    >
      <label class="justification">
        <span>{t('approvalCodeLabel')}</span>
        <textarea
          rows={3}
          maxLength={MAX_APPROVAL_CODE}
          value={code}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={state.kind === 'refused'}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <div class="buttons">
        <button type="submit" disabled={busy || code.trim() === ''}>
          {t('approvalCodeUse')}
        </button>
      </div>
      {refusal !== null && (
        <p role="alert" class="flag" data-testid="approval-code-refused">
          {refusal}
        </p>
      )}
    </form>
  );
}
