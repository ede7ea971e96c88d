/**
 * The check page: a text area, a file picker and drop target, a progress line, the annotated
 * text (marked by the same annotator and overlay as an article) and the sentences without a
 * note, each with "This needs a note". A refused file or text shows why and changes nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotatorPhase } from '../../content/annotator';
import { Correction } from '../../overlay/correction';
import { t, uiLocale, type MessageKey } from '../../popup/lib/i18n';
import type { CheckApi, CheckOutcome } from '../lib/check-api';
import { ACCEPTED_EXTENSIONS, MAX_TEXT_CHARS, pastedText, type FileRefusal, type FileText } from '../lib/file-text';
import { paragraphsOf } from '../lib/render-text';

/** Most unmarked sentences listed (a 200,000-character text has thousands). */
export const MAX_UNMARKED_LISTED = 200;

const PHASES: readonly AnnotatorPhase[] = ['reading', 'context', 'engine', 'painting', 'done'];
const PHASE_KEYS: Record<AnnotatorPhase, MessageKey | null> = {
  reading: 'checkPhaseReading',
  context: 'checkPhaseContext',
  engine: 'checkPhaseEngine',
  painting: 'checkPhasePainting',
  done: null,
};

/** The words of a refusal. */
export function refusalText(r: FileRefusal): string {
  switch (r.reason) {
    case 'unsupported':
      return t('checkErrUnsupported', [r.ext]);
    case 'too-large':
      return t('checkErrTooLarge', [r.bytes]);
    case 'too-long':
      return t('checkErrTooLong', [r.chars, MAX_TEXT_CHARS]);
    case 'binary':
      return t('checkErrBinary');
    case 'empty':
      return t('checkErrEmpty');
    case 'bad-eml':
      return t('checkErrEml', [r.detail]);
  }
}

interface Checked {
  title: string | null;
  url: string | null;
  outcome: CheckOutcome | null;
}

/** Fills `container` with the text as paragraphs (text nodes only: nothing in it is parsed as HTML). */
function renderText(container: HTMLElement, text: string): void {
  const doc = container.ownerDocument;
  container.replaceChildren(
    ...paragraphsOf(text).map((para) => {
      const p = doc.createElement('p');
      p.textContent = para;
      return p;
    }),
  );
}

