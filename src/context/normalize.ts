/**
 * Text folding shared by the linker and the schema: accents and case folded, apostrophes,
 * dashes and spaces unified, with a map back to the original UTF-16 offsets. Pure, no DOM.
 *
 * Every input code unit yields zero or more output characters, so a folded string can be
 * scanned once and any span of it mapped back with `start[i]` / `end[j - 1]`.
 */

export interface FoldedText {
  /** Lower-cased, accent-free, spaces collapsed. */
  norm: string;
  /** Same characters as `norm` before lower-casing (same length, same positions). */
  cased: string;
  /** Original offset of each folded character. */
  start: ArrayLike<number>;
  /** Original end offset (exclusive) of each folded character. */
  end: ArrayLike<number>;
}

const SPACE_LIKE = new Set([
  ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003',
  '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f',
  '\u205f', '\u3000',
  // Dashes and hyphens join or separate words alike: "Liptako-Gourma" = "Liptako Gourma".
  '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00ad',
]);
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u2032']);
const SPECIAL: Record<string, string> = {
  'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ı': 'i', 'İ': 'I', 'ø': 'o', 'Ø': 'O',
  'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L',
};

const foldCache = new Map<string, string>();

/** Folds one code unit (case kept): accents stripped, quotes and spaces unified. */
function foldUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (c === '-' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') return ' ';
    if (c === '`') return "'";
    return c;
  }
  let f = foldCache.get(c);
  if (f !== undefined) return f;
  if (SPACE_LIKE.has(c)) f = ' ';
  else if (APOSTROPHES.has(c)) f = "'";
  else if (SPECIAL[c] !== undefined) f = SPECIAL[c] as string;
  else if (code >= 0xd800 && code <= 0xdfff) f = '\u0000'; // half of an astral pair: never a word char
  else f = c.normalize('NFD').replace(/\p{M}+/gu, '');
  foldCache.set(c, f);
  return f;
}

const lowerCache = new Map<string, string>();
function lowerChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = c.toLowerCase();
    if (l.length !== 1) l = c; // keep positions aligned
    lowerCache.set(c, l);
  }
  return l;
}

const wordCache = new Map<string, boolean>();
/** Letters and digits are word characters; everything else is a boundary. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let w = wordCache.get(c);
  if (w === undefined) {
    w = /[\p{L}\p{N}]/u.test(c);
    wordCache.set(c, w);
  }
  return w;
}

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** `isWordChar` on a UTF-16 code (NaN, i.e. past the end, is not a word char). */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (Number.isNaN(code)) return false;
  return isWordChar(String.fromCharCode(code));
}

/** Folds a whole text, keeping the offset map. Linear in the text length (one pass, typed arrays). */
export function foldText(text: string): FoldedText {
  const cap = text.length * 2 + 1;
  const normC = new Uint16Array(cap);
  const casedC = new Uint16Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  let k = 0;
  let lastSpace = true; // drop leading spaces
  const emit = (cased: number, i: number): void => {
    if (cased === 32) {
      if (lastSpace) {
        if (k > 0 && (end[k - 1] as number) < i + 1) end[k - 1] = i + 1;
        return;
      }
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    casedC[k] = cased;
    normC[k] = cased >= 65 && cased <= 90 ? cased + 32 : cased < 128 ? cased : lowerChar(String.fromCharCode(cased)).charCodeAt(0);
    start[k] = i;
    end[k] = i + 1;
    k++;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 45 || code === 32 || (code >= 9 && code <= 13)) emit(32, i);
      else if (code === 96) emit(39, i);
      else emit(code, i);
      continue;
    }
    const f = foldUnit(text[i] as string);
    for (let j = 0; j < f.length; j++) emit(f.charCodeAt(j), i);
  }
  return { norm: codesToString(normC, k), cased: codesToString(casedC, k), start: start.subarray(0, k), end: end.subarray(0, k) };
}

/** The folded word that ends right at `end` (exclusive) and where it starts ("" when none). */
export function wordEndingAt(norm: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0 && isWordChar(norm[s - 1])) s--;
  return { word: norm.slice(s, end), start: s };
}

/** Folds an alias or a name: `{ norm, cased }`, trimmed. */
export function foldPhrase(s: string): { norm: string; cased: string } {
  const f = foldText(s);
  let n = f.norm;
  let c = f.cased;
  while (n.endsWith(' ')) {
    n = n.slice(0, -1);
    c = c.slice(0, -1);
  }
  return { norm: n, cased: c };
}

/** The folded key of a phrase (for comparing aliases). */
export function foldKey(s: string): string {
  return foldPhrase(s).norm;
}
