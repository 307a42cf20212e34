import type { Translate } from '../../lib/core/messages';
import type { RecordNotes } from '../../lib/grants/inventory-format';

/** What an import did to records that were not taken as they were. */
export interface ImportDetails {
  completed: readonly RecordNotes[];
  refused: readonly RecordNotes[];
}

function NotesList({ title, records }: { title: string; records: readonly RecordNotes[] }) {
  if (records.length === 0) return null;
  return (
    <details>
      <summary>{title}</summary>
      <ul>
        {records.map((r) => (
          <li key={r.record}>
            <code>{r.record}</code>: {r.notes.join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Export and import of the grant inventory. */
export function RecordsSection({
  t,
  status,
  onExportJson,
  onExportCsv,
  onImport,
  details = null,
}: {
  t: Translate;
  status: string | null;
  /** The last import's completed and refused records, with why. */
  details?: ImportDetails | null;
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
      {details && (
        <>
          <NotesList
            title={t('optionsImportCompleted', String(details.completed.length))}
            records={details.completed}
          />
          <NotesList title={t('optionsImportRefused', String(details.refused.length))} records={details.refused} />
        </>
      )}
    </section>
  );
}
