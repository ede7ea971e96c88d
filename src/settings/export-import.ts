/**
 * Settings to and from a JSON file. Pure: the options page does the file and storage work.
 * An import either yields complete, valid settings or a precise error and nothing else, so a
 * bad file can never change what is stored.
 */
import { parseSettingsStrict, type FieldError } from './schema';
import { describeJsonFileError, readJsonText, type JsonFileError } from './json-file';
import type { Settings } from './types';

/** Marks a file as ours: `{ app, kind, exportedAt, settings }`. */
export const EXPORT_APP = 'sahel-lens';
/** Tells a settings file from other Sahel Lens files (context packs). */
export const EXPORT_KIND = 'settings';
/** Files above this size are refused before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The exported file's content. */
export interface SettingsFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  /** ISO date-time of the export. */
  exportedAt: string;
  settings: Settings;
}

/** Why an import was refused; `describeImportError` words it, the options page localises it. */
export type ImportError =
  | JsonFileError
  /** JSON, but not a Sahel Lens settings file (`looksLike` names what it seems to be). */
  | { kind: 'not-settings'; looksLike: 'context-pack' | 'other-app' | 'unknown' }
  /** A settings file with values at fault: every one of them, with its path. */
  | { kind: 'fields'; errors: FieldError[] };

/** Complete valid settings, or the reason the file was refused. */
export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

/** The settings as the text of a JSON file (pretty-printed, stable field order). */
export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for an export made at `now`: `sahel-lens-settings-YYYY-MM-DD.json`. */
export function exportFileName(now: Date = new Date()): string {
  return `sahel-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the text of an imported file. Accepts our export (`{ app: "sahel-lens", kind:
 * "settings", settings }`) or a bare settings object with a `version`. Never throws.
 */
export function importSettings(text: string): ImportResult {
  const read = readJsonText(text, MAX_IMPORT_BYTES);
  if (!read.ok) return read;
  const raw = read.value;
  if (!isRecord(raw)) return { ok: false, error: { kind: 'not-settings', looksLike: 'unknown' } };
  let settings: unknown;
  if ('app' in raw || 'kind' in raw) {
    if (raw.app !== EXPORT_APP) return { ok: false, error: { kind: 'not-settings', looksLike: 'other-app' } };
    if (raw.kind !== EXPORT_KIND) {
      return { ok: false, error: { kind: 'not-settings', looksLike: Array.isArray(raw.entries) ? 'context-pack' : 'unknown' } };
    }
    settings = raw.settings;
  } else if (Array.isArray(raw.entries)) {
    return { ok: false, error: { kind: 'not-settings', looksLike: 'context-pack' } };
  } else if ('version' in raw) {
    settings = raw;
  } else {
    return { ok: false, error: { kind: 'not-settings', looksLike: 'unknown' } };
  }
  const parsed = parseSettingsStrict(settings);
  return parsed.ok ? parsed : { ok: false, error: { kind: 'fields', errors: parsed.errors } };
}

const EXPECTED_EN: Record<FieldError['expected'], string> = {
  object: 'an object',
  boolean: 'true or false',
  'note-language': '"auto", "en" or "fr"',
  hostname: 'a host name such as "www.example.org"',
  list: 'a list',
  version: 'a whole number',
  'newer-version': 'a version this copy of Sahel Lens knows (update the extension)',
  'known-field': 'no such setting',
  present: 'this setting to be present',
  'too-many': 'at most 500 entries',
};

/** One field error in plain English: `labels.figure: expected true or false, found "yes"`. */
export function describeFieldError(e: FieldError): string {
  if (e.expected === 'known-field') return `${e.path}: unknown setting`;
  return `${e.path}: expected ${EXPECTED_EN[e.expected]}, found ${e.got}`;
}

/** The whole import error in plain English (the options page shows a localised version). */
export function describeImportError(error: ImportError): string {
  switch (error.kind) {
    case 'empty':
    case 'too-large':
    case 'json':
      return describeJsonFileError(error);
    case 'not-settings':
      return error.looksLike === 'context-pack'
        ? 'This is a context pack, not a settings file: import it under “Custom context pack”.'
        : 'This is not a Sahel Lens settings file.';
    case 'fields':
      return `The settings file has ${error.errors.length} value(s) at fault: ${error.errors.map(describeFieldError).join('; ')}.`;
  }
}
