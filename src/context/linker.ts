/**
 * Finds mentions of context entries in article text. Pure TypeScript: no DOM, no browser or
 * Node API, so the engine can run it anywhere.
 *
 * Cost: the text is folded once (accents, case, apostrophes, dashes; offsets kept), then
 * scanned once from each word start along a character trie of all aliases, so the work is
 * O(text length × longest alias), with no per-alias regular expression.
 *
 * Matching rules: whole words; case- and accent-insensitive; the longest alias starting at
 * the leftmost position wins. Short acronyms (2–4 letters, mostly capitals: "AES", "FLA",
 * "CSP", "EIS") only match in capitals, so "aes" or "Fla." do not link. Aliases listed in an
 * entry's `caseSensitive` keep their case ("The Sentry", "Amnesty"). `asFirstName` aliases
 * ("Chad") are skipped before a capitalised surname ("Chad Smith"); `asSurname` aliases
 * ("Wagner", "Moura") after a capitalised given name ("Richard Wagner"). Stop phrases ("Niger
 * Delta", "Festival sur le Niger") hide the shorter alias they contain. Generic references ("the
 * army", « l'armée », "soldiers") resolve to an entry only when the article is clearly about
 * that entry's country, never where a specific alias overlaps them and never after a
 * capitalised qualifier ("Russian soldiers"). A capital named as an actor ("Bamako denies",
 * « entre Bamako et les rebelles ») is linked to its government, not to the city. A source named
 * as the one that reached the article's own sources (« jointes par RFI ») is the newsroom itself
 * and is not linked there (./self-mention.ts). A person's surname (the last word of a name of
 * two words or more) links after a title ("General Goïta", « le colonel Goïta », "Capt. Traoré":
 * ./titles.ts), unless two people of the pack share it. The usual transliteration variants of
 * place and person names ("Tilaberi", "Njamena", "Ghazwani": ./spellings.ts) link in capitals,
 * unless two entries share one or it is already someone's alias.
 */
import { drain, type Steps } from '../engine/steps';
import type { LinkedEntity } from '../engine/types';
import { foldPhrase, foldText, isWordChar, isWordCode, type FoldedText } from './normalize';
import { isReachedBy } from './self-mention';
import { spellingVariants } from './spellings';
import { afterTitles, surnameOf, titleBefore } from './titles';
import type { ContextEntry, ContextPack } from './types';

interface Term {
  /** Index into `entries`, or -1 for a stop phrase. */
  entry: number;
  /** The alias folded with its case. */
  cased: string;
  /** 1 where the case of the text must match the alias (or be its capital). Null: no check. */
  mask: Uint8Array | null;
  firstName: boolean;
  surname: boolean;
  generic: boolean;
  /** A person's surname, linked only after a title ("General Goïta"): see ./titles.ts. */
  titled: boolean;
}

interface TrieNode {
  /** Children by UTF-16 code of the folded character. */
  next?: Map<number, TrieNode>;
  terms?: Term[];
}

/** A built index over one pack. Build once per pack; reuse for every article. */
export interface ContextIndex {
  readonly pack: ContextPack;
  readonly entries: readonly ContextEntry[];
  readonly byId: ReadonlyMap<string, ContextEntry>;
  /** @internal */ readonly root: TrieNode;
  /** @internal folded alias → its terms (specific, generic, stop). */
  readonly aliasMap: ReadonlyMap<string, Term[]>;
  /** @internal ids of entries that are countries (their own id is in their `country`). */
  readonly countries: ReadonlySet<string>;
  /** @internal entry id → position in `entries`. */
  readonly positions: ReadonlyMap<string, number>;
}

