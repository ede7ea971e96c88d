/**
 * `npm run eval -- --corrections FILE [--json]`: scores the engine against readers' corrections
 * exported from the options page (src/corrections/corpus-file.ts, the corpus format of the
 * labeling guideline). Each sentence is annotated on its own (annotation forced: the topic gate
 * does not apply, as when the reader checked it) and its labels compared with the reader's:
 * precision / recall / F1 per label, the share of sentences the engine now labels exactly as the
 * reader did, and how many the engine labels differently from when the correction was made.
 *
 * A malformed file is refused with every problem listed by path (`articles[1].sentences[0].labels[2]:
 * the string "claim" is not a label (…)`), or with the line and column where its JSON breaks.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { annotate } from '../../src/engine/annotate.ts';
import { LABELS, type Label, type Lang } from '../../src/engine/types.ts';
import { describeProblems, parseCorrectionsFile, type CorrectionsFile } from '../../src/corrections/corpus-file.ts';
import { describeJsonFileError, readJsonText } from '../../src/settings/json-file.ts';
import { score, type Scores } from './scores.ts';

const MAX_BYTES = 50_000_000;

export type LabelScore = Scores;

export interface CorrectionsReport {
  file: string;
  sentences: number;
  byLanguage: Record<Lang, number>;
  /** Sentences whose engine labels now equal the reader's exactly. */
  agree: number;
  /** Sentences whose engine labels now differ from the engine labels recorded with the correction. */
  engineChanged: number;
  labels: Record<Label, LabelScore>;
  disagreements: { article: string; sentence: string; reader: Label[]; engine: Label[] }[];
}

/** Thrown for a file that cannot be scored; the message says what is wrong and where. */
export class CorrectionsFileError extends Error {}

/** Reads and validates a corrections file. Throws CorrectionsFileError with a precise message. */
export function readCorrectionsFile(path: string): CorrectionsFile {
  if (!existsSync(path)) throw new CorrectionsFileError(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new CorrectionsFileError(`${path}: not a file`);
  const read = readJsonText(readFileSync(path, 'utf8'), MAX_BYTES);
  if (!read.ok) throw new CorrectionsFileError(`${path}: ${describeJsonFileError(read.error)}`);
  const parsed = parseCorrectionsFile(read.value);
  if (!parsed.ok) {
    throw new CorrectionsFileError(`${path} is not a Sahel Lens corrections file:\n${describeProblems(parsed.problems).replace(/^/gm, '  ')}`);
  }
  return parsed.file;
}

/** The engine's labels for one sentence annotated on its own (forced: no topic gate). */
export function engineLabelsFor(sentence: string, language: Lang): Label[] {
  const text = sentence.trim();
  const result = annotate({ text, blocks: [{ start: 0, end: text.length, kind: 'p' }], langHint: language }, { force: true });
  const found = new Set<Label>();
  for (const c of result.claims) for (const l of c.labels) found.add(l);
  return LABELS.filter((l) => found.has(l));
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores the engine against a parsed corrections file. */
export function scoreCorrections(file: CorrectionsFile, name = ''): CorrectionsReport {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Label, { tp: number; fp: number; fn: number }>;
  const report: CorrectionsReport = { file: name, sentences: 0, byLanguage: { en: 0, fr: 0 }, agree: 0, engineChanged: 0, labels: {} as CorrectionsReport['labels'], disagreements: [] };
  for (const article of file.articles) {
    for (const s of article.sentences) {
      report.sentences++;
      report.byLanguage[article.language]++;
      const engine = engineLabelsFor(s.text, article.language);
      for (const l of LABELS) {
        const want = s.labels.includes(l);
        const got = engine.includes(l);
        if (want && got) counts[l].tp++;
        else if (got) counts[l].fp++;
        else if (want) counts[l].fn++;
      }
      if (engine.join() === s.labels.join()) report.agree++;
      else report.disagreements.push({ article: article.id, sentence: s.text, reader: s.labels, engine });
      if (engine.join() !== s.engine_labels.join()) report.engineChanged++;
    }
  }
  for (const l of LABELS) report.labels[l] = score(counts[l]);
  return report;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** The report as a table for the terminal. */
export function formatCorrectionsReport(r: CorrectionsReport): string {
  const lines = [
    `Corrections: ${r.file} — ${r.sentences} sentences (${r.byLanguage.en} EN, ${r.byLanguage.fr} FR), each annotated on its own`,
    '',
    `${'label'.padEnd(12)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  ${'precision'.padStart(9)} ${'recall'.padStart(8)} ${'F1'.padStart(8)}`,
    ...LABELS.map((l) => {
      const s = r.labels[l];
      return `${l.padEnd(12)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(8)} ${pct(s.f1).padStart(8)}`;
    }),
    '',
    `Engine agrees with the reader on ${r.agree} of ${r.sentences} sentences (${pct(ratio(r.agree, r.sentences))}).`,
    `Engine labels changed since the corrections were made: ${r.engineChanged}.`,
  ];
  for (const d of r.disagreements) {
    lines.push(`  ${d.article}: reader [${d.reader.join(', ')}] engine [${d.engine.join(', ')}] — ${d.sentence}`);
  }
  return lines.join('\n');
}

/**
 * The `--corrections` entry point: returns the process exit code (0 scored, 1 bad file, 2 usage).
 * `out`/`err` print a line; replaceable in tests.
 */
export function runCorrectionsEval(args: readonly string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const i = args.indexOf('--corrections');
  const path = args[i + 1];
  if (i < 0 || !path || path.startsWith('--')) {
    err('eval: --corrections needs a file: npm run eval -- --corrections FILE [--json]');
    return 2;
  }
  try {
    const report = scoreCorrections(readCorrectionsFile(path), path);
    out(args.includes('--json') ? JSON.stringify(report, null, 2) : formatCorrectionsReport(report));
    return 0;
  } catch (e) {
    if (e instanceof CorrectionsFileError) {
      err(`eval: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
