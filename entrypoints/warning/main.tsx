import { render } from 'preact';
import '../../components/theme.css';
import { MessagePage } from '../../components/MessagePage';
import { translate, uiLanguage } from '../../lib/browser/i18n';

document.documentElement.lang = uiLanguage();
render(
  <MessagePage title={translate('warningTitle')} message={translate('warningNoRequest')} />,
  document.getElementById('app') as HTMLElement,
);
