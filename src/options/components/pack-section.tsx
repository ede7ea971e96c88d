/** The reader's own context pack: what is stored, import (refused with entry and field at fault), remove. */
import { useState } from 'preact/hooks';
import { t } from '../../popup/lib/i18n';
import type { StoredCustomPack } from '../../settings/custom-pack';
import type { PackImportResult } from '../../settings/custom-pack-import';
import { packImportErrorLines } from '../lib/import-errors';
import { FilePicker } from './file-picker';
import { ResultMessage, type Outcome } from './result-message';

/** The stored pack and the import/remove calls. */
export interface PackSectionProps {
  stored: StoredCustomPack | null;
  importPack(text: string, fileName: string): Promise<PackImportResult>;
  removePack(): Promise<void>;
}

/** Renders the custom pack's state, the import picker and the remove button. */
export function PackSection({ stored, importPack, removePack }: PackSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFile = (text: string, fileName: string): void => {
    void importPack(text, fileName)
      .then((r) => {
        if (r.ok) setOutcome({ ok: true, text: t('packImported', [fileName, r.stored.pack.entries.length]) });
        else setOutcome({ ok: false, title: t('packRefused', [fileName]), lines: packImportErrorLines(r.error) });
      })
      .catch((e: unknown) => setOutcome({ ok: false, title: t('packRefused', [fileName]), lines: [String(e)] }));
  };

  return (
    <section class="card" aria-labelledby="pack-heading">
      <h2 id="pack-heading">{t('packHeading')}</h2>
      <p class="hint">{t('packIntro')}</p>
      <p id="pack-current">
        {stored
          ? t('packCurrent', [stored.pack.version, stored.pack.entries.length, stored.fileName ?? '—'])
          : t('packNone')}
      </p>
      <FilePicker id="import-pack" label={t('packImport')} onFile={onFile} />
      {stored ? (
        <button
          type="button"
          class="secondary"
          id="remove-pack"
          onClick={() => void removePack().then(() => setOutcome({ ok: true, text: t('packRemoved') }))}
        >
          {t('packRemove')}
        </button>
      ) : null}
      <ResultMessage id="pack-result" outcome={outcome} />
    </section>
  );
}
