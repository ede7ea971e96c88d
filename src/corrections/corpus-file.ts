/**
 * The corrections export: the corpus format of the labeling guideline (shared/corpus/GUIDELINE.md)
 * — articles with `id`, `language` and `sentences: [{ text, labels }]` — grouped by source page,
 * plus the source URL and what the correction was. Writing (`toCorrectionsFile`) and strict
 * reading with precise errors (`parseCorrectionsFile`, used by `npm run eval -- --corrections`).
 * Pure.
 */
import { LABELS, type Label, type Lang } from '../engine/types';
import { cleanLabels, type Correction, type CorrectionKind } from './model';

export const CORRECTIONS_FORMAT = 'sahel-lens-corrections';
export const CORRECTIONS_VERSION = 1;

/** One sentence of an exported article. `text` and `labels` are the corpus fields. */
export interface CorrectionSentence {
  text: string;
  labels: Label[];
  engine_labels: Label[];
  correction: CorrectionKind;
  date: string;
}

/** One exported article: the corrected sentences of one page in one language. */
export interface CorrectionArticle {
  id: string;
  language: Lang;
  source_url: string | null;
  sentences: CorrectionSentence[];
}

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  exported: string;
  articles: CorrectionArticle[];
}

/** Groups corrections by page and language (in order of first appearance) into the export file. */
export function toCorrectionsFile(corrections: readonly Correction[], now: Date = new Date()): CorrectionsFile {
  const groups = new Map<string, CorrectionArticle>();
  for (const c of corrections) {
    const key = `${c.url ?? ''}\n${c.language}`;
    let a = groups.get(key);
    if (!a) {
      a = { id: `correction-${groups.size + 1}`, language: c.language, source_url: c.url, sentences: [] };
      groups.set(key, a);
    }
    a.sentences.push({ text: c.sentence, labels: [...c.labels], engine_labels: [...c.engineLabels], correction: c.kind, date: c.date });
  }
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, exported: now.toISOString(), articles: [...groups.values()] };
}

/** The export's file name for a date: sahel-lens-corrections-YYYY-MM-DD.json. */
export function correctionsFileName(now: Date = new Date()): string {
  return `sahel-lens-corrections-${now.toISOString().slice(0, 10)}.json`;
}

/** One thing wrong with a file: where (a JSON path such as `articles[2].sentences[0].labels[1]`) and what. */
export interface FileProblem {
  path: string;
  message: string;
}

export type ParsedCorrections = { ok: true; file: CorrectionsFile } | { ok: false; problems: FileProblem[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `a ${typeof v}`;
}

/**
 * Checks a parsed JSON value against the corrections format and lists every problem with its
 * path (at most `maxProblems`). Extra fields are allowed; missing or mistyped ones are not.
 */
export function parseCorrectionsFile(raw: unknown, maxProblems = 20): ParsedCorrections {
  const problems: FileProblem[] = [];
  const add = (path: string, message: string): void => {
    if (problems.length < maxProblems) problems.push({ path, message });
  };
  if (!isRecord(raw)) return { ok: false, problems: [{ path: '(file)', message: `expected a JSON object, found ${kindOf(raw)}` }] };
  if (raw.format !== CORRECTIONS_FORMAT) add('format', `expected "${CORRECTIONS_FORMAT}", found ${kindOf(raw.format)}`);
  if (raw.version !== CORRECTIONS_VERSION) add('version', `expected ${CORRECTIONS_VERSION}, found ${kindOf(raw.version)}`);
  if (!Array.isArray(raw.articles)) {
    add('articles', `expected an array of articles, found ${kindOf(raw.articles)}`);
    return { ok: false, problems };
  }
  raw.articles.forEach((a, i) => {
    const at = `articles[${i}]`;
    if (!isRecord(a)) return add(at, `expected an object, found ${kindOf(a)}`);
    if (typeof a.id !== 'string' || !a.id) add(`${at}.id`, `expected a non-empty string, found ${kindOf(a.id)}`);
    if (a.language !== 'en' && a.language !== 'fr') add(`${at}.language`, `expected "en" or "fr", found ${kindOf(a.language)}`);
    if (a.source_url !== undefined && a.source_url !== null && typeof a.source_url !== 'string') {
      add(`${at}.source_url`, `expected a URL string or null, found ${kindOf(a.source_url)}`);
    }
    if (!Array.isArray(a.sentences)) return add(`${at}.sentences`, `expected an array of sentences, found ${kindOf(a.sentences)}`);
    if (a.sentences.length === 0) add(`${at}.sentences`, 'is empty: an article needs at least one sentence');
    a.sentences.forEach((s, j) => {
      const sp = `${at}.sentences[${j}]`;
      if (!isRecord(s)) return add(sp, `expected an object, found ${kindOf(s)}`);
      if (typeof s.text !== 'string' || !s.text.trim()) add(`${sp}.text`, `expected the sentence text, found ${kindOf(s.text)}`);
      for (const field of ['labels', 'engine_labels'] as const) {
        const v = s[field];
        if (v === undefined && field === 'engine_labels') continue;
        if (!Array.isArray(v)) {
          add(`${sp}.${field}`, `expected an array of labels, found ${kindOf(v)}`);
          continue;
        }
        v.forEach((l, k) => {
          if (!(LABELS as readonly unknown[]).includes(l)) add(`${sp}.${field}[${k}]`, `${kindOf(l)} is not a label (${LABELS.join(', ')})`);
        });
      }
      if (s.correction !== undefined && s.correction !== 'wrong' && s.correction !== 'missing') {
        add(`${sp}.correction`, `expected "wrong" or "missing", found ${kindOf(s.correction)}`);
      }
    });
  });
  if (problems.length) return { ok: false, problems };
  const file: CorrectionsFile = {
    format: CORRECTIONS_FORMAT,
    version: CORRECTIONS_VERSION,
    exported: typeof raw.exported === 'string' ? raw.exported : '',
    articles: (raw.articles as Record<string, unknown>[]).map((a) => ({
      id: a.id as string,
      language: a.language as Lang,
      source_url: typeof a.source_url === 'string' ? a.source_url : null,
      sentences: (a.sentences as Record<string, unknown>[]).map((s) => ({
        text: s.text as string,
        labels: cleanLabels(s.labels as unknown[]),
        engine_labels: cleanLabels((s.engine_labels as unknown[] | undefined) ?? []),
        correction: s.correction === 'wrong' ? 'wrong' : 'missing',
        date: typeof s.date === 'string' ? s.date : '',
      })),
    })),
  };
  return { ok: true, file };
}

/** Problems as lines for a terminal or an error message. */
export function describeProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
