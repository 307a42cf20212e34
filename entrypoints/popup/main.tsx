import { render } from 'preact';
import '../../components/theme.css';
import { MessagePage } from '../../components/MessagePage';
import { translate, uiLanguage } from '../../lib/browser/i18n';

document.documentElement.lang = uiLanguage();
render(
  <MessagePage title={translate('popupTitle')} message={translate('popupEmpty')}>
    <p class="muted">{translate('popupPrivacy')}</p>
  </MessagePage>,
  document.getElementById('app') as HTMLElement,
);
