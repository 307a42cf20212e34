import { render } from 'preact';
import '../../components/theme.css';
import { DemoPage } from '../../components/DemoPage';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { SAMPLE_REQUESTS } from '../../lib/demo/sample-requests';
import { explainUrl } from '../../lib/explain/explain-url';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = translate('demoTitle');
const rows = SAMPLE_REQUESTS.map((sample) => ({
  id: sample.id,
  provider: sample.provider,
  label: sample.label[lang],
  url: sample.url,
  explanation: explainUrl(sample.url),
}));
render(<DemoPage rows={rows} t={translate} />, document.getElementById('app') as HTMLElement);
