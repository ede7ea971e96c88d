/**
 * Titles before a person's name ("General Goïta", « le colonel Goïta », "Capt. Traoré", « M.
 * Bazoum »). The linker derives each person entry's surname from its names and links it after
 * one of these words, so no entry has to list its titled forms. Pure; works on folded text
 * (src/context/normalize.ts): lower case, no accents.
 */
import { isWordChar, wordEndingAt } from './normalize';

/** Title words, folded; abbreviations without their full stop ("gen" for "Gen."). */
const TITLES: ReadonlySet<string> = new Set(
  (
    'president presidente general gen colonel col lieutenant lt major maj brigadier brig captain capt capitaine ' +
    'commander cmdr commandant marshal marechal sergeant sgt sergent adjudant minister ministre premier ' +
    'mr mrs ms m mme mlle dr prof professor professeur sheikh cheikh imam emir sultan ' +
    'king roi queen reine prince'
  ).split(' '),
);

/** True when a title word stands right before folded position `s` ("general goita", "gen. goita"). */
export function titleBefore(norm: string, s: number): boolean {
  if (s < 2 || norm[s - 1] !== ' ') return false;
  // "gen. goita": an abbreviation's full stop before the space.
  const end = norm[s - 2] === '.' ? s - 2 : s - 1;
  return TITLES.has(wordEndingAt(norm, end).word);
}

/**
 * Where a folded name starts once its leading titles and determiners are taken off:
 * "le colonel goita" → 11 ("goita"); 0 when there is no title (the name is not titled).
 */
export function afterTitles(norm: string): number {
  let at = 0;
  let titled = false;
  for (;;) {
    let e = at;
    while (e < norm.length && isWordChar(norm[e])) e++;
    const word = norm.slice(at, e);
    if (norm[e] === '.') e++;
    if (norm[e] !== ' ' || e + 1 >= norm.length) break;
    if (TITLES.has(word)) titled = true;
    else if (word !== 'le' && word !== 'la' && word !== 'the') break;
    at = e + 1;
  }
  return titled ? at : 0;
}

/** The surname of a person's name of two words or more: its last word ("Assimi Goïta" → "Goïta"). */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && last !== undefined && last.length >= 3 ? last : undefined;
}
