import type { Translate } from '../../lib/core/messages';

/**
 * Shown instead of a sign-in code left in the address bar (a loopback
 * address nothing answers on, a provider's native-client page): the
 * "ConsentFix" lure asks people to copy that address into its page. Names the
 * host only; the code never reaches this page. Nothing to continue to.
 */
export function AnswerGuardPage({ host, t, onBack }: { host: string; t: Translate; onBack: () => void }) {
  return (
    <main class="warning is-blocked" data-page="answer-guard">
      <header>
        <h1>{t('answerHeading')}</h1>
        <p class="lead">{t('answerNotDelivered', host)}</p>
      </header>
      <p class="flag">{t('answerNeverCopy')}</p>
      <p>{t('answerTellIt')}</p>
      <section class="actions" aria-label={t('answerHeading')}>
        <div class="buttons">
          <button type="button" class="primary" onClick={onBack}>
            {t('goBack')}
          </button>
        </div>
      </section>
    </main>
  );
}
