/**
 * `npm run eval` — scores the engine on the labeled corpus (test/data/corpus: seed + dev).
 *
 * - Labels: precision / recall / F1 per label, overall and per language (and per set). The
 *   detectors are scored on every article, off-topic controls included (annotation forced);
 *   the topic gate is scored separately. A gold sentence is matched to the engine sentence
 *   with the same offsets (or, failing that, the same text); a gold sentence with no match
 *   counts as a miss for each of its labels, and an engine claim matching no gold sentence
 *   as a false alarm for each of its labels.
 * - Sentence boundaries: share of gold sentences the splitter reproduces exactly.
 * - Seed: exact means every labeled sentence has exactly its labels and nothing else is flagged.
 * - Entities: precision / recall of the engine's linked entities against the gold lists
 *   (when the context pack is available).
 * Prints a table, every miss and false alarm, and writes artifacts/eval.json.
 *
 * Real published passages (`real-dev`): when `../shared/corpus/real-dev` exists (or the folder
 * `$SAHEL_REAL_DEV` names), they are read in place and scored the same way, per language and
 * label, for the whole set and for each of its two fixed folds (`foldOf` in cli/lib/corpus.ts:
 * FNV-1a of the id, even → A, odd → B). Labels are scored on the Sahel passages (`topic`
 * `sahel-security` and `sahel-other`, where nothing is labeled so every flag is a false alarm);
 * `control` passages (conflict reporting from elsewhere) count for the topic gate only, which
 * must reject them, as the gold `about_sahel` says. The third-party text stays out of
 * artifacts/eval.json: real-dev errors are written there by article, label and sentence number.
 *
 *   npm run eval [-- --fold A|B] [--no-errors] [--json]
 *
 * `--fold` lists only that fold's misses and false alarms (both folds' figures are always
 * printed); `--no-errors` lists none.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from '../src/engine/annotate.ts';
import { LABELS, type Annotations, type Label, type Lang } from '../src/engine/types.ts';
import { score, type Counts, type Scores } from './lib/scores.ts';
export type { Counts, Scores } from './lib/scores.ts';
import { foldOf, loadCorpus, loadRealDev, locateGold, realDevDir, ROOT, type CorpusArticle, type Fold } from './lib/corpus.ts';

export interface Miss {
  article: string;
  language: Lang;
  label: Label;
  kind: 'miss' | 'false-alarm';
  sentence: string;
  /** Index of the gold sentence (-1: engine text no gold sentence covers). */
  index: number;
}
export interface EvalReport {
  articles: number;
  sentences: number;
  labels: Record<'all' | Lang, Record<Label, Scores>>;
  perSet: Record<string, Record<Label, Scores>>;
  micro: Record<'all' | Lang, Scores>;
  topic: { correct: number; total: number; accuracy: number; wrong: { article: string; gold: boolean; engine: boolean; score: number }[] };
  boundaries: { matched: number; total: number; agreement: number; engineSentences: number };
  seed: { exact: boolean; labeled: number; correct: number; extra: number };
  errors: Miss[];
  entities?: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  timeMs: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const perLabel = (): Record<Label, Counts> => ({ unverified: zero(), 'party-claim': zero(), figure: zero(), analyst: zero() });

/** Matches gold sentences to engine sentences and counts per label. */
export function evaluate(
  articles: CorpusArticle[] = loadCorpus(),
  opts: { gated?: boolean } = {},
): { report: EvalReport; results: Map<string, Annotations> } {
  const t0 = performance.now();
  const counts: Record<string, Record<Label, Counts>> = { all: perLabel(), en: perLabel(), fr: perLabel() };
  const setCounts: Record<string, Record<Label, Counts>> = {};
  const errors: Miss[] = [];
  const wrongTopic: EvalReport['topic']['wrong'] = [];
  const results = new Map<string, Annotations>();
  let topicOk = 0;
  let boundaryOk = 0;
  let goldTotal = 0;
  let engineSentences = 0;
  const seed = { exact: true, labeled: 0, correct: 0, extra: 0 };

  for (const a of articles) {
    const gated = annotate(a.article);
    if (gated.aboutSahel === a.aboutSahel) topicOk++;
    else wrongTopic.push({ article: a.id, gold: a.aboutSahel, engine: gated.aboutSahel, score: gated.topicScore });
    // Gated: what a reader sees (nothing where the topic gate says no); else the detectors alone.
    const r = opts.gated && !gated.aboutSahel ? gated : annotate(a.article, { force: true });
    results.set(a.id, r);
    engineSentences += r.sentences.length;
    const sentKeys = new Set(r.sentences.map((s) => `${s.start}:${s.end}`));
    const claimByKey = new Map(r.claims.map((c) => [`${c.start}:${c.end}`, c]));
    const claimByText = new Map(r.claims.map((c) => [c.text.replace(/\s+/g, ' ').trim(), c]));
    const usedClaims = new Set<string>();
    const gold = locateGold(a.article, a.sentences);
    const sc = (setCounts[a.set] ??= perLabel());
    const bump = (label: Label, k: keyof Counts) => {
      (counts.all as Record<Label, Counts>)[label][k]++;
      (counts[a.language] as Record<Label, Counts>)[label][k]++;
      sc[label][k]++;
    };
    a.sentences.forEach((g, i) => {
      goldTotal++;
      const loc = gold[i];
      const key = loc ? `${loc[0]}:${loc[1]}` : '';
      if (loc && sentKeys.has(key)) boundaryOk++;
      const claim = (loc ? claimByKey.get(key) : undefined) ?? claimByText.get(g.text.replace(/\s+/g, ' ').trim());
      const matchedSentence = (loc && sentKeys.has(key)) || !!claim;
      if (claim) usedClaims.add(claim.id);
      const engineLabels = new Set<Label>(matchedSentence && claim ? claim.labels : []);
      const goldLabels = new Set<Label>(g.labels);
      for (const l of LABELS) {
        if (goldLabels.has(l) && engineLabels.has(l)) bump(l, 'tp');
        else if (goldLabels.has(l)) {
          bump(l, 'fn');
          errors.push({ article: a.id, language: a.language, label: l, kind: 'miss', sentence: g.text, index: i });
        } else if (engineLabels.has(l)) {
          bump(l, 'fp');
          errors.push({ article: a.id, language: a.language, label: l, kind: 'false-alarm', sentence: g.text, index: i });
        }
      }
      if (a.set === 'seed') {
        seed.labeled++;
        const same = goldLabels.size === engineLabels.size && [...goldLabels].every((l) => engineLabels.has(l));
        if (same) seed.correct++;
        else seed.exact = false;
      }
    });
    // Claims on text no gold sentence covers: false alarms.
    for (const c of r.claims) {
      if (usedClaims.has(c.id)) continue;
      for (const l of c.labels) {
        bump(l, 'fp');
        errors.push({ article: a.id, language: a.language, label: l, kind: 'false-alarm', sentence: c.text, index: -1 });
      }
      if (a.set === 'seed') {
        seed.extra++;
        seed.exact = false;
      }
    }
  }

  const labels = {} as EvalReport['labels'];
  const micro = {} as EvalReport['micro'];
  for (const k of ['all', 'en', 'fr'] as const) {
    const byLabel = counts[k] as Record<Label, Counts>;
    labels[k] = Object.fromEntries(LABELS.map((l) => [l, score(byLabel[l])])) as Record<Label, Scores>;
    const sum = zero();
    for (const l of LABELS) {
      sum.tp += byLabel[l].tp;
      sum.fp += byLabel[l].fp;
      sum.fn += byLabel[l].fn;
    }
    micro[k] = score(sum);
  }
  const perSet: EvalReport['perSet'] = {};
  for (const [set, byLabel] of Object.entries(setCounts)) {
    perSet[set] = Object.fromEntries(LABELS.map((l) => [l, score(byLabel[l])])) as Record<Label, Scores>;
  }
  const report: EvalReport = {
    articles: articles.length,
    sentences: goldTotal,
    labels,
    perSet,
    micro,
    topic: { correct: topicOk, total: articles.length, accuracy: articles.length ? topicOk / articles.length : 1, wrong: wrongTopic },
    boundaries: { matched: boundaryOk, total: goldTotal, agreement: goldTotal ? boundaryOk / goldTotal : 1, engineSentences },
    seed,
    errors,
    timeMs: performance.now() - t0,
  };
  return { report, results };
}

/** Entity linking of the engine's output, when the context pack is there. */
async function entityScores(articles: CorpusArticle[], results: Map<string, Annotations>): Promise<EvalReport['entities']> {
  try {
    const { evaluateEntities } = await import('./lib/entity-eval.ts');
    const { builtinIndex } = await import('../src/context/pack.ts');
    const index = builtinIndex();
    const rep = evaluateEntities(articles, index, (a) => annotate(a.article, { force: true, context: index }).entities.map((e) => e.id));
    void results;
    return { precision: rep.precision, recall: rep.recall, f1: rep.f1, tp: rep.tp, fp: rep.fp, fn: rep.fn };
  } catch {
    return undefined;
  }
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function printTable(rep: EvalReport, showErrors: boolean): void {
  const line = (name: string, s: Scores) =>
    `  ${name.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`Sahel Lens engine — ${rep.articles} articles, ${rep.sentences} labeled sentences (seed + dev), ${rep.timeMs.toFixed(0)} ms`);
  for (const k of ['en', 'fr', 'all'] as const) {
    console.log(`\n${k === 'all' ? 'ALL' : k.toUpperCase()}`);
    for (const l of LABELS) console.log(line(l, rep.labels[k][l]));
    console.log(line('micro', rep.micro[k]));
  }
  console.log(`\nTopic gate: ${rep.topic.correct}/${rep.topic.total} (${pct(rep.topic.accuracy)} %)` + (rep.topic.wrong.length ? `  wrong: ${rep.topic.wrong.map((w) => `${w.article} (gold ${w.gold}, engine ${w.engine})`).join(', ')}` : ''));
  console.log(`Sentence boundaries: ${rep.boundaries.matched}/${rep.boundaries.total} gold sentences reproduced (${pct(rep.boundaries.agreement)} %); engine sentences ${rep.boundaries.engineSentences}`);
  console.log(`Seed article: ${rep.seed.exact ? 'EXACT' : 'NOT exact'} — ${rep.seed.correct}/${rep.seed.labeled} sentences right, ${rep.seed.extra} extra`);
  if (rep.entities) console.log(`Entities (engine output vs gold lists): P ${pct(rep.entities.precision)}  R ${pct(rep.entities.recall)}  F1 ${pct(rep.entities.f1)}`);
  if (rep.errors.length && showErrors) {
    console.log(`\n${rep.errors.length} errors (misses and false alarms):`);
    for (const e of rep.errors) console.log(`  ${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.label.padEnd(11)} ${e.article}: ${e.sentence}`);
  }
}

/** Topic gate on real-dev, per kind of passage. */
export interface RealTopic {
  /** Sahel conflict passages recognised as about the Sahel. */
  security: { correct: number; total: number };
  /** Sahel passages not about the conflict, recognised as about the Sahel. */
  other: { correct: number; total: number };
  /** Conflict reporting from elsewhere, rejected. */
  control: { correct: number; total: number };
  wrong: { article: string; topic: string; gold: boolean; engine: boolean; score: number }[];
}

export interface RealDevPart {
  /** 'all', 'A' or 'B'. */
  name: string;
  articles: string[];
  /** The detectors alone (annotation forced on every Sahel passage). */
  labels: EvalReport['labels'];
  micro: EvalReport['micro'];
  /** With the topic gate applied: what a reader sees (no label where the gate says no). */
  gated: EvalReport['labels'];
  topic: RealTopic;
  entities?: EvalReport['entities'];
  errors: Miss[];
}

export interface RealDevReport {
  dir: string;
  all: RealDevPart;
  A: RealDevPart;
  B: RealDevPart;
}

function realTopic(articles: CorpusArticle[]): RealTopic {
  const t: RealTopic = { security: { correct: 0, total: 0 }, other: { correct: 0, total: 0 }, control: { correct: 0, total: 0 }, wrong: [] };
  for (const a of articles) {
    const g = annotate(a.article);
    const kind = a.topic === 'control' ? t.control : a.topic === 'sahel-other' ? t.other : t.security;
    kind.total++;
    if (g.aboutSahel === a.aboutSahel) kind.correct++;
    else t.wrong.push({ article: a.id, topic: a.topic ?? '?', gold: a.aboutSahel, engine: g.aboutSahel, score: g.topicScore });
  }
  return t;
}

/** Labels are scored on the Sahel passages; controls only for the topic gate. */
const scoredForLabels = (a: CorpusArticle) => a.topic !== 'control';

async function realDevPart(name: string, articles: CorpusArticle[]): Promise<RealDevPart> {
  const sahel = articles.filter(scoredForLabels);
  const { report, results } = evaluate(sahel);
  const part: RealDevPart = {
    name,
    articles: articles.map((a) => a.id),
    labels: report.labels,
    micro: report.micro,
    gated: evaluate(sahel, { gated: true }).report.labels,
    topic: realTopic(articles),
    errors: report.errors,
  };
  const ent = await entityScores(sahel, results);
  if (ent) part.entities = ent;
  return part;
}

/** Scores real-dev in place, or returns null when the folder is absent. */
export async function evaluateRealDev(dir: string = realDevDir()): Promise<RealDevReport | null> {
  const articles = loadRealDev(dir);
  if (!articles) return null;
  const byFold = (f: Fold) => articles.filter((a) => foldOf(a.id) === f);
  return {
    dir,
    all: await realDevPart('all', articles),
    A: await realDevPart('A', byFold('A')),
    B: await realDevPart('B', byFold('B')),
  };
}

const f2 = (x: number) => x.toFixed(2);

function printRealDev(rd: RealDevReport, foldFilter: Fold | undefined, showErrors: boolean): void {
  const n = rd.all.articles.length;
  console.log(`\n=== real-dev: ${n} real published passages, read in place from ${rd.dir} ===`);
  console.log('Labels on the Sahel passages (controls: topic gate only). P / R / F1 (tp fp fn)');
  const head = `  ${'set'.padEnd(12)} ${'lang'.padEnd(4)} ` + LABELS.map((l) => l.padEnd(27)).join(' ');
  console.log(head);
  const rows: [string, (p: RealDevPart) => EvalReport['labels']][] = [
    ['', (p) => p.labels],
    ['gated ', (p) => p.gated],
  ];
  for (const [kind, get] of rows) {
    if (kind) console.log('With the topic gate applied (what a reader sees):');
    for (const part of [rd.all, rd.A, rd.B]) {
      const tag = kind + (part.name === 'all' ? 'all' : `fold ${part.name}`);
      for (const lang of ['en', 'fr'] as const) {
        const cells = LABELS.map((l) => {
          const s = get(part)[lang][l];
          return `${f2(s.precision)} ${f2(s.recall)} ${f2(s.f1)} (${s.tp} ${s.fp} ${s.fn})`.padEnd(27);
        });
        console.log(`  ${tag.padEnd(12)} ${lang.padEnd(4)} ${cells.join(' ')}`);
      }
    }
  }
  for (const part of [rd.all, rd.A, rd.B]) {
    const t = part.topic;
    const tag = part.name === 'all' ? 'all' : `fold ${part.name}`;
    const ok = t.security.correct + t.other.correct + t.control.correct;
    const total = t.security.total + t.other.total + t.control.total;
    console.log(
      `Topic gate (${tag}): ${ok}/${total} — Sahel conflict recognised ${t.security.correct}/${t.security.total}, ` +
        `Sahel other recognised ${t.other.correct}/${t.other.total}, controls rejected ${t.control.correct}/${t.control.total}` +
        (t.wrong.length ? `; wrong: ${t.wrong.map((w) => `${w.article} (${w.topic}, engine ${w.engine ? 'Sahel' : 'not Sahel'})`).join(', ')}` : ''),
    );
  }
  for (const part of [rd.all, rd.A, rd.B]) {
    const e = part.entities;
    const tag = part.name === 'all' ? 'all' : `fold ${part.name}`;
    if (e) console.log(`Entities (${tag}, Sahel passages): P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
  }
  if (!showErrors) return;
  const errs = rd.all.errors.filter((e) => !foldFilter || foldOf(e.article) === foldFilter);
  console.log(`\n${errs.length} real-dev errors${foldFilter ? ` in fold ${foldFilter}` : ''} (misses and false alarms):`);
  for (const e of errs) {
    console.log(`  ${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.label.padEnd(11)} ${e.article}[${foldOf(e.article)}]#${e.index}: ${e.sentence}`);
  }
}

/** real-dev figures without the third-party text, for artifacts/eval.json. */
function withoutText(rd: RealDevReport): unknown {
  const part = (p: RealDevPart) => ({ ...p, errors: p.errors.map(({ sentence: _s, ...rest }) => rest) });
  return { dir: rd.dir, all: part(rd.all), A: part(rd.A), B: part(rd.B) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // Readers' corrections (issue 15): scored by their own module, then done.
  if (args.includes('--corrections')) {
    const { runCorrectionsEval } = await import('./lib/corrections-eval.ts');
    process.exit(runCorrectionsEval(args));
  }
  const foldArg = args.includes('--fold') ? args[args.indexOf('--fold') + 1]?.toUpperCase() : undefined;
  if (foldArg !== undefined && foldArg !== 'A' && foldArg !== 'B') throw new Error('--fold takes A or B');
  const showErrors = !args.includes('--no-errors');
  const articles = loadCorpus();
  const { report, results } = evaluate(articles);
  const ent = await entityScores(articles, results);
  if (ent) report.entities = ent;
  const rd = await evaluateRealDev();
  if (args.includes('--json')) console.log(JSON.stringify({ ...report, realDev: rd ? withoutText(rd) : null }, null, 2));
  else {
    printTable(report, showErrors && !foldArg);
    if (rd) printRealDev(rd, foldArg as Fold | undefined, showErrors);
    else console.log(`\nreal-dev: not found at ${realDevDir()} — real published passages not scored (set SAHEL_REAL_DEV to point at them).`);
  }
  const dir = join(ROOT, 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'eval.json'), JSON.stringify({ ...report, realDev: rd ? withoutText(rd) : null }, null, 2) + '\n');
  if (!args.includes('--json')) console.log(`\nWrote ${join('artifacts', 'eval.json')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
