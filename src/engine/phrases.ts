/**
 * A phrase index: many word-list fragments matched in one pass over a text.
 *
 * Why not one big alternation: a regular expression of hundreds of alternatives tries each of
 * them at every word start (V8 builds no trie), which made the actor pass the engine's most
 * expensive step. Here every fragment is expanded into the literal strings it stands for and
 * stored in a character trie; a scan walks the trie from each word start. Cost: O(text length
 * × longest phrase), with no backtracking.
 *
 * Fragments use a small regular-expression subset: literals, escapes, character classes,
 * non-capturing groups with alternatives, `?`, a lookahead at the end ("states(?= that)",
 * "called(?! for)") checked after the literal matched, and `\p{L}*` at the end (any letters).
 * A fragment outside the subset is rejected at build time (a programming error).
 */
import type { Steps } from './steps.ts';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Terminal<T> {
  value: T;
  /** Order of declaration: lower wins a tie between equally long matches. */
  rank: number;
  /** Lookahead to check at the end of the literal. */
  post?: RegExp;
  /** The literal may go on with any letters ("repouss\p{L}*"). */
  openEnd?: boolean;
}

interface Node<T> {
  /** Most nodes have one child: kept inline (no map), the others in a map. */
  c1?: number;
  n1?: Node<T>;
  other?: Map<number, Node<T>>;
  terms?: Terminal<T>[];
}

function child<T>(node: Node<T>, code: number): Node<T> | undefined {
  return node.c1 === code ? node.n1 : node.other?.get(code);
}

const MAX_VARIANTS = 4000;

/** Word-character test: ASCII by range, the rest through a lazily filled table. */
const WORD_TABLE = new Uint8Array(65536); // 0 unknown, 1 word, 2 not
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!(c < 65536)) return false; // NaN (past the end) and beyond the table
  let v = WORD_TABLE[c] as number;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_TABLE[c] = v;
  }
  return v === 1;
}

/** Splits "a|b|(?:c|d)" at top-level bars. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\') {
      cur += ch + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (cls) {
      if (ch === ']') cls = false;
      cur += ch;
      continue;
    }
    if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Index of the `)` closing the group opened at `open`. */
