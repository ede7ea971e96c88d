/**
 * Entity linking accuracy against the labeled corpus' `entities` lists.
 *
 *   npx tsx cli/lib/entity-eval.ts [--verbose] [--json]
 *
 * Gold names are resolved to pack entries the way the corpus README says (a name or alias of
 * an entry, case-insensitively); predictions are the salient entries `findMentions` links in
 * the title and body. Scores are micro-averaged over all articles (seed + dev).
 */
import { pathToFileURL } from 'node:url';
import { findMentions, lookupAlias, type ContextIndex } from '../../src/context/linker.ts';
import { builtinIndex } from '../../src/context/pack.ts';
import { loadCorpus, type CorpusArticle } from './corpus.ts';
import { score } from './scores.ts';

export interface ArticleEntityScore {
  id: string;
  gold: string[];
  predicted: string[];
  /** Gold ids that were not linked. */
  missed: string[];
  /** Linked ids that the gold list does not have. */
  extra: string[];
  /** Gold names that resolve to no entry (counted as missed). */
  unresolved: string[];
}

export interface EntityEvalReport {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  perArticle: ArticleEntityScore[];
}

/**
 * The entry a gold name stands for: the name as an alias; else without its parenthesis or
 * after-comma date ("Kidal recapture, November 2023"), a country in the parenthesis choosing
 * among country-bound references ("CNDH (Niger)"); else the longest entry mentioned at the
 * very start of the name ("Burkina Faso Armed Forces and the VDP").
 */
export function resolveGoldName(index: ContextIndex, name: string): string | undefined {
  const noParens = name.replace(/\s*\([^)]*\)/g, '').trim();
  // "CNDH (Niger)": the name as used in that country (an acronym several countries share).
  const inParens = /\(([^)]*)\)/.exec(name)?.[1];
  const place = inParens ? lookupAlias(index, inParens) : undefined;
  const country = place && place.country?.length === 1 && place.country[0] === place.id ? place.id : undefined;
  const candidates = [name, noParens, name.split(',')[0] ?? '', noParens.split(',')[0] ?? ''];
  for (const c of candidates) {
    const e = c.trim() ? lookupAlias(index, c.trim(), country ? { country } : {}) : undefined;
    if (e) return e.id;
  }
  const atStart = findMentions(noParens, index, { includeBackground: true })
    .filter((le) => le.mentions.some((m) => m.start === 0))
    .sort((a, b) => Math.max(...b.mentions.map((m) => m.end)) - Math.max(...a.mentions.map((m) => m.end)));
  return atStart[0]?.id;
}

/** The text the linker sees for a corpus article: title line and body, as on the page. */
export function articleFullText(a: CorpusArticle): string {
  return a.article.title ? `${a.article.title}\n\n${a.article.text}` : a.article.text;
}

/** Scores one list of predicted entry ids against one list of gold names. */
export function scoreArticle(index: ContextIndex, id: string, goldNames: string[], predictedIds: string[]): ArticleEntityScore {
  const gold = new Set<string>();
  const unresolved: string[] = [];
  for (const g of goldNames) {
    const r = resolveGoldName(index, g);
    if (r) gold.add(r);
    else unresolved.push(g);
  }
  const predicted = new Set(predictedIds);
  return {
    id,
    gold: [...gold],
    predicted: [...predicted],
    missed: [...gold].filter((g) => !predicted.has(g)),
    extra: [...predicted].filter((p) => !gold.has(p)),
    unresolved,
  };
}

/**
 * Entity precision and recall over corpus articles. `predict` defaults to the linker on the
 * article's title + body; pass another to score the engine's `entities` output.
 */
export function evaluateEntities(
  articles: CorpusArticle[],
  index: ContextIndex = builtinIndex(),
  predict: (a: CorpusArticle) => string[] = (a) => findMentions(articleFullText(a), index).map((e) => e.id),
): EntityEvalReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perArticle: ArticleEntityScore[] = [];
  for (const a of articles) {
    const s = scoreArticle(index, a.id, a.entities, predict(a));
    const hit = s.gold.length - s.missed.length;
    tp += hit;
    fp += s.extra.length;
    fn += s.missed.length + s.unresolved.length;
    perArticle.push(s);
  }
  return { articles: articles.length, ...score({ tp, fp, fn }), perArticle };
}

function main(): void {
  const args = process.argv.slice(2);
  const report = evaluateEntities(loadCorpus(['seed', 'dev']));
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const pct = (x: number) => x.toFixed(3);
  console.log(
    `entities (seed + dev, ${report.articles} articles): precision ${pct(report.precision)}, recall ${pct(report.recall)}, ` +
      `F1 ${pct(report.f1)} (tp ${report.tp}, fp ${report.fp}, fn ${report.fn})`,
  );
  if (args.includes('--verbose')) {
    for (const a of report.perArticle) {
      if (!a.missed.length && !a.extra.length && !a.unresolved.length) continue;
      const bits = [];
      if (a.missed.length) bits.push(`missed ${a.missed.join(', ')}`);
      if (a.extra.length) bits.push(`extra ${a.extra.join(', ')}`);
      if (a.unresolved.length) bits.push(`unresolved ${a.unresolved.join(', ')}`);
      console.log(`  ${a.id}: ${bits.join('; ')}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
