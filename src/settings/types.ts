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

/**
 * A partial change to the settings, as `updateSettings` accepts it: any top-level field,
 * and single labels (`{ labels: { figure: false } }` leaves the other labels alone).
 * `version` is managed by the storage layer and cannot be patched.
 */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'labels'>> & {
  labels?: Partial<Record<Label, boolean>>;
};
