/**
 * A reader's correction, from a note card ("This note is wrong") or an unmarked sentence on the
 * check page ("This needs a note"): a button that opens a small form with one checkbox per label,
 * then Save. The caller stores the correction (storage.local); nothing is sent anywhere.
 * Keyboard: the button and the checkboxes are native controls; opening moves focus to the first
 * checkbox, Cancel moves it back to the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { draftProblem, type CorrectionKind } from '../corrections/model';
import { LABELS, type Label, type Lang } from '../engine/types';
import { labelName, t } from './i18n';

/** What the form needs. */
export interface CorrectionProps {
  kind: CorrectionKind;
  lang: Lang;
  sentence: string;
  /** The labels the engine gave (none for an unmarked sentence). */
  engineLabels: readonly Label[];
  /** Unique within the page (for element ids). */
  idBase: string;
  /** Stores the correction; rejects with a reason when it cannot. */
  onSave(draft: { kind: CorrectionKind; sentence: string; labels: Label[]; engineLabels: Label[] }): Promise<void>;
}

/** The extra rules the correction form needs, in the overlay's (or the check page's) stylesheet. */
export const CORRECTION_CSS = `
.sl-fix{margin:8px 0 4px}
.sl-fix-form{margin:6px 0 0;padding:8px 10px;border:1px solid var(--sl-border);border-radius:8px}
.sl-fix-form legend{padding:0 4px;font-weight:600}
.sl-fix-opt{display:flex;align-items:center;gap:6px;margin:4px 0;cursor:pointer}
.sl-fix-opt input{width:16px;height:16px;margin:0}
.sl-fix-actions{display:flex;gap:8px;margin-top:8px;flex-wrap:wrap}
.sl-fix-msg{margin:6px 0 0}
.sl-fix-msg[data-error]{color:var(--sl-fg);font-weight:700}
`;

/** The button, the form and the outcome of one correction. */
export function Correction({ kind, lang, sentence, engineLabels, idBase, onSave }: CorrectionProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Label[]>(kind === 'wrong' ? [...engineLabels] : []);
  const [state, setState] = useState<{ saved: boolean; error: string | null }>({ saved: false, error: null });
  const [busy, setBusy] = useState(false);
  const firstBox = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (open) firstBox.current?.focus();
  }, [open]);
  useEffect(() => {
    if (state.saved) message.current?.focus();
  }, [state.saved]);

  if (state.saved) {
    return (
      <div class="sl-fix" data-sl-correction={kind}>
        <p class="sl-fix-msg" role="status" tabIndex={-1} ref={message} data-sl-fix-saved="">
          {t(lang, 'fix.saved')}
        </p>
      </div>
    );
  }

  const toggle = (l: Label, on: boolean): void => {
    setChosen((c) => LABELS.filter((x) => (x === l ? on : c.includes(x))));
    setState({ saved: false, error: null });
  };

  const save = (): void => {
    const draft = { kind, sentence, labels: chosen, engineLabels: [...engineLabels] };
    const problem = draftProblem({ ...draft, language: lang, url: null });
    if (problem === 'no-label') return setState({ saved: false, error: t(lang, 'fix.noLabel') });
    if (problem === 'unchanged') return setState({ saved: false, error: t(lang, 'fix.unchanged') });
    setBusy(true);
    onSave(draft)
      .then(() => setState({ saved: true, error: null }))
      .catch((e: unknown) => setState({ saved: false, error: t(lang, 'fix.failed', { error: e instanceof Error ? e.message : String(e) }) }))
      .finally(() => setBusy(false));
  };

  const cancel = (): void => {
    setOpen(false);
    setChosen(kind === 'wrong' ? [...engineLabels] : []);
    setState({ saved: false, error: null });
    // After the form is gone, focus goes back to the button that opened it.
    setTimeout(() => opener.current?.focus(), 0);
  };

  if (!open) {
    return (
      <div class="sl-fix" data-sl-correction={kind}>
        <button type="button" class="sl-btn" data-sl-fix-open="" aria-expanded="false" ref={opener} onClick={() => setOpen(true)}>
          {t(lang, kind === 'wrong' ? 'fix.wrong' : 'fix.missing')}
        </button>
      </div>
    );
  }

  const msgId = `${idBase}-fix-msg`;
  return (
    <div class="sl-fix" data-sl-correction={kind}>
      <fieldset class="sl-fix-form" data-sl-fix-form="" aria-describedby={msgId}>
        <legend>{t(lang, kind === 'wrong' ? 'fix.legendWrong' : 'fix.legendMissing')}</legend>
        {LABELS.map((l, i) => (
          <label class="sl-fix-opt" key={l}>
            <input
              type="checkbox"
              data-sl-fix-label={l}
              ref={i === 0 ? firstBox : undefined}
              checked={chosen.includes(l)}
              onChange={(e) => toggle(l, (e.currentTarget as HTMLInputElement).checked)}
            />
            {labelName(lang, l)}
          </label>
        ))}
        <div class="sl-fix-actions">
          <button type="button" class="sl-btn" data-sl-fix-save="" disabled={busy} onClick={save}>
            {t(lang, 'fix.save')}
          </button>
          <button type="button" class="sl-btn" data-sl-fix-cancel="" onClick={cancel}>
            {t(lang, 'fix.cancel')}
          </button>
        </div>
        <p class="sl-fix-msg" id={msgId} role={state.error ? 'alert' : undefined} data-error={state.error ? '' : undefined}>
          {state.error ?? ''}
        </p>
      </fieldset>
    </div>
  );
}
