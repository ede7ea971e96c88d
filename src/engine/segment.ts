/**
 * Sentence splitter for English and French news text.
 *
 * One left-to-right pass per block (linear): a sentence ends at . ! ? … (plus any closing
 * quotes or brackets) followed by white space and something that can open a sentence. The
 * checks that stop a false end are local: the word before the period (titles, initials,
 * initialisms such as U.S. or a.m.) and the word after it. `Intl.Segmenter` is not used: it
 * splits after "U.S." and "M." (see RECIPES.md), and its boundaries differ between browsers.
 */
import type { ArticleBlock, Sentence } from './types.ts';

/**
 * Words that take a period but do not end a sentence (case-sensitive, without the period):
 * titles and ranks in both languages, "No." before a number.
 */
const TITLES = new Set([
  // English titles and ranks
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt', 'Maj', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Amb', 'St', 'Mt', 'Ft',
  'Messrs', 'Supt', 'Insp',
  // French titles and ranks (M. Kané, Mme, Me, Gén., Cdt.)
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Me', 'Mgr', 'Pr', 'Gén', 'Gal', 'Cdt', 'Cne', 'Lcl', 'Adj',
  // numbering
  'No', 'Nos', 'no', 'nos', 'vol', 'Vol', 'pp', 'art', 'Art', 'fig', 'Fig', 'cf', 'env', 'approx', 'vs',
]);

/** Abbreviations that may end a sentence: split only when a typical sentence opener follows. */
const SOFT_ABBREVIATIONS = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'Sr', 'etc', 'al',
]);

/** Time zones that may follow "a.m."/"p.m." inside a sentence. */
const TIME_ZONES = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CET', 'CEST', 'WAT', 'BST', 'PST', 'PDT', 'ET', 'PT']);

/**
 * Words that typically open a sentence. After an initialism ("U.S.") or a soft abbreviation a
 * capitalised word is usually a name ("U.S. Army"), so the splitter only ends the sentence
 * when the next word is one of these.
 */
const OPENERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And',
  'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Its', 'Their', 'Our', 'Some', 'Many',
  'Most', 'After', 'Before', 'When', 'While', 'As', 'If', 'Since', 'According', 'For', 'No',
  'Le', 'La', 'Les', 'L', 'Il', 'Elle', 'Ils', 'Elles', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Ces',
  'Mais', 'Selon', 'Pour', 'Dans', 'En', 'Au', 'Aux', 'Du', 'De', 'Sur', 'Depuis', 'Après',
  'Avant', 'Lors', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'On', 'Nous',
]);

const CLOSERS = new Set(['”', '"', '»', '’', "'", ')', ']', '›']);
const OPENERS_PUNCT = new Set(['“', '"', '«', '‘', "'", '(', '[', '‹']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009' || c === '\u2007';
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

/** Quotation spans inside a block: [open, close] pairs and whether an attribution follows. */
interface QuoteSpan {
  open: number;
  close: number;
  /** The quotation is followed by ", he said" / "», ajoute-t-il": keep it in one sentence. */
  attributed: boolean;
}

/** Longest quotation kept in one sentence; past this an unbalanced quote mark is assumed. */
const MAX_QUOTE = 800;

/**
 * Pairs quotation marks in one block. Curly quotes and guillemets pair by direction; straight
 * double quotes alternate. Unclosed quotes are dropped.
 */
function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openCurly = -1;
  let openGuil = -1;
  let openStraight = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“') openCurly = i;
    else if (c === '”' && openCurly >= 0) {
      spans.push(makeSpan(text, openCurly, i, end));
      openCurly = -1;
    } else if (c === '«') openGuil = i;
    else if (c === '»' && openGuil >= 0) {
      spans.push(makeSpan(text, openGuil, i, end));
      openGuil = -1;
    } else if (c === '"') {
      if (openStraight < 0) openStraight = i;
      else {
        spans.push(makeSpan(text, openStraight, i, end));
        openStraight = -1;
      }
    }
  }
  return spans;
}

function makeSpan(text: string, open: number, close: number, end: number): QuoteSpan {
  let k = close + 1;
  while (k < end && isSpace(text[k])) k++;
  const next = text[k];
  // “…,” he said / « … », ajoute-t-il / "…" — the group said: the quotation and its
  // attribution form one sentence.
  const attributed = next !== undefined && (next === ',' || LOWER.test(next) || next === '—');
  return { open, close, attributed: attributed && close - open <= MAX_QUOTE };
}

/** The word (letters and internal dots) that ends right before `dot`. */
function wordBefore(text: string, dot: number, blockStart: number): string {
  let i = dot;
  // Bounded: abbreviations are short, and "a.a.a.a…" must not be rescanned from every dot.
  const floor = Math.max(blockStart, dot - 24);
  while (i > floor) {
    const c = text[i - 1] ?? '';
    if (LETTER.test(c) || c === '.') i--;
    else break;
  }
  return text.slice(i, dot);
}

/** The word that starts at `k` (letters only). */
function wordAt(text: string, k: number, end: number): string {
  let j = k;
  while (j < end && LETTER.test(text[j] ?? '')) j++;
  return text.slice(k, j);
}

/**
 * Decides whether a period at `dot` may end a sentence given the word before it and the
 * next word (which starts with an upper-case letter or a digit).
 */
