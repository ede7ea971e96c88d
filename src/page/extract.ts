/**
 * Finds the article on a page and reads its text blocks, with a map back to the DOM.
 *
 * Two walks, both iterative and bounded (see dom-walk.ts):
 *  1. Scoring: every text run is credited to its nearest block element; each block with prose
 *     (length, commas, few links) passes a score up to its parent (full), grandparent (half)
 *     and great-grandparent (a third). The best-scoring container wins, with a bonus for
 *     semantic markers (itemprop=articleBody, <article>, <main>). Siblings of the winner that
 *     also carry prose are taken along (articles split into several wrappers by ad slots).
 *     Strong clutter names (comments, related links) end the walk into an element; weak ones
 *     ("ad", "social") only lower a block's score: on real pages they also sit on layout
 *     wrappers around the whole article.
 *  2. Collection: the text of p, h2–h6, li, blockquote (figcaption on request) and prose-like
 *     text in plain containers inside the chosen parts, with whitespace collapsed as a browser
 *     renders it, blocks joined by "\n\n". Scripts, nav, aside, footer, chrome roles, hidden
 *     elements and strongly-named clutter (comments, related links…) are never read; a subtree
 *     with a weak clutter name ("ad", "social") is dropped unless it holds most of the text
 *     (then its class name was lying).
 *
 * No layout API is needed for correctness (the CLI runs this under linkedom); a browser caller
 * may pass `isHidden` as an extra signal.
 */
import type { ArticleBlock, ArticleText } from '../engine/types';
import { composedParent, drain, ELEMENT_NODE, walk } from './dom-walk';
import { clutterLevel, isCaption, isClutter, isNeverText, isSkippedTag } from './skip-rules';
import { TextMapBuilder, type TextMap } from './text-map';

/** Tuning and bounds of an extraction. */
export interface ExtractOptions {
  /** The page URL, recorded in the ArticleText (default: `doc.location.href` when there is one). */
  url?: string;
  /** Browser-only extra signal: true when an element is not rendered (checked on block elements). */
  isHidden?: (el: Element) => boolean;
  /** Most nodes the scoring walk visits (bounds work on huge pages). Default 600,000. */
  maxNodes?: number;
  /** Most characters of article text collected. Default 250,000. */
  maxChars?: number;
  /** Yield every this many nodes when driven as a generator. Default 1,000. */
  yieldEvery?: number;
  /**
   * Read captions (figcaption, table captions, "caption" classes). Default false: captions
   * describe photos, they are not the article's account, and notes must not land on them.
   */
  captions?: boolean;
}

/** What `extractArticle` found: the text for the engine and how to find it in the page. */
export interface ExtractedArticle {
  article: ArticleText;
  /** The element containing the article's text (the winner, or its parent when siblings joined). */
  root: Element;
  /** The containers the text was read from, in document order (usually just `root`). */
  parts: Element[];
  map: TextMap;
  /** True when a size bound cut the walk or the text short. */
  truncated: boolean;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'caption', 'ul', 'summary', 'center', 'legend', 'body', 'html',
]);

/** Blocks whose tag says "this is one paragraph of text" (as opposed to a container). */
const PARAGRAPH_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'figcaption', 'pre', 'address']);