export interface FindOptions {
  /** Also return entries marked `salient: false` (countries, governments, state media). */
  includeBackground?: boolean;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Short acronym tokens ("FLA", "FAMa", "IS", "TB2") keep their case; long ones ("ECOWAS") do not. */
function caseMask(cased: string, wholeAlias: boolean): Uint8Array | null {
  const mask = new Uint8Array(cased.length);
  let any = false;
  if (wholeAlias) {
    for (let i = 0; i < cased.length; i++) {
      const c = cased[i] as string;
      if (c !== c.toLowerCase() || c !== c.toUpperCase()) {
        mask[i] = 1;
        any = true;
      }
    }
    return any ? mask : null;
  }
  let i = 0;
  while (i < cased.length) {
    if (!isWordChar(cased[i])) {
      i++;
      continue;
    }
    let j = i;
    let up = 0;
    let low = 0;
    while (j < cased.length && isWordChar(cased[j])) {
      const c = cased[j] as string;
      if (isUpper(c)) up++;
      else if (c !== c.toUpperCase()) low++;
      j++;
    }
    const len = j - i;
    if (len >= 2 && len <= 4 && up >= 2 && up > low) {
      for (let k = i; k < j; k++) mask[k] = 1;
      any = true;
    }
    i = j;
  }
  return any ? mask : null;
}

function insert(root: TrieNode, key: string, term: Term): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!node.next) node.next = new Map();
    let child = node.next.get(c);
    if (!child) {
      child = {};
      node.next.set(c, child);
    }
    node = child;
  }
  (node.terms ??= []).push(term);
}

/** The names an entry can be found by: its name and its aliases in both languages. */
export function entryNames(entry: ContextEntry): string[] {
  return [entry.name, ...entry.aliases.en, ...entry.aliases.fr];
}

/** Builds the matching index of a (validated) pack. */
export function buildContextIndex(pack: ContextPack): ContextIndex {
  return drain(buildContextIndexSteps(pack));
}

/** Names derived from the pack's own (titled surnames, spellings): folded form → its one entry, or null when several derive it. */
type Derived = Map<string, number | null>;

function derive(map: Derived, key: string, entry: number): void {
  const owner = map.get(key);
  map.set(key, owner === undefined || owner === entry ? entry : null);
}

/** Entries indexed between two yields of `buildContextIndexSteps`. */
const ENTRIES_PER_STEP = 4;

/** `buildContextIndex` as a resumable job (yields every few entries), for the content script. */
export function* buildContextIndexSteps(pack: ContextPack): Steps<ContextIndex> {
  const root: TrieNode = {};
  const aliasMap = new Map<string, Term[]>();
  const byId = new Map<string, ContextEntry>();
  const countries = new Set<string>();
  const positions = new Map<string, number>();
  const surnames: Derived = new Map();
  const spellings: Derived = new Map();
  /** `capital`: the alias links only with its first letter in capitals (names derived here). */
  const add = (phrase: string, term: Omit<Term, 'cased' | 'mask'>, wholeCase: boolean, capital = false): void => {
    const { norm, cased } = foldPhrase(capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase);
    if (!norm || !isWordChar(norm[0])) return;
    const list = aliasMap.get(norm);
    if (list?.some((t) => t.entry === term.entry && t.cased === cased && t.generic === term.generic && !t.titled)) return;
    const full: Term = { ...term, cased, mask: caseMask(cased, wholeCase) };
    if (full.firstName || full.surname || capital) {
      // The capital of a name-like alias is part of what makes it the place and not the person.
      const m = full.mask ?? new Uint8Array(cased.length);
      m[0] = 1;
      full.mask = m;
    }
    if (list) list.push(full);
    else aliasMap.set(norm, [full]);
    insert(root, norm, full);
  };
  for (const [i, entry] of pack.entries.entries()) {
    if (i > 0 && i % ENTRIES_PER_STEP === 0) yield;
    byId.set(entry.id, entry);
    if (!positions.has(entry.id)) positions.set(entry.id, i);
    if (entry.country?.includes(entry.id)) countries.add(entry.id);
    if (entry.kind === 'guide') continue;
    const cs = new Set((entry.caseSensitive ?? []).map((a) => foldPhrase(a).cased));
    const first = new Set((entry.asFirstName ?? []).map((a) => foldPhrase(a).cased));
    const last = new Set((entry.asSurname ?? []).map((a) => foldPhrase(a).cased));
    for (const name of entryNames(entry)) {
      const cased = foldPhrase(name).cased;
      add(name, { entry: i, firstName: first.has(cased), surname: last.has(cased), generic: false, titled: false }, cs.has(cased));
      if (entry.kind !== 'person' && entry.kind !== 'place') continue;
      const surname = entry.kind === 'person' ? surnameOf(name) : undefined;
      if (surname) derive(surnames, foldPhrase(surname).norm, i);
      for (const v of spellingVariants(cased)) derive(spellings, v, i);
    }
    for (const g of entry.genericAliases ?? []) {
      add(g, { entry: i, firstName: false, surname: false, generic: true, titled: false }, false);
    }
  }
  // A surname or a spelling two entries share ("Déby": father and son) stays unlinked; a spelling
  // that is already someone's alias stays theirs.
  for (const [surname, entry] of surnames) {
    if (entry !== null) add(surname, { entry, firstName: false, surname: false, generic: false, titled: true }, false, true);
  }
  for (const [spelling, entry] of spellings) {
    if (entry !== null && !aliasMap.has(spelling)) add(spelling, { entry, firstName: false, surname: false, generic: false, titled: false }, false, true);
  }
  for (const s of pack.stopPhrases ?? []) {
    add(s, { entry: -1, firstName: false, surname: false, generic: false, titled: false }, false);
  }
  return { pack, entries: pack.entries, byId, root, aliasMap, countries, positions };
}

