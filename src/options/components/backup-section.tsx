/** Export all settings to a JSON file and import them back (validated; a bad file changes nothing). */
import { useState } from 'preact/hooks';
import { t } from '../../popup/lib/i18n';
import { exportFileName, exportSettings, importSettings } from '../../settings/export-import';
import type { Settings } from '../../settings/types';
import { settingsImportErrorLines } from '../lib/import-errors';
import { FilePicker } from './file-picker';
import { ResultMessage, type Outcome } from './result-message';

/** Storage and download access for the backup section. */
export interface BackupSectionProps {
  getSettings(): Promise<Settings>;
  replaceSettings(settings: Settings): Promise<Settings>;
  download(fileName: string, text: string): void;
}

/** Renders the export button and the import picker with their outcomes. */
export function BackupSection({ getSettings, replaceSettings, download }: BackupSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const doExport = (): void => {
    void getSettings().then((settings) => {
      const now = new Date();
      const name = exportFileName(now);
      download(name, exportSettings(settings, now));
      setOutcome({ ok: true, text: t('exportDone', [name]) });
    });
  };

  const doImport = (text: string, fileName: string): void => {
    const result = importSettings(text);
    if (!result.ok) {
      setOutcome({ ok: false, title: t('importRefused', [fileName]), lines: settingsImportErrorLines(result.error) });
      return;
    }
    void replaceSettings(result.settings)
      .then(() => setOutcome({ ok: true, text: t('importDone', [fileName]) }))
      .catch((e: unknown) => setOutcome({ ok: false, title: t('importRefused', [fileName]), lines: [String(e)] }));
  };

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <button type="button" id="export-settings" onClick={doExport}>
        {t('exportButton')}
      </button>
      <FilePicker id="import-settings" label={t('importLabel')} onFile={doImport} />
      <ResultMessage id="backup-result" outcome={outcome} />
    </section>
  );
}
