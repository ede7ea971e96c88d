/**
 * The engine's entry point: article text in, annotations out. Pure: no DOM, no browser or
 * Node API. Never throws on any input (a malformed article yields empty annotations).
 *
 * Pipeline (DESIGN.md, "The engine, inside"): split sentences → language → topic gate →
 * per sentence: actor mentions, attributions, figures, disclaimers → across sentences:
 * speakers, carry-over, disclaimer scope, conflicts → context links → explanations.
 */
import type {
  AnnotateOptions,
  Annotations,
  ArticleBlock,
  ArticleText,
  Claim,
  Figure,
  Label,
  Lang,
  LinkedEntity,
  Sentence,
  Source,
} from './types.ts';
import { LABELS } from './types.ts';
import { splitSentences } from './segment.ts';
import { detectLanguage } from './language.ts';
import { topicGate } from './topic.ts';
import { compiledSteps } from './lexicon/index.ts';
import { normalize } from './text.ts';
import { findNames, scanFeatures, type Features, type Mention, type PersonName, type Span } from './detectors/mentions.ts';
import { FEAT_CATS } from './lexicon/index.ts';
import { findAttributions } from './detectors/attribution.ts';
import { findFigures } from './detectors/figures.ts';
import { describesFootage, findDisclaimer } from './detectors/disclaimers.ts';
import { dominantCountry, mainSource, runDiscourse, type Analysed, type Resolved } from './discourse.ts';
import { explain, sourceLabel, sourceName } from './explain.ts';
import { findMentions as linkEntities, lookupAlias, type ContextIndex } from '../context/linker.ts';
import { linksForClaim } from '../context/note-links.ts';
import type { ContextEntry } from '../context/types.ts';
import { drain, type Steps } from './steps.ts';

export interface EngineAnnotateOptions extends AnnotateOptions {
  /** Context index (src/context/linker `buildContextIndex`): entities, entity ids and links. */
  context?: ContextIndex;
}

/** Two capitalised words in a row: a person's name may be there. */
const TWO_CAPITALS = /\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}/u;

/** Shared empty list: most sentences have no match of most features (fewer allocations). */
const NONE: never[] = [];

/** Offsets of the mentions of a sorted list that fall inside [s, e), rebased to s. */
function slice<T extends { start: number; end: number }>(list: T[], from: { i: number }, s: number, e: number): T[] {
  while (from.i < list.length && (list[from.i] as T).start < s) from.i++;
  if (from.i >= list.length || (list[from.i] as T).start >= e) return NONE;
  const out: T[] = [];
  for (let k = from.i; k < list.length; k++) {
    const m = list[k] as T;
    if (m.start >= e) break;
    if (m.end <= e) out.push({ ...m, start: m.start - s, end: m.end - s });
  }
  return out;
}

function emptyResult(lang: Lang, noteLanguage: Lang): Annotations {
  return {
    language: lang,
    noteLanguage,
    aboutSahel: false,
    topicScore: 0,
    topicReasons: [],
    sentences: [],
    claims: [],
    entities: [],
  };
}

/** Makes blocks valid for `text`: in range, ordered, non-overlapping. */
function cleanBlocks(text: string, blocks: unknown): ArticleBlock[] | undefined {
  if (!Array.isArray(blocks)) return undefined;
  const out: ArticleBlock[] = [];
  let last = 0;
  for (const b of blocks as Partial<ArticleBlock>[]) {
    if (!b || typeof b.start !== 'number' || typeof b.end !== 'number') continue;
    const start = Math.max(last, Math.min(text.length, Math.floor(b.start)));
    const end = Math.max(start, Math.min(text.length, Math.floor(b.end)));
    if (end > start) out.push({ start, end, kind: b.kind ?? 'p' });
    last = end;
  }
  return out.length ? out : undefined;
}

/**
 * Annotates an article. With `force`, articles the topic gate rejects are annotated too.
 * `noteLanguage` chooses the language of the explanations (default: the article's).
 */
export function annotate(article: ArticleText, opts: EngineAnnotateOptions = {}): Annotations {
  return drain(annotateSteps(article, opts));
}

/**
 * `annotate` as a resumable job: it yields between its phases and every few sentences, so a
 * caller can spread it over several short tasks. Same result, same guarantees.
 */