function periodEnds(text: string, dot: number, blockStart: number, nextWord: string, nextIsDigit: boolean): boolean {
  const w = wordBefore(text, dot, blockStart);
  if (w === '') return true; // after a digit, a quote, a bracket
  if (w.includes('.')) {
    const lw = w.toLowerCase();
    if (lw === 'a.m' || lw === 'p.m') return !TIME_ZONES.has(nextWord) && !nextIsDigit;
    if (lw === 'e.g' || lw === 'i.e' || lw === 'c.-à-d' || lw === 'cf') return false;
    // an initialism: U.S., U.N., J.-C.
    return OPENERS.has(nextWord);
  }
  if (TITLES.has(w)) return false;
  if (SOFT_ABBREVIATIONS.has(w)) return !nextIsDigit && OPENERS.has(nextWord);
  // a single capital letter: an initial ("John F. Kennedy")
  if (w.length === 1 && UPPER.test(w)) return false;
  return true;
}

/**
 * Splits `text` into sentences block by block. Blocks default to paragraphs separated by
 * blank lines. Never throws; offsets are UTF-16 code units into `text`.
 */
export function splitSentences(text: string, blocks?: ArticleBlock[]): Sentence[] {
  const bl = blocks && blocks.length ? blocks : paragraphBlocks(text);
  const out: Sentence[] = [];
  bl.forEach((b, bi) => {
    const start = Math.max(0, Math.min(b.start, text.length));
    const end = Math.max(start, Math.min(b.end, text.length));
    splitBlock(text, start, end, bi, out);
  });
  return out;
}

/** Paragraph blocks of a plain text: runs separated by blank lines. */
export function paragraphBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const re = /\n[ \t\u00a0]*\n/g;
  let s = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > s) blocks.push({ start: s, end: m.index, kind: 'p' });
    s = m.index + m[0].length;
  }
  if (s < text.length) blocks.push({ start: s, end: text.length, kind: 'p' });
  return blocks;
}

/**
 * Longest sentence kept whole. News sentences stay far below it; past it the text is not
 * prose (a list without punctuation, a data dump) and is cut at white space, so that the
 * per-sentence detectors never see unbounded input (their cost would grow with its square).
 */
export const MAX_SENTENCE = 1500;

function pushSentence(text: string, s: number, e: number, block: number, out: Sentence[]): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    const floor = s + (MAX_SENTENCE >> 1);
    while (cut > floor && !isSpace(text[cut])) cut--;
    if (cut <= floor) cut = s + MAX_SENTENCE;
    let ce = cut;
    while (ce > s && isSpace(text[ce - 1])) ce--;
    if (ce > s) out.push({ start: s, end: ce, block });
    s = cut;
    while (s < e && isSpace(text[s])) s++;
  }
  if (e > s) out.push({ start: s, end: e, block });
}

function splitBlock(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  const quotes = findQuotes(text, start, end);
  // Positions inside an attributed quotation: no sentence ends there.
  let qi = 0;
  let sentStart = start;
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      // A line break inside a block (a <br>, a timestamp line) ends the line's sentence.
      pushSentence(text, sentStart, i, block, out);
      sentStart = i + 1;
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    // Run of terminators: "?!", "...".
    let j = i + 1;
    while (j < end && TERMINATORS.has(text[j] as string)) j++;
    const singlePeriod = c === '.' && j - i === 1;
    // Closing quotes and brackets, with the French space before a closing guillemet.
    for (;;) {
      const d = text[j];
      if (d !== undefined && j < end && CLOSERS.has(d)) {
        j++;
        continue;
      }
      if (isSpace(d) && d !== '\n') {
        let k = j;
        while (k < end && isSpace(text[k]) && text[k] !== '\n') k++;
        if (text[k] === '»' || text[k] === '”') {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // End of block: the block end closes the sentence. Skip the whole run (a run of dots would
    // otherwise be rescanned from each of its dots: quadratic).
    if (j >= end) {
      i = j - 1;
      continue;
    }
    if (!isSpace(text[j])) {
      i = j - 1;
      continue; // "2.6", "U.S", "…»," — no white space after the mark
    }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) continue;
    // Skip opening quotes/brackets to see the first letter of the next sentence.
    let m = k;
    while (m < end && (OPENERS_PUNCT.has(text[m] as string) || isSpace(text[m]))) m++;
    const first = text[m] ?? '';
    const nextIsDigit = DIGIT.test(first);
    if (!UPPER.test(first) && !nextIsDigit) {
      i = j - 1;
      continue;
    }
    if (singlePeriod) {
      if (!periodEnds(text, i, start, wordAt(text, m, end), nextIsDigit)) {
        i = j - 1;
        continue;
      }
    }
    // Inside an attributed quotation ("“A. B,” he said."): keep going.
    while (qi < quotes.length && (quotes[qi] as QuoteSpan).close < i) qi++;
    let inside = false;
    // Spans are sorted by their closing mark and an attributed one is at most MAX_QUOTE long,
    // so only a bounded number of spans can contain i.
    for (let q = qi; q < quotes.length; q++) {
      const span = quotes[q] as QuoteSpan;
      if (span.close - MAX_QUOTE > i) break;
      if (span.open < i && span.close >= j && span.attributed) {
        inside = true;
        break;
      }
    }
    if (inside) {
      i = j - 1;
      continue;
    }
    pushSentence(text, sentStart, j, block, out);
    sentStart = k;
    i = k - 1;
  }
  pushSentence(text, sentStart, end, block, out);
}
