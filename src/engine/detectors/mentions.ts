/**
 * Actor mentions: one pass of the compiled actor alternation over the normalised article
 * finds every party, analyst, source word, country, pronoun and document noun, with its kind.
 * The other detectors then only look up mentions inside small spans.
 */
import type { Compiled, FeatCat, MentionKind } from '../lexicon/index.ts';
import { FEAT_CATS } from '../lexicon/index.ts';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
}

export interface Span {
  start: number;
  end: number;
}

/** Actor mentions and word-list features of a text (or of one sentence, rebased). */
export interface Features {
  /** Leftmost-longest, non-overlapping. */
  mentions: Mention[];
  /** Per feature kind: matches in order (one per start, the longest). */
  spans: Record<FeatCat, Span[]>;
}

export function emptySpans(): Record<FeatCat, Span[]> {
  const r = {} as Record<FeatCat, Span[]>;
  for (const k of FEAT_CATS) r[k] = [];
  return r;
}

/** One pass over the normalised text: every actor mention and word-list feature. Linear. */
export function scanFeatures(norm: string, c: Compiled): Features {
  const all = c.features.all(norm);
  const mentions: Mention[] = [];
  const spans = emptySpans();
  let mentionEnd = -1;
  let lastStart = -1;
  const seen = new Set<FeatCat>();
  for (const m of all) {
    if (m.start !== lastStart) {
      seen.clear();
      lastStart = m.start;
    }
    const v = m.value;
    if (v.cat === 'mention') {
      // At one start the longest comes first: keep it unless inside the previous mention.
      if (m.start >= mentionEnd) {
        mentions.push({ start: m.start, end: m.end, kind: v.kind });
        mentionEnd = m.end;
      }
    } else if (!seen.has(v.cat)) {
      seen.add(v.cat);
      spans[v.cat].push({ start: m.start, end: m.end });
    }
  }
  return { mentions, spans };
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
  /\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \u00a0]+(?:(?:de|da|ag|ould|ben|bin|al|el|van|von|der|du|dos|di|ibn|bint|wa)[ \u00a0]+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*)+/gu;

/** Capitalised words that start a sentence or a title rather than a name. */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'According', 'But', 'And', 'After', 'Before', 'When',
  'While', 'Since', 'Despite', 'During', 'Last', 'This', 'That', 'These', 'Those', 'Its', 'Their',
  'His', 'Her', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Selon', 'Pour', 'Dans', 'Depuis', 'Après',
  'Avant', 'Au', 'Aux', 'Du', 'De', 'Ce', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs',
  'President', 'Président', 'Gen', 'Capt', 'Col', 'General', 'Général', 'Colonel', 'Captain', 'Capitaine',
  'Lt', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Minister', 'Ministre', 'Army', 'Lake', 'Radio', 'Operation',
  'It', 'He', 'She', 'They', 'We', 'Il', 'Elle', 'Ils', 'Elles', 'Jeudi', 'Lundi', 'Mardi', 'Mercredi', 'Vendredi',
  'Samedi', 'Dimanche', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Officially',
  'Meanwhile', 'However', 'Residents', 'Survivors', 'Witnesses', 'Officials', 'Analysts', 'Sur', 'Côté', 'Quelques',
  // Points of the compass before a region's adjective ("West African", "North African").
  'West', 'East', 'North', 'South', 'Central', 'Western', 'Eastern', 'Northern', 'Southern',
]);

/** Person-name candidates in `text` (original case). Titles at the start are dropped. */
export function findNames(text: string): PersonName[] {
  const out: PersonName[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    // Word start (checked here: a leading lookbehind would slow the scan down).
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1] as string)) continue;
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
