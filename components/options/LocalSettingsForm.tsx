import type { MessageKey, Translate } from '../../lib/core/messages';
import {
  LOCAL_SETTINGS,
  LOCAL_SETTINGS_SCHEMA,
  type LocalSettingKey,
  type LocalSettings,
} from '../../lib/policy/local-settings';

/** The label of each setting people read, in _locales (a setting without one shows its key). */
const LABEL_KEYS: Readonly<Record<LocalSettingKey, MessageKey>> = {
  mode: 'localMode',
  warnAtRisk: 'localWarnAtRisk',
  blockAtRisk: 'localBlockAtRisk',
  adminConsent: 'localAdminConsent',
  hiddenScopes: 'localHiddenScopes',
  deviceCode: 'localDeviceCode',
  personalAccounts: 'localPersonalAccounts',
  requireJustification: 'localRequireJustification',
};
const label = (key: LocalSettingKey, t: Translate) => {
  const messageKey = LABEL_KEYS[key];
  return messageKey ? t(messageKey) : key;
};

/**
 * The settings a person may add. Each choice list starts with "as the policy
 * says" (the loosest value, which changes nothing).
 */
export function LocalSettingsForm({
  settings,
  t,
  onChange,
}: {
  settings: LocalSettings;
  t: Translate;
  onChange: (settings: LocalSettings) => void;
}) {
  const fields = LOCAL_SETTINGS_SCHEMA.children ?? {};
  const set = (key: LocalSettingKey, value: unknown) => onChange({ ...settings, [key]: value } as LocalSettings);
  return (
    <section aria-labelledby="local-heading">
      <h2 id="local-heading">{t('optionsLocalHeading')}</h2>
      <p class="muted">{t('optionsLocalIntro')}</p>
      <div class="form-grid">
        {LOCAL_SETTINGS.map(({ key }) => {
          const field = fields[key];
          const id = `local-${key}`;
          if (field?.kind === 'boolean') {
            return (
              <label key={key} class="check" for={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={settings[key] === true}
                  onChange={(e) => set(key, e.currentTarget.checked)}
                />{' '}
                {label(key, t)}
              </label>
            );
          }
          const loosest = field?.default as string;
          return (
            <label key={key} for={id}>
              <span>{label(key, t)}</span>
              <select id={id} value={String(settings[key])} onChange={(e) => set(key, e.currentTarget.value)}>
                {(field?.values ?? []).map((value) => (
                  <option key={value} value={value}>
                    {value === loosest ? t('optionsLocalInherit') : value}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </section>
  );
}
