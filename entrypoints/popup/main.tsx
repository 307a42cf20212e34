import { render } from 'preact';
import '../../components/theme.css';
import { Popup } from '../../components/popup/Popup';
import { consentDatabase } from '../../lib/browser/grant-adapters';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { confirmRevocation, startRevocation } from '../../lib/browser/inventory-actions';
import { GrantStore } from '../../lib/grants/grant-store';

const lang = uiLanguage();
const store = new GrantStore(consentDatabase());

/** Marks the first frame with rows in it: the benchmark's "usable" moment (`npm run bench:popup`). */
function markUsable(): void {
  if (performance.getEntriesByName('popup-usable').length === 0)
    requestAnimationFrame(() => performance.mark('popup-usable'));
}

document.documentElement.lang = lang;
render(
  <Popup
    store={store}
    lang={lang}
    t={translate}
    onRevoke={(grant, url) => startRevocation(store, grant, url)}
    onConfirmRevoked={(grant) => confirmRevocation(store, grant)}
    onFirstRows={markUsable}
  />,
  document.getElementById('app') as HTMLElement,
);
