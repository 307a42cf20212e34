import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/theme.css';
import { LocalSettingsForm } from '../../components/options/LocalSettingsForm';
import { PolicyOverview } from '../../components/options/PolicyOverview';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { readPolicyState, saveLocalSettings, watchPolicyState } from '../../lib/browser/policy-storage';
import type { PolicyState } from '../../lib/policy/policy-state';

function OptionsPage() {
  const [state, setState] = useState<PolicyState | null>(null);
  useEffect(() => {
    void readPolicyState().then((s) => s && setState(s));
    return watchPolicyState(setState);
  }, []);
  return (
    <main>
      <h1>{translate('optionsTitle')}</h1>
      {state === null ? (
        <p role="status">{translate('optionsStatusLoading')}</p>
      ) : (
        <>
          <PolicyOverview state={state} t={translate} />
          <LocalSettingsForm
            settings={state.local}
            t={translate}
            onChange={(settings) => void saveLocalSettings(settings)}
          />
        </>
      )}
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = translate('optionsTitle');
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
