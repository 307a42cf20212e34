import { render } from 'preact';
import '../../components/theme.css';
import { MessagePage } from '../../components/MessagePage';
import { translate, uiLanguage } from '../../lib/browser/i18n';

document.documentElement.lang = uiLanguage();
document.title = translate('optionsTitle');
render(
  <MessagePage title={translate('optionsTitle')} message={translate('optionsDefaultPolicy')} />,
  document.getElementById('app') as HTMLElement,
);
