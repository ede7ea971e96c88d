/**
 * Actor mentions: one pass of the compiled actor alternation over the normalised article
 * finds every party, analyst, source word, country, pronoun and document noun, with its kind.
 * The other detectors then only look up mentions inside small spans.
 */
import type { Compiled, MentionKind } from '../lexicon/index.ts';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
}

/** All actor mentions in `norm` (normalised text), in order. Linear in the text length. */
export function findMentions(norm: string, c: Compiled): Mention[] {
  const out: Mention[] = [];
  const re = c.mentionRe;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    // Which group matched: the kinds array is parallel to the groups.
    let k = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        k = g - 1;
        break;
      }
    }
    const kind = c.kinds[k];
    if (kind) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  re.lastIndex = 0;
  return out;
}

export interface PersonName {
  start: number;
  end: number;
  text: string;
  /** Last word, lower-cased: "lyammouri". */
  surname: string;
}

/**
 * Capitalised word sequences of two words or more ("Rida Lyammouri", "Ag Ghaly", "Awa
 * Sidibé"), on the original text. Linear: words are separated by required spaces.
 */
const NAME =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \u00a0]+(?:(?:de|da|ag|ould|ben|bin|al|el|van|von|der|du|dos|di|ibn|bint|wa)[ \u00a0]+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*)+/gu;

/** Capitalised words that start a sentence or a title rather than a name. */
const NOT_NAME_START = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'According', 'But', 'And', 'After', 'Before', 'When',
  'While', 'Since', 'Despite', 'During', 'Last', 'This', 'That', 'These', 'Those', 'Its', 'Their',
  'His', 'Her', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Selon', 'Pour', 'Dans', 'Depuis', 'Après',
  'Avant', 'Au', 'Aux', 'Du', 'De', 'Ce', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs',
  'President', 'Président', 'Gen', 'Capt', 'Col', 'General', 'Général', 'Colonel', 'Captain', 'Capitaine',
  'Lt', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Minister', 'Ministre', 'Army', 'Lake', 'Radio', 'Operation',
]);

/** Person-name candidates in `text` (original case). Titles at the start are dropped. */
export function findNames(text: string): PersonName[] {
  const out: PersonName[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    let start = m.index;
    let s = m[0];
    // Drop leading sentence words and titles ("According", "President").
    for (;;) {
      const sp = s.search(/[ \u00a0]/);
      if (sp < 0) break;
      const first = s.slice(0, sp);
      if (!NOT_NAME_START.has(first)) break;
      const rest = s.slice(sp).replace(/^[ \u00a0]+/, '');
      start += s.length - rest.length;
      s = rest;
    }
    if (!/[ \u00a0]/.test(s)) continue;
    const words = s.split(/[ \u00a0]+/);
    out.push({ start, end: start + s.length, text: s, surname: (words[words.length - 1] ?? '').toLowerCase() });
  }
  NAME.lastIndex = 0;
  return out;
}
