import type { Translate } from '../../lib/core/messages';

/**
 * The warning page opened by anyone but the guard (a web page can open it,
 * it must be web-accessible): it shows nothing of the request in its address
 * and offers nothing to click but Go back, so it cannot make a lure look
 * "checked by Consent Guard".
 */
export function NotIssuedPage({ t, onBack }: { t: Translate; onBack: () => void }) {
  return (
    <main data-page="not-issued">
      <h1>{t('notIssuedHeading')}</h1>
      <p>{t('notIssuedExplain')}</p>
      <div class="buttons">
        <button type="button" class="primary" onClick={onBack}>
          {t('goBack')}
        </button>
      </div>
    </main>
  );
}