function closeParen(s: string, open: number): number {
  let depth = 0;
  let cls = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (cls) {
      if (ch === ']') cls = false;
      continue;
    }
    if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

interface Variant {
  text: string;
  post?: string;
  openEnd?: boolean;
}

/** Every literal string the fragment stands for (with its end condition). Throws if unsupported. */
export function expand(frag: string): Variant[] {
  const out: Variant[] = [];
  const walk = (rest: string, acc: string): void => {
    if (out.length > MAX_VARIANTS) throw new Error(`phrase fragment expands too much: ${frag}`);
    if (rest === '') {
      out.push({ text: acc });
      return;
    }
    const ch = rest[0] as string;
    let choices: string[];
    let unitEnd = 1;
    let isGroup = false;
    if (ch === '[') {
      const end = rest.indexOf(']', 1);
      const body = rest.slice(1, end);
      if (end < 0 || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) throw new Error(`unsupported class in ${frag}`);
      choices = [...body];
      unitEnd = end + 1;
    } else if (ch === '(') {
      const end = closeParen(rest, 0);
      if (end < 0) throw new Error(`unbalanced group in ${frag}`);
      const inner = rest.slice(1, end);
      if (inner.startsWith('?!') || inner.startsWith('?=')) {
        if (end !== rest.length - 1) throw new Error(`lookahead must end the fragment: ${frag}`);
        out.push({ text: acc, post: rest });
        return;
      }
      if (!inner.startsWith('?:')) throw new Error(`unsupported group in ${frag}`);
      choices = splitTop(inner.slice(2));
      unitEnd = end + 1;
      isGroup = true;
    } else if (ch === '\\') {
      const nx = rest[1] ?? '';
      if (rest.slice(0, 6) === '\\p{L}*' && rest.length === 6) {
        out.push({ text: acc, openEnd: true });
        return;
      }
      if (/[pPdDwWsSbB]/.test(nx)) throw new Error(`unsupported escape in ${frag}`);
      choices = [nx];
      unitEnd = 2;
    } else if ('.*+{}$^|)'.includes(ch)) {
      throw new Error(`unsupported syntax in ${frag}`);
    } else {
      choices = [ch];
    }
    const q = rest[unitEnd];
    let after = rest.slice(unitEnd);
    if (q === '?') {
      after = rest.slice(unitEnd + 1);
      walk(after, acc);
    } else if (q === '*' || q === '+' || q === '{') {
      throw new Error(`unsupported repetition in ${frag}`);
    }
    for (const c of choices) {
      if (isGroup) walk(c + after, acc);
      else walk(after, acc + c);
    }
  };
  walk(frag, '');
  return out;
}

export class PhraseSet<T> {
  private readonly root: Node<T> = {};

  /** `items`: fragment and value, in priority order. */
  constructor(items: readonly { frag: string; value: T }[] = []) {
    items.forEach(({ frag, value }, rank) => this.add(frag, value, rank));
  }

  /** The same set built as a resumable job (yields every `every` items): for cold starts in a page. */
  static *build<T>(items: readonly { frag: string; value: T }[], every = 40): Steps<PhraseSet<T>> {
    const set = new PhraseSet<T>();
    for (const [rank, { frag, value }] of items.entries()) {
      if (rank > 0 && rank % every === 0) yield;
      set.add(frag, value, rank);
    }
    return set;
  }

  private add(frag: string, value: T, rank: number): void {
    for (const v of expand(frag)) {
      if (!v.text) continue;
      let node = this.root;
      for (let i = 0; i < v.text.length; i++) {
        const code = v.text.charCodeAt(i);
        let next = child(node, code);
        if (!next) {
          next = {};
          if (node.c1 === undefined) {
            node.c1 = code;
            node.n1 = next;
          } else (node.other ??= new Map()).set(code, next);
        }
        node = next;
      }
      const t: Terminal<T> = { value, rank };
      if (v.post) t.post = new RegExp(v.post, 'uy');
      if (v.openEnd) t.openEnd = true;
      (node.terms ??= []).push(t);
    }
  }

  /**
   * All matches starting at word starts in [from, to) (overlaps allowed), in order of start,
   * longest first at one start. `text` must be normalised (lower case, straight quotes).
   */
  all(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const n = text.length;
    const here: PhraseMatch<T>[] = [];
    let prevWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
    for (let i = from; i < to; i++) {
      const word = isWordCode(text.charCodeAt(i));
      if (!word || prevWord) {
        prevWord = word;
        continue;
      }
      prevWord = true;
      let node: Node<T> | undefined = child(this.root, text.charCodeAt(i));
      if (!node) continue;
      here.length = 0;
      let j = i + 1;
      for (;;) {
        if (node.terms) this.accept(text, i, j, node.terms, here);
        if (j >= n) break;
        node = child(node, text.charCodeAt(j));
        if (!node) break;
        j++;
      }
      // Longest first; the sort is stable, so declaration order holds among equal ends.
      if (here.length > 1) here.sort((a, b) => b.end - a.end);
      for (const m of here) out.push(m);
    }
    return out;
  }

  private accept(text: string, start: number, end: number, terms: Terminal<T>[], here: PhraseMatch<T>[]): void {
    const last = text.charCodeAt(end - 1);
    for (const t of terms) {
      let e = end;
      if (t.openEnd) while (e < text.length && isWordCode(text.charCodeAt(e))) e++;
      // Whole words only, except a phrase ending in an apostrophe ("tenir d'").
      else if (last !== 39 && isWordCode(text.charCodeAt(e))) continue;
      if (t.post) {
        t.post.lastIndex = e;
        if (!t.post.test(text)) continue;
      }
      // Several values may end here (a word can be a casualty verb and an event word); they
      // stay in declaration order, so the first one is the preferred reading.
      here.push({ start, end: e, value: t.value });
    }
  }

  /** Leftmost-longest non-overlapping matches (regular-expression scanning semantics). */
  longest(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const all = this.all(text, from, to);
    const out: PhraseMatch<T>[] = [];
    let end = -1;
    for (let k = 0; k < all.length; k++) {
      const m = all[k] as PhraseMatch<T>;
      // At one start the longest comes first.
      if (m.start >= end) {
        out.push(m);
        end = m.end;
      }
    }
    return out;
  }
}