/** The entry with this id, if any. */
export function entryById(index: ContextIndex, id: string): ContextEntry | undefined {
  return index.byId.get(id);
}

// ---------------------------------------------------------------------------------------------
// Name-likeness checks ("Chad Smith", "Richard Wagner").

/** Capitalised words that may sit next to a place or group name without making it a person's. */
const NAME_OK = new Set(
  (
    'the in at of and or from to on for with by near into across against between as after before ' +
    'than but via le la les l de du des d a au aux en et ou sur vers dans pour par avec entre chez ' +
    'president presidente prime minister ministre gen general col colonel capt captain capitaine lt ' +
    'lieutenant cmdr commander mr mrs ms dr m mme mlle marshal marechal field sgt ' +
    'lake lac region province river fleuve basin bassin delta border frontier frontiere army armee ' +
    'armed forces force government gouvernement republic republique defence defense foreign interior ' +
    'north south east west northern southern eastern western central nord sud est ouest centre ' +
    'group groupe pmc troops special state states junta says said claims denies ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december'
  ).split(' '),
);

/** True when the original text between two folded positions is plain spaces (no newline, no dash). */
function plainGap(text: string, f: FoldedText, leftLast: number, rightFirst: number): boolean {
  const a = f.end[leftLast];
  const b = f.start[rightFirst];
  if (a === undefined || b === undefined || b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f' && c !== '\t' && c !== '\u2009') return false;
  }
  return true;
}

type Neighbour = { kind: 'none' } | { kind: 'boundary' } | { kind: 'lower' } | { kind: 'upper'; word: string; at: number; end: number };

/** The word right after folded position `e` (exclusive end of a span), on the same line. */
function wordAfter(text: string, f: FoldedText, e: number): Neighbour {
  if (f.norm[e] !== ' ') {
    const c = f.norm[e];
    if (c === undefined || c === '.' || c === '!' || c === '?' || c === ':') return { kind: 'boundary' };
    return { kind: 'lower' };
  }
  const s = e + 1;
  if (!isWordChar(f.norm[s])) return { kind: 'lower' };
  if (!plainGap(text, f, e - 1, s)) return { kind: 'boundary' };
  let j = s;
  while (j < f.norm.length && isWordChar(f.norm[j])) j++;
  if (!isUpper(f.cased[s] as string)) return { kind: 'lower' };
  return { kind: 'upper', word: f.norm.slice(s, j), at: s, end: j };
}