const WS = /[ \t\n\r\f]+/g;
const SENTENCE_PUNCT = /[.!?…:;»”"')]/;
const MIN_ARTICLE_CHARS = 140;

interface BlockStats {
  len: number;
  links: number;
  commas: number;
  /** Clutter-classed ancestors when the block was first seen. */
  clutter: number;
}

/** Score factor per clutter-classed ancestor: a strong hint, not a verdict. */
const CLUTTER_FACTOR = 0.25;

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i !== -1; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/** Non-whitespace length of a string without allocating a trimmed copy. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

function isHeaderSkipped(el: Element, insideArticle: boolean): boolean {
  // A <header> inside an <article> holds the standfirst; elsewhere it is the site's masthead.
  return el.localName === 'header' && !insideArticle;
}

/** Multiplier for a candidate container: semantic article markers help, the whole body less so. */
function candidateBonus(el: Element): number {
  const itemprop = el.getAttribute('itemprop') ?? el.getAttribute('property') ?? '';
  if (/\barticleBody\b/i.test(itemprop)) return 1.5;
  const name = el.localName;
  if (name === 'article') return 1.25;
  if (name === 'main' || el.getAttribute('role') === 'main') return 1.1;
  if (name === 'body' || name === 'html') return 0.75;
  return 1;
}

interface ScoreResult {
  stats: Map<Element, BlockStats>;
  scores: Map<Element, number>;
  h1s: Element[];
  complete: boolean;
}

/**
 * Walk 1: credits text to blocks, then blocks to their ancestors; returns the scores. Exported
 * for debugging and tests; callers want `extractArticle`.
 */
export function* scorePage(start: Element, opts: ExtractOptions): Generator<void, ScoreResult> {
  const stats = new Map<Element, BlockStats>();
  const blockStack: Element[] = [start];
  const h1s: Element[] = [];
  let linkDepth = 0;
  let articleDepth = 0;
  // Clutter-classed elements currently open (a stack, so leave() knows which ones they were).
  const clutterStack: Element[] = [];

  const complete = yield* walk(
    start,
    {
      enter(el) {
        const name = el.localName;
        if (name === 'h1' && h1s.length < 20) h1s.push(el);
        if (isNeverText(el) || isHeaderSkipped(el, articleDepth > 0) || (!opts.captions && isCaption(el))) return false;
        const clutter = clutterLevel(el);
        if (clutter === 2) return false;
        if (BLOCK_TAGS.has(name)) blockStack.push(el);
        if (name === 'a') linkDepth++;
        if (name === 'article') articleDepth++;
        if (clutter === 1) clutterStack.push(el);
        return true;
      },
      leave(el) {
        const name = el.localName;
        if (BLOCK_TAGS.has(name) && blockStack.length > 1) blockStack.pop();
        if (name === 'a') linkDepth--;
        if (name === 'article') articleDepth--;
        if (clutterStack[clutterStack.length - 1] === el) clutterStack.pop();
      },
      text(node) {
        const data = node.data;
        const len = trimmedLength(data);
        if (!len) return;
        const block = blockStack[blockStack.length - 1] as Element;
        let st = stats.get(block);
        if (!st) {
          st = { len: 0, links: 0, commas: 0, clutter: clutterStack.length };
          stats.set(block, st);
        }
        st.len += len;
        if (linkDepth > 0) st.links += len;
        st.commas += countCommas(data);
      },
    },
    { maxNodes: opts.maxNodes ?? 600_000, yieldEvery: opts.yieldEvery ?? 1000 },
  );

  const scores = new Map<Element, number>();
  const add = (el: Element, s: number): void => {
    scores.set(el, (scores.get(el) ?? 0) + s);
  };
  let n = 0;
  for (const [block, st] of stats) {
    if (++n % 2000 === 0) yield;
    if (st.len < 25) continue;
    const density = st.links / st.len;
    const s =
      (1 + Math.min(st.commas, 10) + Math.min(Math.floor(st.len / 100), 3)) *
      (1 - density) *
      CLUTTER_FACTOR ** Math.min(st.clutter, 3);
    if (s <= 0) continue;
    // A plain container holding text directly acts as its own paragraph holder.
    let level = PARAGRAPH_TAGS.has(block.localName) ? 0 : 1;
    if (level === 1) add(block, s);
    let node: Node | null = composedParent(block);
    for (; node && node.nodeType === ELEMENT_NODE && level < 3; level++) {
      add(node as Element, s / (level + 1));
      node = composedParent(node);
    }
  }
  return { stats, scores, h1s, complete };
}

/** Picks the best-scoring container and the siblings that join it (null when nothing scored). */
export function chooseParts(res: ScoreResult, captions = false): { root: Element; parts: Element[] } | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of res.scores) {
    const v = s * candidateBonus(el);
    if (v > bestScore) {
      best = el;
      bestScore = v;
    }
  }
  if (!best) return null;
  const parent = composedParent(best);
  const name = best.localName;
  if (!parent || parent.nodeType !== ELEMENT_NODE || name === 'body' || name === 'html') return { root: best, parts: [best] };
  // Siblings carrying prose join the winner (Readability does the same): an article split
  // into several wrappers around ad slots, or a lead paragraph outside the body wrapper.
  const threshold = Math.max(3, (res.scores.get(best) ?? 0) * 0.2);
  const parts: Element[] = [];
  let joined = false;
  for (let sib = (parent as Element).firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === best) {
      parts.push(sib);
      continue;
    }
    if (isNeverText(sib) || isClutter(sib) || (!captions && isCaption(sib))) continue;
    const score = res.scores.get(sib) ?? 0;
    const st = res.stats.get(sib);
    const prose = !!st && st.len >= 80 && st.links / st.len < 0.25 && PARAGRAPH_TAGS.has(sib.localName);
    if (score >= threshold || prose) {
      parts.push(sib);
      joined = true;
    }
  }
  return joined ? { root: parent as Element, parts } : { root: best, parts: [best] };
}

