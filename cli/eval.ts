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
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from '../src/engine/annotate.ts';
import { LABELS, type Annotations, type Label, type Lang } from '../src/engine/types.ts';
import { loadCorpus, locateGold, ROOT, type CorpusArticle } from './lib/corpus.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Miss {
  article: string;
  language: Lang;
  label: Label;
  kind: 'miss' | 'false-alarm';
  sentence: string;
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

function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const perLabel = (): Record<Label, Counts> => ({ unverified: zero(), 'party-claim': zero(), figure: zero(), analyst: zero() });

/** Matches gold sentences to engine sentences and counts per label. */
export function evaluate(articles: CorpusArticle[] = loadCorpus()): { report: EvalReport; results: Map<string, Annotations> } {
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
    const r = annotate(a.article, { force: true });
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
          errors.push({ article: a.id, language: a.language, label: l, kind: 'miss', sentence: g.text });
        } else if (engineLabels.has(l)) {
          bump(l, 'fp');
          errors.push({ article: a.id, language: a.language, label: l, kind: 'false-alarm', sentence: g.text });
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
        errors.push({ article: a.id, language: a.language, label: l, kind: 'false-alarm', sentence: c.text });
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

function printTable(rep: EvalReport, verbose: boolean): void {
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
  if (rep.errors.length) {
    console.log(`\n${rep.errors.length} errors (misses and false alarms):`);
    const shown = verbose ? rep.errors : rep.errors;
    for (const e of shown) console.log(`  ${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.label.padEnd(11)} ${e.article}: ${e.sentence}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // Readers' corrections (issue 15): scored by their own module, then done.
  if (args.includes('--corrections')) {
    const { runCorrectionsEval } = await import('./lib/corrections-eval.ts');
    process.exit(runCorrectionsEval(args));
  }
  const articles = loadCorpus();
  const { report, results } = evaluate(articles);
  const ent = await entityScores(articles, results);
  if (ent) report.entities = ent;
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printTable(report, args.includes('--verbose'));
  const dir = join(ROOT, 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
  if (!args.includes('--json')) console.log(`\nWrote ${join('artifacts', 'eval.json')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
