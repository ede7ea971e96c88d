/**
 * The check page's browser access: the text handed over by the context menu, the annotator
 * (the same one the content script runs, on this page's own text), and file reading. Kept
 * behind an interface so the page's components are tested without a browser.
 */
import browser from 'webextension-polyfill';
import { PENDING_CHECK_KEY, type PendingCheck } from '../../background/check-selection';
import type { AnnotatorPhase } from '../../content/annotator';
import type { Lang } from '../../engine/types';
import type { CorrectionSubmission } from '../../overlay/types';
import { fileToText, type FileText } from './file-text';

/** What one check produced, for the page's status line and the unmarked-sentence list. */
export interface CheckOutcome {
  notes: number;
  /** Notes marked on the page (at most MAX_MARKED). */
  shown: number;
  sentences: number;
  language: Lang;
  unmarked: { start: number; end: number; text: string }[];
}

export interface CheckApi {
  /** The text the context menu or the shortcut handed over (read once, then removed), or null. */
  takePending(): Promise<PendingCheck | null>;
  /** Annotates everything inside `container` (replacing an earlier check). */
  annotate(container: Element, sourceUrl: string | null, onPhase: (phase: AnnotatorPhase) => void): Promise<CheckOutcome>;
  /** Stores a correction made on this page (an unmarked sentence). */
  saveCorrection(draft: CorrectionSubmission): Promise<void>;
  readFile(file: File): Promise<FileText>;
  openOptions(): Promise<void>;
}

/**
 * Most notes marked at once on the check page. Marking a note costs a marker, a highlight and a
 * layout read in the task that paints them: at about 1,800 notes (a 200,000-character statement
 * dump) that task took 2.6 s in Chromium; with 250 the longest task of the whole check is about 0.2 s. The engine still reads the
 * whole text, and the page says how many notes are not marked.
 */
export const MAX_MARKED = 250;

function sessionArea(): typeof browser.storage.local {
  return (browser.storage as unknown as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
}

/** The real API, for `win` (the check page's window). */
export function createCheckApi(win: Window): CheckApi {
  let current: { destroy(): void; saveCorrection(d: CorrectionSubmission): Promise<void> } | null = null;
  return {
    async takePending() {
      if (!new URLSearchParams(win.location.search).has('pending')) return null;
      const area = sessionArea();
      const got = (await area.get(PENDING_CHECK_KEY))[PENDING_CHECK_KEY] as Partial<PendingCheck> | undefined;
      await area.remove(PENDING_CHECK_KEY);
      if (!got || typeof got.text !== 'string') return null;
      return { text: got.text, url: typeof got.url === 'string' ? got.url : null };
    },
    async annotate(container, sourceUrl, onPhase) {
      current?.destroy();
      const { Annotator } = await import('../../content/annotator');
      const range = win.document.createRange();
      range.selectNodeContents(container);
      // An extension page has a thread of its own: the engine runs here.
      const pageEngine = () => import('../../content/engine');
      const annotator = new Annotator(win, { topic: null, force: true, scope: range, sourceUrl, onProgress: onPhase, maxShown: MAX_MARKED, pageEngine });
      current = annotator;
      await annotator.start();
      const result = annotator.result;
      return {
        notes: result?.claims.length ?? 0,
        shown: annotator.shownCount,
        sentences: result?.sentences.length ?? 0,
        language: result?.language ?? 'en',
        unmarked: annotator.unmarkedSentences(),
      };
    },
    saveCorrection(draft) {
      if (!current) return Promise.reject(new Error('nothing checked yet'));
      return current.saveCorrection(draft);
    },
    async readFile(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return fileToText(file.name, bytes, (html) => new DOMParser().parseFromString(html, 'text/html'));
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
  };
}
