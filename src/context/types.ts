/** The context pack's data contract. Pure data. Validated by ./schema.ts. */
import type { Label } from '../engine/types';

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
  | 'guide'
  /** Weapons systems and their suppliers (Turkish drones). */
  | 'equipment';

export interface ContextLink {
  title: string;
  /** https only. */
  url: string;
  /** Language of the linked page, when known; notes prefer links in the reader's language. */
  lang?: 'en' | 'fr';
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

  // ---- optional extensions (all default to "absent") ----

  /** Name shown to readers in each language, when it differs from `name`. Required for guides. */
  displayName?: { en?: string; fr?: string };
  /**
   * false: the entry exists so that sources can be normalised and linked (countries,
   * governments, ministries, state media), but an article's reader needs no note on it; it is
   * left out of `findMentions` results unless asked for. Default true.
   */
  salient?: boolean;
  /** Ids of the country entries the entry belongs to (used to resolve "the army" and the like). */
  country?: string[];
  /**
   * References such as "the army", « l'armée » that mean this entry only in an article mainly
   * about one of its `country` ids. Several entries may share one; where several are tied to
   * that country, the one the article also names, or the one related to a place it names, is
   * meant ("Islamic State" near Diffa). They never count as aliases.
   */
  genericAliases?: string[];
  /** Aliases matched only with the case written here (or all capitals): "The Sentry", "Amnesty". */
  caseSensitive?: string[];
  /** Aliases that are also a given name ("Chad"): not linked when followed by a capitalised name. */
  asFirstName?: string[];
  /** Aliases that are also a surname ("Wagner", "Moura"): not linked after a capitalised given name. */
  asSurname?: string[];
  /**
   * For capitals: the government the name stands for when used as an actor ("Bamako denies",
   * « entre Bamako et les rebelles », "For Bamako, …"), i.e. at the start of a clause or after
   * and/et, que, entre/between, for/pour, selon; elsewhere ("in Bamako") it is the city.
   */
  metonymFor?: string;
  /**
   * For sources and guides: the claim labels they help with ("figure" → where independent
   * counts are kept; "unverified" → verification advice and fact-checkers; "party-claim" →
   * monitors of incidents).
   */
  labels?: Label[];
  /** For parties: ids of the sources that monitor their incidents; default: sources labelled "party-claim". */
  trackedBy?: string[];
}

export interface ContextPack {
  version: string;
  entries: ContextEntry[];
  /**
   * Phrases that contain an alias but mean something else ("Niger Delta", "Festival sur le
   * Niger"): matched like aliases so that they hide the shorter alias, and linked to nothing.
   */
  stopPhrases?: string[];
}
