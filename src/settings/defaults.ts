/**
 * The settings a new reader starts with. Every field of `Settings` has a default here, so a
 * missing or corrupt field can always be put back on its own (see ./schema.ts).
 */
import type { Settings } from './types';

/** The current version of the stored settings layout; bumped with each migration in ./schema.ts. */
export const SETTINGS_VERSION = 1;

/** Defaults: on everywhere on the list, every kind of note shown, notes in the article's language. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  labels: Object.freeze({ unverified: true, 'party-claim': true, figure: true, analyst: true }),
  noteLanguage: 'auto',
  disabledSites: Object.freeze([]) as unknown as string[],
  addedSites: Object.freeze([]) as unknown as string[],
}) as Readonly<Settings>;

/** A fresh, mutable copy of the defaults (safe to change). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: DEFAULT_SETTINGS.enabled,
    labels: { ...DEFAULT_SETTINGS.labels },
    noteLanguage: DEFAULT_SETTINGS.noteLanguage,
    disabledSites: [],
    addedSites: [],
  };
}