type Kind = ArticleBlock['kind'];

/**
 * A block read from the page but not yet assembled. `ops` holds triplets (node, from, to): a
 * stretch of `node.data`, or with `to === -1` one space standing for the whitespace run at
 * `from`, or (null, 0, -1) a space standing for a `<br>` (mapped to no character). Assembly
 * is deferred so clutter groups can be dropped after the walk.
 */
interface PendingBlock {
  kind: Kind;
  anonymous: boolean;
  punct: boolean;
  len: number;
  linkChars: number;
  /** Outermost clutter-classed element around the block (inside the part), if any. */
  clutter: Element | null;
  ops: (Text | number | null)[];
}

/** Whether a block reads like prose worth handing to the engine. */
function keepBlock(b: PendingBlock): boolean {
  if (!b.len || b.linkChars / b.len > 0.6) return false;
  if (b.anonymous) return b.len >= 60 && b.punct;
  if (b.kind === 'p') return b.len >= 25 || b.punct;
  if (b.kind === 'li') return b.len >= 20 || b.punct;
  return true;
}

/** Walk 2: reads the text blocks of the chosen parts into one string plus its TextMap (bounded by maxChars). */
export function* collect(
  parts: Element[],
  insideArticle: boolean,
  opts: ExtractOptions,
): Generator<void, { text: string; blocks: ArticleBlock[]; map: TextMap; truncated: boolean }> {
  const maxChars = opts.maxChars ?? 250_000;
  const pendingBlocks: PendingBlock[] = [];
  let total = 0;
  let truncated = false;

  let cur: PendingBlock | null = null;
  let space: { node: Text | null; offset: number } | null = null;
  // A <br> seen since the last word: a second one ends the block (<br><br> is a paragraph break).
  let brPending = false;

  let blockStack: Element[] = [];
  let clutterStack: Element[] = [];
  let linkDepth = 0;
  let quoteDepth = 0;
  let captionDepth = 0;
  let articleDepth = insideArticle ? 1 : 0;

  const kindNow = (): { kind: Kind; anonymous: boolean } => {
    if (captionDepth > 0) return { kind: 'caption', anonymous: false };
    if (quoteDepth > 0) return { kind: 'quote', anonymous: false };
    const name = blockStack[blockStack.length - 1]?.localName ?? 'div';
    if (name === 'p' || name === 'pre' || name === 'address') return { kind: 'p', anonymous: false };
    if (/^h[2-6]$/.test(name)) return { kind: 'h', anonymous: false };
    if (name === 'li' || name === 'dd' || name === 'dt') return { kind: 'li', anonymous: false };
    if (name === 'blockquote') return { kind: 'quote', anonymous: false };
    if (name === 'figcaption') return { kind: 'caption', anonymous: false };
    return { kind: 'p', anonymous: true };
  };

  const flush = (): void => {
    space = null;
    brPending = false;
    if (cur && keepBlock(cur)) pendingBlocks.push(cur);
    cur = null;
  };

  const word = (node: Text, from: number, to: number): void => {
    if (!cur) {
      const k = kindNow();
      cur = { kind: k.kind, anonymous: k.anonymous, punct: false, len: 0, linkChars: 0, clutter: clutterStack[0] ?? null, ops: [] };
    } else if (space) {
      cur.ops.push(space.node, space.offset, -1);
      cur.len++;
      if (linkDepth > 0) cur.linkChars++;
    }
    space = null;
    brPending = false;
    const n = to - from;
    if (!cur.punct && SENTENCE_PUNCT.test(node.data.slice(from, to))) cur.punct = true;
    cur.ops.push(node, from, to);
    cur.len += n;
    if (linkDepth > 0) cur.linkChars += n;
    total += n;
    // Read up to twice the cap: clutter dropped later may free room.
    if (total >= maxChars * 2) truncated = true;
  };

  const visitor = {
    enter(el: Element): boolean {
      if (truncated) return false;
      const name = el.localName;
      if (name === 'br') {
        if (brPending) flush();
        else if (cur) {
          brPending = true;
          space = { node: null, offset: 0 };
        }
        return false;
      }
      if (isNeverText(el) || isHeaderSkipped(el, articleDepth > 0) || (!opts.captions && isCaption(el))) return false;
      const clutter = clutterLevel(el);
      if (clutter === 2) return false;
      const block = BLOCK_TAGS.has(name);
      if (block && opts.isHidden) {
        try {
          if (opts.isHidden(el)) return false;
        } catch {
          /* a throwing probe is no signal */
        }
      }
      if (block) {
        flush();
        blockStack.push(el);
      }
      if (clutter === 1) clutterStack.push(el);
      if (name === 'a') linkDepth++;
      else if (name === 'blockquote') quoteDepth++;
      else if (name === 'figcaption') captionDepth++;
      else if (name === 'article') articleDepth++;
      return true;
    },
    leave(el: Element): void {
      const name = el.localName;
      if (BLOCK_TAGS.has(name)) {
        flush();
        if (blockStack.length > 1) blockStack.pop();
      }
      if (clutterStack[clutterStack.length - 1] === el) clutterStack.pop();
      if (name === 'a') linkDepth--;
      else if (name === 'blockquote') quoteDepth--;
      else if (name === 'figcaption') captionDepth--;
      else if (name === 'article') articleDepth--;
    },
    text(node: Text): void {
      if (truncated) return;
      const data = node.data;
      let pos = 0;
      WS.lastIndex = 0;
      for (let m = WS.exec(data); m; m = WS.exec(data)) {
        if (m.index > pos) word(node, pos, m.index);
        if (cur && !space) space = { node, offset: m.index };
        pos = m.index + m[0].length;
      }
      if (pos < data.length) word(node, pos, data.length);
    },
  };

  for (const part of parts) {
    flush();
    // The part itself may be a paragraph (a sibling <p> that joined the winner): it is the
    // bottom of the block stack, so kindNow() reads its tag.
    blockStack = [part];
    clutterStack = [];
    const name = part.localName;
    if (name === 'blockquote') quoteDepth++;
    if (name === 'figcaption') captionDepth++;
    const done = yield* walk(part, visitor, { maxNodes: opts.maxNodes ?? 600_000, yieldEvery: opts.yieldEvery ?? 1000 });
    if (!done) truncated = true;
    if (name === 'blockquote') quoteDepth--;
    if (name === 'figcaption') captionDepth--;
    flush();
  }

  // A clutter group is dropped unless it outweighs all the clean text: then its class name
  // was lying (a wrapper like "Page-ad-margins" around the article body).
  let clean = 0;
  const groups = new Map<Element, number>();
  for (const pb of pendingBlocks) {
    if (pb.clutter) groups.set(pb.clutter, (groups.get(pb.clutter) ?? 0) + pb.len);
    else clean += pb.len;
  }

  const b = new TextMapBuilder();
  const blocks: ArticleBlock[] = [];
  let i = 0;
  for (const pb of pendingBlocks) {
    if (++i % 500 === 0) yield;
    if (pb.clutter && (groups.get(pb.clutter) ?? 0) <= clean) continue;
    if (b.length + 2 + pb.len > maxChars) {
      truncated = true;
      break;
    }
    if (b.length > 0) b.appendSynthetic('\n\n');
    const start = b.length;
    const ops = pb.ops;
    for (let k = 0; k < ops.length; k += 3) {
      const node = ops[k] as Text | null;
      const from = ops[k + 1] as number;
      const to = ops[k + 2] as number;
      if (!node) b.appendSynthetic(' ');
      else if (to === -1) b.appendMapped(' ', node, from);
      else b.appendMapped(node.data.slice(from, to), node, from);
    }
    blocks.push({ start, end: b.length, kind: pb.kind });
  }
  return { text: b.text(), blocks, map: b.build(), truncated };
}