export function* annotateSteps(article: ArticleText, opts: EngineAnnotateOptions = {}): Steps<Annotations> {
  const safeNote: Lang = opts.noteLanguage === 'fr' ? 'fr' : 'en';
  try {
    return yield* run(article, opts);
  } catch {
    // Defensive: the detectors are written not to throw, but a page must never break.
    return emptyResult('en', opts.noteLanguage === 'auto' || !opts.noteLanguage ? 'en' : safeNote);
  }
}

function* run(article: ArticleText, opts: EngineAnnotateOptions): Steps<Annotations> {
  const text = article && typeof article.text === 'string' ? article.text : '';
  const title = article && typeof article.title === 'string' ? article.title : undefined;
  const blocks = cleanBlocks(text, article?.blocks);
  const lang = detectLanguage(title ? `${title}\n${text}` : text, article?.langHint).lang;
  const noteLanguage: Lang = opts.noteLanguage === 'en' || opts.noteLanguage === 'fr' ? opts.noteLanguage : lang;
  const sentences: Sentence[] = splitSentences(text, blocks);
  const topic = topicGate(blocks ? { title, text, blocks } : { title, text });
  const result: Annotations = {
    language: lang,
    noteLanguage,
    aboutSahel: topic.aboutSahel,
    topicScore: topic.score,
    topicReasons: topic.reasons,
    sentences,
    claims: [],
    entities: [],
  };
  if (!topic.aboutSahel && !opts.force) return result;
  yield;

  const c = yield* compiledSteps(lang);
  yield;
  const norm = normalize(text);
  const all = scanFeatures(norm, c);
  yield;
  const mentions = all.mentions;
  const mi = { i: 0 };
  const fi = Object.fromEntries(FEAT_CATS.map((k) => [k, { i: 0 }])) as Record<string, { i: number }>;
  const sents: Analysed[] = [];
  for (const [index, s] of sentences.entries()) {
    // A step per sentence: a cold sentence can take milliseconds (first runs compile regular
    // expressions), and the caller's slices group as many steps as fit their time budget.
    if (index > 0) yield;
    const st = text.slice(s.start, s.end);
    const sn = norm.slice(s.start, s.end);
    const ms: Mention[] = slice(mentions, mi, s.start, s.end);
    const spans = {} as Features['spans'];
    for (const k of FEAT_CATS) spans[k] = slice<Span>(all.spans[k], fi[k] as { i: number }, s.start, s.end);
    const feats: Features = { mentions: ms, spans };
    const figures = findFigures(st, sn, c, feats);
    // Names only matter where someone is quoted: found per sentence, on demand.
    const hasCue = spans.cue.length + spans.data.length + spans.according.length + spans.weak.length + spans.publish.length + spans.toll.length > 0 || / (?:by|par) /.test(sn) || c.forFrame.test(sn);
    // Also where someone is introduced with a title ("Colonel X, the defence minister, …"):
    // known by surname when quoted later.
    const titled = !hasCue && sn.includes(', ') && ms.some((m) => m.kind.t === 'role' || m.kind.t === 'party-head' || m.kind.t === 'expert' || m.kind.t === 'analyst-word') && TWO_CAPITALS.test(st);
    const ns: PersonName[] = hasCue || titled ? findNames(st) : [];
    const attributions = hasCue ? findAttributions({ text: st, norm: sn, feats, names: ns, figureStarts: figures.map((f) => f.start) }, c) : [];
    const disclaimer = findDisclaimer(sn, st, c);
    const a: Analysed = {
      index,
      start: s.start,
      end: s.end,
      block: s.block,
      text: st,
      norm: sn,
      mentions: ms,
      feats,
      names: ns,
      attributions,
      figures,
      footage: describesFootage(sn, feats, c),
      sources: [],
      labels: new Set<Label>(),
      covers: [],
      conflicts: new Set<number>(),
    };
    if (disclaimer) a.disclaimer = disclaimer;
    sents.push(a);
  }
  yield;
  // The title names the country too ("Mali: …"): it counts for the article's main country.
  const titleMentions = title ? scanFeatures(normalize(title), c).mentions : [];
  runDiscourse(sents, { c, dominant: dominantCountry([...titleMentions, ...mentions]) });
  yield;

  const index = opts.context;
  if (index) {
    result.entities = entities(index, title, text);
    yield;
  }
  const entityIdsIn = (s: number, e: number) =>
    result.entities.filter((le) => le.mentions.some((m) => m.start < e && m.end > s)).map((le) => le.id);

  const claimId = (i: number) => `c${i}`;
  for (const s of sents) {
    if (!s.labels.size) continue;
    if (result.claims.length > 0) yield;
    const labels = LABELS.filter((l) => s.labels.has(l));
    const src = mainSource(s);
    const claim: Claim = {
      id: claimId(s.index),
      start: s.start,
      end: s.end,
      text: s.text,
      labels,
      figures: s.figures.map((f) => toFigure(f, s, src)),
      conflictsWith: [...s.conflicts].filter((j) => sents[j]?.labels.size).sort((x, y) => x - y).map(claimId),
      explanation: '',
      links: [],
      entityIds: index ? entityIdsIn(s.start, s.end) : [],
    };
    if (src) claim.source = toSource(src, index, noteLanguage);
    if (s.coveredBy !== undefined) claim.coveredBy = claimId(s.coveredBy);
    if (s.covers.length) claim.covers = s.covers.map(claimId);
    const coveringMaterial = s.coveredBy !== undefined ? sents[s.coveredBy]?.disclaimer?.material : undefined;
    // One name per camp ("the separatists" and "CSP" are one side).
    const seenSide = new Set<string>();
    const conflicting = [...s.conflicts]
      .map((j) => (sents[j] ? mainSource(sents[j] as Analysed) : undefined))
      .filter((r): r is Resolved => !!r)
      .filter((r) => {
        const side = r.party ? `${r.party.camp}:${r.party.camp === 'state' ? r.party.country ?? '' : ''}` : sourceName(r);
        if (seenSide.has(side)) return false;
        seenSide.add(side);
        return true;
      });
    claim.explanation = explain(
      {
        labels,
        ...(src ? { source: src } : {}),
        ...(s.disclaimer?.material ? { material: s.disclaimer.material } : coveringMaterial ? { material: coveringMaterial } : {}),
        ...(s.disclaimer ? { disclaimer: s.disclaimer.kind } : s.coveredBy !== undefined ? { disclaimer: 'covered' as const } : {}),
        conflicting,
        hasFigure: s.figures.length > 0,
      },
      noteLanguage,
    );
    if (index) {
      try {
        claim.links = linksForClaim(claim, index, noteLanguage).map((l) => ({ title: l.title, url: l.url }));
      } catch {
        claim.links = [];
      }
    }
    result.claims.push(claim);
  }
  return result;
}

