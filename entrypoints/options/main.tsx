import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readProtectionMode } from '../../lib/browser/protection-adapters';
import type { ProtectionMode } from '../../lib/core/protection-mode';
import '../../components/theme.css';
import { browser } from 'wxt/browser';
import { FalseAlarms } from '../../components/options/FalseAlarms';
import { LocalSettingsForm } from '../../components/options/LocalSettingsForm';
import { PolicyOverview } from '../../components/options/PolicyOverview';
import { type ImportDetails, RecordsSection } from '../../components/options/RecordsSection';
import { ReportingStatus } from '../../components/options/ReportingStatus';
import { consentDatabase } from '../../lib/browser/grant-adapters';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { importInventoryFile } from '../../lib/browser/inventory-actions';
import { readPolicyState, saveLocalSettings, watchPolicyState } from '../../lib/browser/policy-storage';
import { exportInventory, grantsToCsv } from '../../lib/grants/export-import';
import { GrantStore } from '../../lib/grants/grant-store';
import type { OptionsMessage } from '../../lib/messages/protocol';
import type { Policy } from '../../lib/policy/policy-schema';
import type { PolicyState } from '../../lib/policy/policy-state';
import { readReportingStatus, type ReportingStatus as Status } from '../../lib/reporting/delivery-status';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Records() {
  const [status, setStatus] = useState<string | null>(null);
  const [details, setDetails] = useState<ImportDetails | null>(null);
  const db = consentDatabase();
  const stamp = () => new Date().toISOString().slice(0, 10);
  return (
    <RecordsSection
      t={translate}
      status={status}
      details={details}
      onExportJson={() =>
        void exportInventory(db, Date.now()).then((doc) =>
          download(`consent-guard-${stamp()}.json`, 'application/json', JSON.stringify(doc, null, 2)),
        )
      }
      onExportCsv={() =>
        void db.grants
          .orderBy('id')
          .toArray()
          .then((grants) => download(`consent-guard-${stamp()}.csv`, 'text/csv', grantsToCsv(grants)))
      }
      onImport={(file) =>
        void file
          .text()
          .then((text) => importInventoryFile(new GrantStore(db), text))
          .then(
            (summary) => {
              setStatus(translate('optionsImported', String(summary.grants)));
              setDetails(summary);
              // The worker reads the person's grants from memory: it reloads them now.
              void browser.runtime.sendMessage({ type: 'inventory-changed' }).catch(() => undefined);
            },
            (error: unknown) =>
              setStatus(translate('optionsImportFailed', error instanceof Error ? error.message : String(error))),
          )
      }
    />
  );
}

/** Reporting's status, read from the database every two seconds while the page is open. */
function Reporting({ policy }: { policy: Policy }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    const db = consentDatabase();
    const refresh = () => void readReportingStatus(db, policy).then(setStatus, () => undefined);
    refresh();
    const timer = setInterval(refresh, 2_000);
    return () => clearInterval(timer);
  }, [policy]);
  if (!status) return null;
  const sendNow = () => {
    setSending(true);
    const message: OptionsMessage = { type: 'send-reports' };
    void browser.runtime
      .sendMessage(message)
      .catch(() => undefined)
      .then(() => readReportingStatus(consentDatabase(), policy))
      .then(setStatus, () => undefined)
      .finally(() => setSending(false));
  };
  return <ReportingStatus status={status} sending={sending} t={translate} onSendNow={sendNow} />;
}

/** The false alarms people reported from warning pages on this device. */
function FalseAlarmCount() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void new GrantStore(consentDatabase()).countEvents('false-alarm-reported').then(setCount, () => undefined);
  }, []);
  return count === null ? null : <FalseAlarms count={count} t={translate} />;
}

function OptionsPage() {
  const [state, setState] = useState<PolicyState | null>(null);
  const [protection, setProtection] = useState<ProtectionMode | null>(null);
  useEffect(() => {
    void readPolicyState().then((s) => s && setState(s));
    // Where the worker found requests are stopped (lib/interception/protection-mode.ts).
    void readProtectionMode().then(setProtection, () => undefined);
    return watchPolicyState(setState);
  }, []);
  return (
    <main>
      <h1>{translate('optionsTitle')}</h1>
      {state === null ? (
        <p role="status">{translate('optionsStatusLoading')}</p>
      ) : (
        <>
          <PolicyOverview
            state={state}
            t={translate}
            lang={uiLanguage()}
            beforeRequestsLeave={protection === null ? null : protection === 'before-request'}
          />
          <LocalSettingsForm
            settings={state.local}
            t={translate}
            onChange={(settings) => void saveLocalSettings(settings)}
          />
          <Reporting policy={state.effective} />
          <FalseAlarmCount />
          <Records />
        </>
      )}
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = translate('optionsTitle');
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
