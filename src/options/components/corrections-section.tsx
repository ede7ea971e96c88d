/**
 * The reader's corrections on the options page: each one with its sentence, the labels chosen
 * and the engine's, the page and the date; delete one or all; export them as a JSON file in the
 * corpus format (src/corrections/corpus-file.ts). Nothing is sent: the reader decides what to do
 * with the file.
 */
import { useEffect, useState } from 'preact/hooks';
import { correctionsFileName, toCorrectionsFile } from '../../corrections/corpus-file';
import type { Correction } from '../../corrections/model';
import type { Label } from '../../engine/types';
import { labelText, t } from '../../popup/lib/i18n';
import type { CorrectionsApi } from '../lib/options-api';
import { ResultMessage, type Outcome } from './result-message';

function labelList(labels: readonly Label[]): string {
  return labels.length ? labels.map((l) => labelText(l)).join(', ') : t('correctionsNoLabels');
}

function short(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Lists, deletes and exports the reader's corrections. */
export function CorrectionsSection({ api, download }: { api: CorrectionsApi; download(fileName: string, text: string): void }) {
  const [items, setItems] = useState<Correction[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    let live = true;
    const load = (): void => void api.list().then((c) => live && setItems(c));
    load();
    const stop = api.watch(load);
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const fail = (e: unknown): void => setOutcome({ ok: false, title: t('errorGeneric', [String(e)]), lines: [] });

  const doExport = (): void => {
    void api.list().then((list) => {
      const now = new Date();
      const name = correctionsFileName(now);
      download(name, `${JSON.stringify(toCorrectionsFile(list, now), null, 2)}\n`);
      setOutcome({ ok: true, text: t('correctionsExported', [name]) });
    }, fail);
  };

  const remove = (ids: string[] | 'all'): void => {
    const job = ids === 'all' ? api.clear() : api.delete(ids);
    void job.then(() => {
      setOutcome({ ok: true, text: t(ids === 'all' ? 'correctionsAllDeleted' : 'correctionsDeleted') });
      return api.list().then(setItems);
    }, fail);
  };

  return (
    <section class="card" id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('correctionsHeading')}</h2>
      <p>{t('correctionsIntro')}</p>
      {items === null ? null : items.length === 0 ? (
        <p id="corrections-none">{t('correctionsNone')}</p>
      ) : (
        <>
          <p id="corrections-count">{t('correctionsCount', [items.length])}</p>
          <ul class="site-list" id="corrections-list">
            {items.map((c) => (
              <li key={c.id} data-correction={c.id} data-kind={c.kind}>
                <div class="correction-body">
                  <p class="correction-sentence" lang={c.language}>
                    <strong>{t(c.kind === 'wrong' ? 'correctionsKindWrong' : 'correctionsKindMissing')}</strong> — “{c.sentence}”
                  </p>
                  <p class="site-state">
                    {t('correctionsReader', [labelList(c.labels)])} · {t('correctionsEngine', [labelList(c.engineLabels)])} ·{' '}
                    {t('correctionsSource', [c.url ?? t('correctionsNoSource')])} · <time dateTime={c.date}>{c.date.slice(0, 10)}</time>
                  </p>
                </div>
                <button type="button" data-delete-correction={c.id} aria-label={t('correctionsDeleteOne', [short(c.sentence)])} onClick={() => remove([c.id])}>
                  {t('correctionsDelete')}
                </button>
              </li>
            ))}
          </ul>
          <div class="check-row">
            <button type="button" id="export-corrections" onClick={doExport}>
              {t('correctionsExport')}
            </button>{' '}
            <button type="button" id="delete-all-corrections" onClick={() => remove('all')}>
              {t('correctionsDeleteAll')}
            </button>
          </div>
        </>
      )}
      <p>
        <a
          id="corrections-open-check"
          href="../check/index.html"
          onClick={(e) => {
            e.preventDefault();
            void api.openCheckPage();
          }}
        >
          {t('correctionsOpenCheck')}
        </a>
      </p>
      <ResultMessage id="corrections-result" outcome={outcome} />
    </section>
  );
}