function toFigure(f: ReturnType<typeof findFigures>[number], s: Analysed, src: Resolved | undefined): Figure {
  const fig: Figure = { text: f.text, start: s.start + f.start, end: s.start + f.end, approximate: f.approximate };
  if (f.value !== undefined) fig.value = f.value;
  if (f.counts) fig.counts = f.counts;
  if (src) fig.givenBy = sourceName(src);
  return fig;
}

function toSource(r: Resolved, index: ContextIndex | undefined, noteLanguage: Lang): Source {
  const src: Source = { kind: r.kind, name: sourceName(r) };
  if (r.person) src.person = r.person;
  if (r.cue) src.cue = r.cue;
  if (r.carried) src.carried = true;
  let entry: ContextEntry | undefined;
  if (index && r.kind !== 'other') {
    entry = lookupAlias(index, src.name) ?? (r.org ? lookupAlias(index, r.org) : undefined);
    if (entry) src.entityId = entry.id;
  }
  const label = sourceLabel(r, noteLanguage, entry);
  if (label && label !== src.name) src.label = label;
  return src;
}

/** Context entries in the title and body; offsets into the body (title mentions dropped). */
function entities(index: ContextIndex, title: string | undefined, text: string): LinkedEntity[] {
  try {
    const head = title ? `${title}\n\n` : '';
    const found = linkEntities(head + text, index);
    return found.map((le) => ({
      ...le,
      mentions: le.mentions
        .filter((m) => m.start >= head.length)
        .map((m) => ({ start: m.start - head.length, end: m.end - head.length })),
    }));
  } catch {
    return [];
  }
}