/** The whole check page. */
export function CheckApp({ api }: { api: CheckApi }) {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<AnnotatorPhase | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<{ title: string; lines: string[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const output = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const busy = phase !== null && phase !== 'done';

  const run = (raw: string, title: string | null, url: string | null, name: string): void => {
    const got = pastedText(raw);
    if (!got.ok) {
      setError({ title: t('checkRefused', [name]), lines: [refusalText(got.refusal), t('checkErrKeep')] });
      return;
    }
    const container = output.current;
    if (!container) return;
    setError(null);
    setChecked({ title, url, outcome: null });
    renderText(container, got.text);
    container.lang = '';
    setPhase('reading');
    void api
      .annotate(container, url, setPhase)
      .then((outcome) => {
        container.lang = outcome.language;
        setChecked({ title, url, outcome });
        setPhase('done');
      })
      .catch((e: unknown) => {
        setPhase(null);
        setError({ title: t('checkRefused', [name]), lines: [String(e)] });
      });
  };

  const takeFile = (file: File | undefined): void => {
    if (!file) return;
    void api
      .readFile(file)
      .catch((e: unknown): FileText => ({ ok: false, refusal: { reason: 'bad-eml', detail: String(e) } }))
      .then((got) => {
        if (!got.ok) {
          setError({ title: t('checkRefused', [file.name]), lines: [refusalText(got.refusal), t('checkErrKeep')] });
          return;
        }
        setText(got.text);
        run(got.text, got.title ?? file.name, null, file.name);
      });
  };

  useEffect(() => {
    void api.takePending().then((pending) => {
      if (!pending) return;
      setText(pending.text);
      run(pending.text, null, pending.url, t('checkPasted'));
    });
    // Dropping a file anywhere on the page: the browser must not open it instead.
    const over = (e: DragEvent): void => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (): void => setDragging(false);
    const drop = (e: DragEvent): void => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      takeFile(e.dataTransfer.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [api]);

  const outcome = checked?.outcome ?? null;
  const phaseKey = phase ? PHASE_KEYS[phase] : null;
  const lang = outcome?.language ?? uiLocale();
  const listed = outcome ? outcome.unmarked.slice(0, MAX_UNMARKED_LISTED) : [];

  return (
    <main class="check">
      <h1>{t('checkHeading')}</h1>
      <p>{t('checkIntro')}</p>
      <form
        class="check-input"
        data-dragging={dragging ? '' : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          // The field itself: a paste followed at once by Enter may not have re-rendered yet.
          run(input.current?.value ?? text, null, null, t('checkPasted'));
        }}
      >
        <label for="check-input">{t('checkInputLabel')}</label>
        <textarea id="check-input" ref={input} value={text} spellcheck={false} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="check-row">
          <button type="submit" id="check-run" disabled={busy}>
            {t('checkRun')}
          </button>
        </div>
        <div class="file-picker">
          <label for="check-file">{t('checkFileLabel')}</label>
          <input
            type="file"
            id="check-file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            aria-describedby="check-drop-hint"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              takeFile(file);
            }}
          />
          <p class="hint" id="check-drop-hint">
            {t('checkDropHint')}
          </p>
        </div>
      </form>

      {error ? (
        <div id="check-error" class="result error" role="alert">
          <p class="result-title">{error.title}</p>
          <ul>
            {error.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div id="check-status" class="check-status" role="status" data-phase={phase ?? ''}>
        {busy ? (
          <>
            <progress id="check-progress" max={PHASES.length - 1} value={PHASES.indexOf(phase as AnnotatorPhase)} aria-label={t('checkProgressLabel')} />
            {phaseKey ? t(phaseKey) : ''}
          </>
        ) : outcome ? (
          outcome.shown < outcome.notes ? (
            `${t('checkDone', [outcome.notes, outcome.sentences])} ${t('checkCapped', [outcome.shown])}`
          ) : (
            t('checkDone', [outcome.notes, outcome.sentences])
          )
        ) : (
          ''
        )}
      </div>

      <section id="check-result" aria-labelledby="check-result-heading" hidden={!checked}>
        <h2 id="check-result-heading">{checked?.title ?? t('checkResultHeading')}</h2>
        {checked?.url ? <p class="check-source">{t('checkFromPage', [checked.url])}</p> : null}
        <p class="hint">{t('checkKeys')}</p>
        {/* Filled outside Preact (renderText): the annotator's ranges point into these text nodes. */}
        <div id="check-text" class="check-text" ref={output} />
      </section>

      {outcome ? (
        <section id="check-unmarked" class="check-unmarked" aria-labelledby="check-unmarked-heading" lang={lang}>
          <h2 id="check-unmarked-heading">{t('checkUnmarkedHeading', [outcome.unmarked.length])}</h2>
          <p>{t('checkUnmarkedIntro')}</p>
          <ol>
            {listed.map((s) => (
              <li key={`${s.start}`} data-sl-unmarked={s.start}>
                <blockquote>{s.text}</blockquote>
                <Correction kind="missing" lang={lang} sentence={s.text} engineLabels={[]} idBase={`unmarked-${s.start}`} onSave={api.saveCorrection} />
              </li>
            ))}
          </ol>
          {outcome.unmarked.length > listed.length ? <p class="hint">{t('checkUnmarkedMore', [outcome.unmarked.length - listed.length])}</p> : null}
          <p>
            <a
              id="check-open-options"
              href="../options/index.html"
              onClick={(e) => {
                e.preventDefault();
                void api.openOptions();
              }}
            >
              {t('checkCorrectionsLink')}
            </a>
          </p>
        </section>
      ) : null}
    </main>
  );
}
