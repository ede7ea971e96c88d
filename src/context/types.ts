/** The context pack's data contract. Pure data. Validated by ./schema.ts. */

export type EntryKind =
  | 'armed-group'
  | 'state-force'
  | 'foreign-force'
  | 'government'
  | 'person'
  | 'organisation'
  | 'place'
  | 'event'
  | 'source'
  | 'guide';

export interface ContextLink {
  title: string;
  /** https only. */
  url: string;
}

export interface ContextEntry {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: { en: string[]; fr: string[] };
  description: { en: string; fr: string };
  links: ContextLink[];
  related: string[];
  /** ISO date, YYYY-MM-DD. */
  reviewed: string;
  /** A party to the conflict (armies, juntas, armed groups, foreign forces in the conflict). */
  party?: boolean;
}

export interface ContextPack {
  version: string;
  entries: ContextEntry[];
}
