/**
 * The claim engine's data contract. Pure data: no DOM, no browser API.
 * Offsets are UTF-16 code-unit offsets into `ArticleText.text`.
 */

export type Label = 'unverified' | 'party-claim' | 'figure' | 'analyst';
export const LABELS: readonly Label[] = ['unverified', 'party-claim', 'figure', 'analyst'];

export type Lang = 'en' | 'fr';

/** A paragraph-like block of the article: `text.slice(start, end)`. */
export interface ArticleBlock {
  start: number;
  end: number;
  /** 'p' paragraph, 'h' heading, 'li' list item, 'quote' blockquote, 'caption'. */
  kind: 'p' | 'h' | 'li' | 'quote' | 'caption';
}

/** The article as the page layer (or a .txt reader) hands it to the engine. */
export interface ArticleText {
  title?: string;
  /** Blocks joined by "\n\n". */
  text: string;
  blocks: ArticleBlock[];
  /** `<html lang>` or similar, if known. */
  langHint?: string;
  url?: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block the sentence belongs to. */
  block: number;
}

export interface Link {
  title: string;
  url: string;
}

/** Who a claim rests on. */
export interface Source {
  kind: 'party' | 'analyst' | 'other';
  /** Normalised name: "Malian army", "FLA", "JNIM", "Human Rights Watch"… */
  name: string;
  /** The name shown to readers when notes are in French, from the context pack (« Armée algérienne »). */
  label?: string;
  /** Person quoted, if any ("Rida Lyammouri"). */
  person?: string;
  /** Context-pack entry id, when the source resolves to one. */
  entityId?: string;
  /** The words that attribute the sentence ("according to a statement released by"). */
  cue?: string;
  /** True when the attribution was carried over from an earlier sentence. */
  carried?: boolean;
}

export interface Figure {
  /** The number as written ("roughly 2,000", « une vingtaine »). */
  text: string;
  start: number;
  end: number;
  /** Numeric value where one can be given (lower bound for "dozens"). */
  value?: number;
  approximate: boolean;
  /** What it counts ("fighters killed", "trucks seized"), if found. */
  counts?: string;
  /** Who gives it (normalised source name), if known. */
  givenBy?: string;
}

export interface Claim {
  /** Stable within one result: "c<index of sentence>". */
  id: string;
  start: number;
  end: number;
  text: string;
  labels: Label[];
  source?: Source;
  figures: Figure[];
  /** Id of the disclaimer claim that covers this sentence (unverified). */
  coveredBy?: string;
  /** For a disclaimer: ids of the claims it covers. */
  covers?: string[];
  /** Claims by a different party about the same event. */
  conflictsWith: string[];
  /** Plain-language reason, in the note language. */
  explanation: string;
  /** Context links (party entry, monitors, analyst org, verification advice). */
  links: Link[];
  /** Context entry ids mentioned in or relevant to this sentence. */
  entityIds: string[];
}

export interface LinkedEntity {
  id: string;
  name: string;
  kind: string;
  mentions: { start: number; end: number }[];
}

export interface Annotations {
  language: Lang;
  /** Language of the explanations. */
  noteLanguage: Lang;
  aboutSahel: boolean;
  topicScore: number;
  topicReasons: string[];
  sentences: Sentence[];
  /** Flagged sentences only, in document order. Empty when `aboutSahel` is false. */
  claims: Claim[];
  entities: LinkedEntity[];
}

export interface AnnotateOptions {
  /** Language of the explanations; default: the article's. */
  noteLanguage?: Lang | 'auto';
  /** Annotate even when the topic gate says no (the popup's "Annotate this page"). */
  force?: boolean;
}
