import type { Translate } from '../../lib/core/messages';

/** Export and import of the grant inventory. */
export function RecordsSection({
  t,
  status,
  onExportJson,
  onExportCsv,
  onImport,
}: {
  t: Translate;
  status: string | null;
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => void;
}) {
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{t('optionsRecordsHeading')}</h2>
      <p class="muted">{t('optionsRecordsIntro')}</p>
      <div class="buttons">
        <button type="button" onClick={onExportJson}>
          {t('optionsExportJson')}
        </button>
        <button type="button" onClick={onExportCsv}>
          {t('optionsExportCsv')}
        </button>
        <label class="file-button">
          {t('optionsImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