/** Collapsed text of an element (for the title), bounded. */
function plainText(el: Element): string {
  const out: string[] = [];
  let n = 0;
  drain(
    walk(el, {
      enter: (e) => !isSkippedTag(e.localName),
      text: (t) => {
        if (n < 1000) {
          out.push(t.data);
          n += t.data.length;
        }
      },
    }, { maxNodes: 5000 }),
  );
  return out.join('').replace(/\s+/g, ' ').trim().slice(0, 500);
}

function findTitle(doc: Document, root: Element, h1s: Element[]): string | undefined {
  for (const h of h1s) if (root.contains(h)) return plainText(h) || undefined;
  // An <h1> just above the body wrapper (inside the same <article>) is the headline too.
  const art = root.closest?.('article');
  if (art) for (const h of h1s) if (art.contains(h)) return plainText(h) || undefined;
  // Not `doc.head`: some DOM implementations (linkedom) create a <head> when asked for one.
  let head: Element | null = null;
  for (let el = doc.documentElement?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName === 'head') {
      head = el;
      break;
    }
  }
  if (head) {
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      if (el.localName === 'meta' && el.getAttribute('property') === 'og:title') {
        const c = el.getAttribute('content')?.trim();
        if (c) return c.slice(0, 500);
      }
    }
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      if (el.localName === 'title') return plainText(el) || (el.textContent ?? '').trim().slice(0, 500) || undefined;
    }
  }
  const first = h1s[0];
  return first ? plainText(first) || undefined : undefined;
}

