import type { Translate } from '../../lib/browser/i18n';
import {
  LOCAL_SETTINGS,
  LOCAL_SETTINGS_SCHEMA,
  type LocalSettingKey,
  type LocalSettings,
} from '../../lib/policy/local-settings';

/** The label of a setting people read: `local` and its key (`localPersonalAccounts`), in _locales. */
const labelKey = (key: LocalSettingKey) => `local${key.charAt(0).toUpperCase()}${key.slice(1)}`;

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
                {t(labelKey(key))}
              </label>
            );
          }
          const loosest = field?.default as string;
          return (
            <label key={key} for={id}>
              <span>{t(labelKey(key))}</span>
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
