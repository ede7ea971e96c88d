/** Small text helpers shared by the detectors. Pure and linear. */

const QUOTE_SINGLE = /[’‘ʼ`´]/g;
const QUOTE_DOUBLE = /[“”«»„‟]/g;
const SPACES = /[\u00a0\u202f\u2009\u2007\u200a]/g;

/**
 * Lower-cases `s` and folds quotes and no-break spaces, keeping the length (offsets into the
 * result are offsets into `s`). Characters whose lower case is longer (e.g. "İ") are kept.
 */
export function normalize(s: string): string {
  let low = s.toLowerCase();
  if (low.length !== s.length) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      const l = c.toLowerCase();
      out += l.length === 1 ? l : c;
    }
    low = out;
  }
  return low.replace(QUOTE_SINGLE, "'").replace(QUOTE_DOUBLE, '"').replace(SPACES, ' ');
}

/** Alternation of fragments, longest first (so that longer phrases win at the same start). */
export function alternation(fragments: readonly string[]): string {
  // An empty list must match nothing (an empty alternation would match everywhere).
  if (!fragments.length) return '(?!)';
  return [...new Set(fragments)].sort((a, b) => b.length - a.length).join('|');
}

/** A global regex matching any fragment as whole words. */
export function wordRegex(fragments: readonly string[], flags = 'gu'): RegExp {
  if (!fragments.length) return /(?!)/gu;
  // A fragment ending in an apostrophe ("tenir d'") is glued to the next word.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(fragments)})(?:(?<=')|(?![\\p{L}\\p{N}]))`, flags);
}

/** Same, anchored at the start of the input (after optional spaces). */
export function startRegex(fragments: readonly string[]): RegExp {
  if (!fragments.length) return /(?!)/u;
  return new RegExp(`^\\s*(?:${alternation(fragments)})(?![\\p{L}\\p{N}])`, 'u');
}

/** Same, anchored at the end of the input (before optional spaces). */
export function endRegex(fragments: readonly string[]): RegExp {
  if (!fragments.length) return /(?!)/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(fragments)})\\s*$`, 'u');
}

/** Every match of a global regex, as [start, end, text]. */
export function allMatches(re: RegExp, s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m.index + m[0].length, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** True for Unicode letters. */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{M}]/u.test(c);
}

/** Collapses white space for display. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