function findLang(doc: Document, root: Element): string | undefined {
  for (let node: Node | null = root; node && node.nodeType === ELEMENT_NODE; node = composedParent(node)) {
    const lang = (node as Element).getAttribute('lang');
    if (lang) return lang;
  }
  return doc.documentElement?.getAttribute('lang') ?? undefined;
}

/**
 * The extraction as a generator that yields every `yieldEvery` nodes, so a browser caller can
 * run it in short slices (see schedule.ts). Returns null when the page has no article-like text.
 */
export function* extractArticleSteps(doc: Document, opts: ExtractOptions = {}): Generator<void, ExtractedArticle | null> {
  // From the root element, not <body>: malformed pages put content after </body> or in a second <html>.
  const start = doc.documentElement ?? doc.body;
  if (!start) return null;
  const scored = yield* scorePage(start, opts);
  const chosen = chooseParts(scored, !!opts.captions);
  if (!chosen) return null;
  const insideArticle = !!chosen.root.closest?.('article');
  const got = yield* collect(chosen.parts, insideArticle, opts);
  if (got.text.length < MIN_ARTICLE_CHARS || !got.blocks.length) return null;
  let url = opts.url;
  if (url === undefined) {
    try {
      url = doc.location?.href;
    } catch {
      url = undefined;
    }
  }
  const article: ArticleText = { text: got.text, blocks: got.blocks };
  const title = findTitle(doc, chosen.root, scored.h1s);
  if (title) article.title = title;
  const lang = findLang(doc, chosen.root);
  if (lang) article.langHint = lang;
  if (url) article.url = url;
  return { article, root: chosen.root, parts: chosen.parts, map: got.map, truncated: got.truncated || !scored.complete };
}

/**
 * Finds the article on `doc` and returns its text (blocks joined by "\n\n"), the element that
 * holds it and the offset ↔ DOM map; null when nothing on the page reads like an article.
 * Synchronous; bounded by `maxNodes`/`maxChars`.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  return drain(extractArticleSteps(doc, opts));
}
