/**
 * Transliteration variants of a place's or person's name, derived so that no entry has to list
 * them: French and English spellings of Tamasheq, Fulfulde, Hausa or Arabic names differ in the
 * same few ways. In the capitalised words of a name (folded, case kept: src/context/normalize.ts):
 *
 * - a Mande or Fula prefix's apostrophe dropped: "N'Djamena" → "Ndjamena", "M'Bera" → "Mbera";
 * - "ou" before a vowel written "w": "Tinzaouaten" → "Tinzawaten", "Ghazouani" → "Ghazwani";
 * - "dj" written "j": "Djibo" → "Jibo";
 * - a doubled consonant written once: "Tillaberi" → "Tilaberi", "Mberra" → "Mbera";
 * - in a long word, a final "i" after a consonant written "y", and back: "Tillaberi" ⇄ "Tillabery".
 *
 * Each rule is applied alone and all together. Lower-case words ("camp", « région de ») are left
 * as they are; the name itself is not returned.
 */

const RULES: ((w: string) => string)[] = [
  (w) => w.replace(/^([mn])'(?=\p{L})/u, '$1'),
  (w) => w.replace(/ou(?=[aeio])/g, 'w'),
  (w) => w.replace(/dj/g, 'j'),
  (w) => w.replace(/([b-df-hj-np-tv-z])\1/g, '$1'),
  (w) => w.replace(/(?<=^\p{L}{5,}[b-df-hj-np-tv-z])[iy]$/u, (c) => (c === 'i' ? 'y' : 'i')),
];

/** Applies `rule` to the capitalised words of a cased folded name; returns it folded to lower case. */
function apply(cased: string, rule: (w: string) => string): string {
  return cased
    .split(' ')
    .map((w) => (w !== '' && w[0] !== w[0]?.toLowerCase() ? rule(w.toLowerCase()) : w.toLowerCase()))
    .join(' ');
}

/** The other spellings of a name, folded to lower case (none when no rule applies). */
export function spellingVariants(cased: string): string[] {
  const out = new Set<string>();
  for (const rule of RULES) out.add(apply(cased, rule));
  out.add(apply(cased, (w) => RULES.reduce((x, rule) => rule(x), w)));
  out.delete(cased.toLowerCase());
  return [...out].filter((v) => v.replace(/[^\p{L}]/gu, '').length >= 4);
}
