/**
 * A newsroom naming itself. The outlet that reached, interviewed or cross-checked the article's
 * sources (« les sources jointes par RFI », « un bilan recoupé par RFI », "officials contacted by
 * Studio Tamani") is the newsroom writing, or the one whose copy is syndicated; the reader needs no
 * note on it there. Elsewhere ("RFI reported…", « selon RFI ») the same name is a source cited.
 * Pure: works on folded text (src/context/normalize.ts).
 */
import { wordEndingAt } from './normalize';

/** Participles of reaching and checking, folded ("jointes", "recoupe", "contacted"). */
const REACHED = new Set(
  (
    'joint jointe joints jointes contacte contactee contactes contactees interroge interrogee interroges interrogees ' +
    'recoupe recoupee recoupes recoupees sollicite sollicitee sollicites sollicitees ' +
    'contacted reached interviewed'
  ).split(' '),
);

/** Folded determiners that may stand between "par"/"by" and the name. */
const DETERMINERS = ["l'", 'le ', 'la ', 'les ', 'the '];

/** True when the name at folded position `s` follows "<reached> par|by [determiner]". */
export function isReachedBy(norm: string, s: number): boolean {
  let p = s;
  for (const d of DETERMINERS) {
    if (norm.startsWith(d, p - d.length)) {
      p -= d.length;
      break;
    }
  }
  if (norm[p - 1] !== ' ') return false;
  const by = wordEndingAt(norm, p - 1);
  if (by.word !== 'par' && by.word !== 'by') return false;
  if (norm[by.start - 1] !== ' ') return false;
  return REACHED.has(wordEndingAt(norm, by.start - 1).word);
}
