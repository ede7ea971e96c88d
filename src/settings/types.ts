import type { Label } from '../engine/types';

/** Note language: follow the article, or always English / French. */
export type NoteLanguage = 'auto' | 'en' | 'fr';

/** Everything the reader can set. Stored in storage.sync, validated by ./schema.ts. */
export interface Settings {
  version: number;
  /** Global on/off. */
  enabled: boolean;
  /** Which kinds of notes to show. */
  labels: Record<Label, boolean>;
  noteLanguage: NoteLanguage;
  /** Hostnames (e.g. "www.lemonde.fr") where the reader switched Sahel Lens off. */
  disabledSites: string[];
  /** Hostnames the reader added beyond the built-in outlet list (optional host permissions granted). */
  addedSites: string[];
}
