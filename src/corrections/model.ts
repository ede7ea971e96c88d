/**
 * A reader's correction of a note, as stored and exported. Pure: no browser API, so the
 * content script, the check page, the options page and the CLI share it.
 *
 * Two kinds: 'wrong' — the reader says a card's labels are wrong and gives the right ones
 * (possibly none); 'missing' — the reader says an unmarked sentence needs a note, with labels.
 */
import { LABELS, type Label, type Lang } from '../engine/types';

export type CorrectionKind = 'wrong' | 'missing';

/** One correction. */
export interface Correction {
  /** Unique within the store ("<epoch ms>-<random>"). */
  id: string;
  kind: CorrectionKind;
  /** The sentence as the engine read it. */
  sentence: string;
  /** The labels the reader chose (may be empty for 'wrong': "no note at all"). */
  labels: Label[];
  /** The labels the engine gave (empty for 'missing'). */
  engineLabels: Label[];
  language: Lang;
  /** The page the sentence came from; null for text pasted or dropped on the check page. */
  url: string | null;
  /** ISO 8601 date and time of the correction. */
  date: string;
}

/** What a card or the check page hands over; id and date are added when it is stored. */
export type CorrectionDraft = Omit<Correction, 'id' | 'date'>;

/** Labels in the canonical order, without duplicates or unknown values. */
export function cleanLabels(labels: readonly unknown[]): Label[] {
  return LABELS.filter((l) => labels.includes(l));
}

export function isLabel(v: unknown): v is Label {
  return typeof v === 'string' && (LABELS as readonly string[]).includes(v);
}

/** Page URLs are kept without their fragment and only for http(s); anything else becomes null. */
export function cleanUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** A full correction from a draft; `now` and `random` are injectable for tests. */
export function makeCorrection(draft: CorrectionDraft, now: Date = new Date(), random: () => number = Math.random): Correction {
  return {
    id: `${now.getTime()}-${Math.floor(random() * 1e9).toString(36)}`,
    kind: draft.kind,
    sentence: draft.sentence.replace(/\s+/g, ' ').trim(),
    labels: cleanLabels(draft.labels),
    engineLabels: cleanLabels(draft.engineLabels),
    language: draft.language === 'fr' ? 'fr' : 'en',
    url: cleanUrl(draft.url),
    date: now.toISOString(),
  };
}

/** A stored value back into a Correction; null when it is not one (it is then ignored, not deleted). */
export function parseStoredCorrection(raw: unknown): Correction | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || (r.kind !== 'wrong' && r.kind !== 'missing')) return null;
  if (typeof r.sentence !== 'string' || !r.sentence.trim()) return null;
  if (!Array.isArray(r.labels) || !Array.isArray(r.engineLabels)) return null;
  if (r.language !== 'en' && r.language !== 'fr') return null;
  if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date))) return null;
  return {
    id: r.id,
    kind: r.kind,
    sentence: r.sentence,
    labels: cleanLabels(r.labels),
    engineLabels: cleanLabels(r.engineLabels),
    language: r.language,
    url: typeof r.url === 'string' ? cleanUrl(r.url) : null,
    date: r.date,
  };
}

/** A draft is worth storing: a sentence, and for 'missing' at least one label; 'wrong' must change something. */
export function draftProblem(draft: CorrectionDraft): 'empty-sentence' | 'no-label' | 'unchanged' | null {
  if (!draft.sentence.trim()) return 'empty-sentence';
  const chosen = cleanLabels(draft.labels);
  if (draft.kind === 'missing' && chosen.length === 0) return 'no-label';
  if (draft.kind === 'wrong' && chosen.join() === cleanLabels(draft.engineLabels).join()) return 'unchanged';
  return null;
}