/** The word right before folded position `s` (start of a span), on the same line. */
function wordBefore(text: string, f: FoldedText, s: number): Neighbour {
  if (s === 0) return { kind: 'boundary' };
  const p = f.norm[s - 1];
  if (p !== ' ') {
    if (p === '.' || p === '!' || p === '?' || p === ':' || p === '"') return { kind: 'boundary' };
    return { kind: 'lower' };
  }
  const e = s - 1; // the space
  if (e === 0 || !isWordChar(f.norm[e - 1])) {
    const q = f.norm[e - 1];
    if (e === 0 || q === '.' || q === '!' || q === '?' || q === ':' || q === '"') return { kind: 'boundary' };
    return { kind: 'lower' };
  }
  if (!plainGap(text, f, e - 1, s)) return { kind: 'boundary' };
  let j = e - 1;
  while (j > 0 && isWordChar(f.norm[j - 1])) j--;
  if (!isUpper(f.cased[j] as string)) return { kind: 'lower' };
  return { kind: 'upper', word: f.norm.slice(j, e), at: j, end: e };
}

/** "Chad Smith said" → a person: a capitalised non-place word follows, and the text is not title case. */
function looksLikeFirstName(text: string, f: FoldedText, e: number): boolean {
  const next = wordAfter(text, f, e);
  if (next.kind !== 'upper' || NAME_OK.has(next.word)) return false;
  const after = wordAfter(text, f, next.end);
  return after.kind !== 'upper';
}

/** "composer Richard Wagner" → a person: a capitalised non-title word precedes, mid-sentence. */
function looksLikeSurname(text: string, f: FoldedText, s: number): boolean {
  const prev = wordBefore(text, f, s);
  if (prev.kind !== 'upper' || NAME_OK.has(prev.word)) return false;
  const before = wordBefore(text, f, prev.at);
  if (before.kind === 'lower') return true;
  // Two given names ("Fatouma Bintou Djibo"), mid-sentence.
  if (before.kind !== 'upper' || NAME_OK.has(before.word)) return false;
  return wordBefore(text, f, before.at).kind === 'lower';
}

function caseOk(f: FoldedText, s: number, term: Term): boolean {
  const m = term.mask;
  if (!m) return true;
  for (let k = 0; k < m.length; k++) {
    if (!m[k]) continue;
    const t = f.cased[s + k] as string;
    const a = term.cased[k] as string;
    if (t !== a && t !== a.toUpperCase()) return false;
  }
  return true;
}

function termOk(text: string, f: FoldedText, s: number, e: number, term: Term): boolean {
  if (!caseOk(f, s, term)) return false;
  if (term.firstName && looksLikeFirstName(text, f, e)) return false;
  if (term.surname && looksLikeSurname(text, f, s)) return false;
  if (term.titled && !titleBefore(f.norm, s)) return false;
  return true;
}

/**
 * Nationality adjectives that, right after a generic reference, make it another country's
 * (« l'armée française », « les soldats russes », "the army of France" aside).
 */
const FOREIGN_AFTER = new Set(
  (
    'francaise francais russe russes americaine americain americains americaines algerienne algerien algeriens ' +
    'ivoirienne ivoirien ivoiriens nigeriane nigerian nigerians beninoise beninois togolaise togolais ghaneenne ' +
    'senegalaise senegalais marocaine libyenne soudanaise turque turcs allemande britannique europeenne europeens ' +
    'onusienne onusiens etrangere etrangeres etrangers'
  ).split(' '),
);

/** The folded word right after position `e`, if a space separates them ("" otherwise). */
function nextWord(f: FoldedText, e: number): string {
  if (f.norm[e] !== ' ') return '';
  let j = e + 1;
  while (j < f.norm.length && isWordChar(f.norm[j])) j++;
  return f.norm.slice(e + 1, j);
}

/** Words after which a capital's name is an actor ("Alger et Bamako", "ce que Bamako dément"). */
const METONYM_LEAD = new Set(['and', 'et', 'que', 'qu', 'entre', 'between', 'for', 'pour', 'selon', 'but', 'mais', 'while', 'whereas']);

/** Of METONYM_LEAD, the words that also join places in a list ("Gao and Bamako."). */
const LIST_LEAD = new Set(['and', 'et', 'but', 'mais', 'while', 'whereas']);

