import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/core/messages';
import { MAX_COMMENT } from '../../lib/events/consent-event';

export type MistakeState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'sent' } | { kind: 'error'; message: string };

/**
 * "This is a mistake": the person tells IT the warning (or block) is wrong,
 * with an optional comment. A false alarm that nobody hears about teaches
 * people to click through; a reported one lets IT fix the policy.
 */
export function MistakeReport({
  t,
  state,
  onReport,
}: {
  t: Translate;
  state: MistakeState;
  onReport: (comment: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  if (state.kind === 'sent') {
    return (
      <p role="status" data-testid="mistake-thanks">
        {t('mistakeThanks')}
      </p>
    );
  }
  if (!open) {
    return (
      <div class="buttons">
        <button type="button" class="subtle" onClick={() => setOpen(true)}>
          {t('mistakeButton')}
        </button>
      </div>
    );
  }
  const busy = state.kind === 'busy';
  return (
    <form
      data-testid="mistake-form"
      onSubmit={(e) => {
        e.preventDefault();
        onReport(comment);
      }}
    >
      <label class="justification">
        <span>{t('mistakeLabel')}</span>
        <textarea rows={2} maxLength={MAX_COMMENT} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button type="submit" disabled={busy}>
          {t('mistakeSend')}
        </button>
        <button type="button" class="subtle" onClick={() => setOpen(false)} disabled={busy}>
          {t('mistakeCancel')}
        </button>
      </div>
      {state.kind === 'error' && (
        <p role="alert" class="flag">
          {t('actionFailed', state.message)}
        </p>
      )}
    </form>
  );
}