/**
 * A capital named at the start of a clause or after and/que/entre/for… stands for its government.
 * Not after a comma or a bracket ("The capital, Niamey, …" is the city), nor after and/et when
 * the name ends the clause ("in Gao and Bamako."): a listed place, not an actor.
 */
function isMetonym(text: string, f: FoldedText, s: number, e: number): boolean {
  let p = s - 1;
  if (p >= 0 && f.norm[p] === ' ') {
    if (!plainGap(text, f, p - 1, s)) return true; // paragraph or title start
    p--;
  }
  if (p < 0) return true;
  const c = f.norm[p] as string;
  if (!isWordChar(c)) return c !== ',' && c !== '(' && c !== '[';
  let q = p;
  while (q > 0 && isWordChar(f.norm[q - 1])) q--;
  const lead = f.norm.slice(q, p + 1);
  if (!METONYM_LEAD.has(lead)) return false;
  if (LIST_LEAD.has(lead)) {
    const after = f.norm[e];
    if (after === undefined || after === '.' || after === ',' || after === ';' || after === ')') return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------

interface Hit {
  /** Index into `entries` (rewritten when a capital stands for its government). */
  entry: number;
  s: number;
  e: number;
}

/**
 * The context entries mentioned in `text`: each entry once, with every mention (UTF-16
 * offsets into `text`), in order of first mention. Entries marked `salient: false` are left
 * out unless `includeBackground` is set.
 */
export function findMentions(text: string, index: ContextIndex, options: FindOptions = {}): LinkedEntity[] {
  const f = foldText(text);
  const n = f.norm;
  const L = n.length;
  const hits: Hit[] = [];
  const generics: { terms: Term[]; s: number; e: number }[] = [];
  const cands: { terms: Term[]; e: number }[] = [];

  let i = 0;
  let prevWord = false; // is n[i - 1] a word character?
  while (i < L) {
    const here = isWordCode(n.charCodeAt(i));
    if (!here || prevWord) {
      prevWord = here;
      i++;
      continue;
    }
    cands.length = 0;
    let node: TrieNode | undefined = index.root;
    let j = i;
    while (j < L && node?.next) {
      node = node.next.get(n.charCodeAt(j));
      if (!node) break;
      j++;
      if (node.terms && (!isWordCode(n.charCodeAt(j)) || !isWordCode(n.charCodeAt(j - 1)))) cands.push({ terms: node.terms, e: j });
    }
    let taken: { term: Term; e: number } | null = null;
    let generic: { terms: Term[]; e: number } | null = null;
    for (let c = cands.length - 1; c >= 0 && !taken; c--) {
      const cand = cands[c] as { terms: Term[]; e: number };
      const okGeneric: Term[] = [];
      for (const term of cand.terms) {
        if (!termOk(text, f, i, cand.e, term)) continue;
        if (term.generic) okGeneric.push(term);
        else {
          taken = { term, e: cand.e };
          break;
        }
      }
      if (!taken && !generic && okGeneric.length) generic = { terms: okGeneric, e: cand.e };
    }
    if (taken) {
      if (taken.term.entry >= 0) hits.push({ entry: taken.term.entry, s: i, e: taken.e });
      i = taken.e;
      prevWord = isWordCode(n.charCodeAt(i - 1));
      continue;
    }
    if (generic) generics.push({ terms: generic.terms, s: i, e: generic.e });
    prevWord = true;
    i++;
  }

  for (const h of hits) {
    const gov = index.entries[h.entry]?.metonymFor;
    if (gov === undefined || !isMetonym(text, f, h.s, h.e)) continue;
    const g = index.positions.get(gov);
    if (g !== undefined) h.entry = g;
  }

  if (generics.length) resolveGenerics(text, f, index, hits, generics);

  const byEntry = new Map<number, LinkedEntity>();
  const out: LinkedEntity[] = [];
  for (const h of hits) {
    const entry = index.entries[h.entry];
    if (!entry) continue;
    if (!options.includeBackground && entry.salient === false) continue;
    if (entry.kind === 'source' && isReachedBy(f.norm, h.s)) continue; // the newsroom itself
    const mention = { start: f.start[h.s] as number, end: f.end[h.e - 1] as number };
    let le = byEntry.get(h.entry);
    if (!le) {
      le = { id: entry.id, name: entry.name, kind: entry.kind, mentions: [] };
      byEntry.set(h.entry, le);
      out.push(le);
    }
    le.mentions.push(mention);
  }
  return out;
}

/** True when the entry is tied to `country` (one of its `country` ids). */
function inCountry(entry: ContextEntry | undefined, country: string): boolean {
  return entry?.country?.includes(country) === true;
}

/**
 * Of the entries a generic reference may mean, the one it means in an article about `country`:
 * the only one tied to that country; where several are ("Islamic State" in Niger: the Sahel or
 * the West Africa province), the only one the article also names, else the only one related to a
 * place the article names (Diffa, Tillabéri). Undefined when that does not settle it.
 */
function genericEntry(index: ContextIndex, terms: readonly Term[], country: string, named: ReadonlySet<string>): number | undefined {
  const cands = terms.filter((t) => inCountry(index.entries[t.entry], country)).map((t) => t.entry);
  if (cands.length <= 1) return cands[0];
  const only = (keep: (e: ContextEntry) => boolean): number | undefined => {
    const kept = cands.filter((i) => keep(index.entries[i] as ContextEntry));
    return kept.length === 1 ? kept[0] : undefined;
  };
  return (
    only((e) => named.has(e.id)) ??
    only((e) => e.related.some((r) => named.has(r) && index.byId.get(r)?.kind === 'place'))
  );
}

/**
 * Generic references ("the army", « l'armée », "Islamic State") resolved to the entry of the
 * article's dominant country (see `genericEntry`); never where a specific alias overlaps them,
 * after a capitalised qualifier ("Russian soldiers") or before another nationality (« l'armée
 * française »). Adds the hits, in text order.
 */
function resolveGenerics(text: string, f: FoldedText, index: ContextIndex, hits: Hit[], generics: { terms: Term[]; s: number; e: number }[]): void {
  const country = dominantCountry(index, hits);
  if (!country) return;
  const named = new Set<string>();
  for (const h of hits) {
    const id = index.entries[h.entry]?.id;
    if (id !== undefined) named.add(id);
  }
  const covered = new Uint8Array(f.norm.length + 1);
  for (const h of hits) for (let k = h.s; k < h.e; k++) covered[k] = 1;
  const sentence = sentenceCountries(index, hits.slice(), f.norm);
  let lastEnd = -1;
  for (const g of generics) {
    if (g.s < lastEnd) continue;
    let overlap = false;
    for (let k = g.s; k < g.e && !overlap; k++) if (covered[k]) overlap = true;
    if (overlap) continue;
    const before = wordBefore(text, f, g.s);
    if (before.kind === 'upper' && !NAME_OK.has(before.word)) continue; // "Russian soldiers"
    if (FOREIGN_AFTER.has(nextWord(f, g.e))) continue; // « l'armée française »
    // "Most recently Niger, where soldiers…" in a story about Mali: another country's.
    const around = sentence(g.s);
    if (around.size > 0 && !around.has(country)) continue;
    const entry = genericEntry(index, g.terms, country, named);
    if (entry === undefined) continue;
    hits.push({ entry, s: g.s, e: g.e });
    lastEnd = g.e;
  }
  hits.sort((a, b) => a.s - b.s);
}

/**
 * The countries named in the sentence around a folded position (by entries tied to a single
 * country), for positions asked in text order: each sentence is read once, so the whole is
 * linear. `hits` must be sorted.
 */
function sentenceCountries(index: ContextIndex, hits: readonly Hit[], norm: string): (at: number) => ReadonlySet<string> {
  let end = -1;
  let hi = 0;
  let found = new Set<string>();
  return (at) => {
    if (at < end) return found;
    let s = at;
    while (s > 0 && !SENTENCE_END.has(norm.charCodeAt(s - 1))) s--;
    end = at;
    while (end < norm.length && !SENTENCE_END.has(norm.charCodeAt(end))) end++;
    found = new Set();
    while (hi < hits.length && (hits[hi] as Hit).s < s) hi++;
    for (let k = hi; k < hits.length && (hits[k] as Hit).s < end; k++) {
      const c = index.entries[(hits[k] as Hit).entry]?.country;
      if (c?.length === 1) found.add(c[0] as string);
    }
    return found;
  };
}

/** Full stop, exclamation and question marks (folded codes). */
const SENTENCE_END = new Set([46, 33, 63]);

/**
 * The country an article is mainly about, from the specific mentions found: each mention of a
 * country, or of an entry tied to a single country, counts one. Needs at least two, and half
 * as many again as the runner-up; otherwise undefined.
 */
function dominantCountry(index: ContextIndex, hits: Hit[]): string | undefined {
  const score = new Map<string, number>();
  for (const h of hits) {
    const c = index.entries[h.entry]?.country;
    if (c?.length === 1) score.set(c[0] as string, (score.get(c[0] as string) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [id, v] of score) {
    if (!index.countries.has(id)) continue;
    if (v > top) {
      second = top;
      top = v;
      best = id;
    } else if (v > second) second = v;
  }
  return best !== undefined && top >= 2 && top >= 1.5 * second ? best : undefined;
}

/** The country an article is mainly about (an entry id such as "mali"), if one stands out. */
export function articleCountry(text: string, index: ContextIndex): string | undefined {
  const ents = findMentions(text, index, { includeBackground: true });
  const hits: Hit[] = [];
  for (const le of ents) {
    const i = index.positions.get(le.id) ?? -1;
    for (const m of le.mentions) hits.push({ entry: i, s: m.start, e: m.end });
  }
  return dominantCountry(index, hits);
}

const NONE: ReadonlySet<string> = new Set();

const DETERMINERS = /^(?:the|a|an|le|la|les|l'|un|une|des|du|de la|de l'|d')\s*/;

/**
 * The entry a name stands for ("Malian army", "FLA", "the JNIM", « l'armée malienne »):
 * the name must be a whole alias (case rules as in the text scan); a leading article is
 * ignored. Generic references ("the army") resolve only with `context.country` (see
 * `articleCountry`). With `context.asSpeaker`, a capital stands for its government
 * ("Bamako said" → the Malian transitional government).
 */
export function lookupAlias(
  index: ContextIndex,
  name: string,
  context: { country?: string; asSpeaker?: boolean } = {},
): ContextEntry | undefined {
  const found = lookupName(index, name, context);
  if (found && context.asSpeaker && found.metonymFor) return index.byId.get(found.metonymFor) ?? found;
  return found;
}

function lookupName(index: ContextIndex, name: string, context: { country?: string }): ContextEntry | undefined {
  /** The entry of a whole alias; a person's bare surname only where a title was taken off. */
  const tryKey = (phrase: string, titled = false): ContextEntry | undefined => {
    const { norm, cased } = foldPhrase(phrase);
    const terms = index.aliasMap.get(norm);
    if (!terms) return undefined;
    const f: FoldedText = { norm, cased, start: [], end: [] };
    const generics: Term[] = [];
    for (const t of terms) {
      if (t.entry < 0 || (t.titled && !titled) || !caseOk(f, 0, t)) continue;
      const e = index.entries[t.entry];
      if (!e) continue;
      if (!t.generic) return e;
      generics.push(t);
    }
    const g = context.country && generics.length ? genericEntry(index, generics, context.country, NONE) : undefined;
    return g === undefined ? undefined : index.entries[g];
  };
  const direct = tryKey(name);
  if (direct) return direct;
  const folded = foldPhrase(name);
  const title = afterTitles(folded.norm);
  if (title > 0) return tryKey(folded.cased.slice(title), true);
  const m = DETERMINERS.exec(folded.norm);
  if (m && m[0].length > 0 && m[0].length < folded.norm.length) {
    return tryKey(folded.cased.slice(m[0].length));
  }
  return undefined;
}
