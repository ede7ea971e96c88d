/**
 * The one schema of the stored settings, its version number and its migrations.
 *
 * Two readers share the same field rules:
 *  - `parseStoredSettings` (lenient) reads whatever is in storage: a corrupt value resets THAT
 *    field only (a single label, a single site entry), never the rest, and says which;
 *  - `parseSettingsStrict` (import) refuses the whole file on the first bad value, with the
 *    path of every field at fault, so nothing changes on a bad file.
 *
 * zod/mini keeps this small: the content script imports it on every listed page.
 */
import * as z from 'zod/mini';
import { LABELS, type Label } from '../engine/types';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defaultSettings } from './defaults';
import type { NoteLanguage, Settings } from './types';

// zod probes for `new Function` to compile validators; extension CSP forbids it and the probe
// would log a CSP violation inside host pages. Plain interpretation is fast enough here.
z.config({ jitless: true });

export { SETTINGS_VERSION };

/** A hostname as `URL.hostname` gives it: lowercase, punycode, no port, no IPv6 brackets. */
export const HOSTNAME_RE =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** At most this many entries per site list (storage.sync allows 8 KB per item). */
export const MAX_SITES = 500;

const booleanSchema = z.boolean();
const noteLanguageSchema = z.enum(['auto', 'en', 'fr']);
const versionSchema = z.int().check(z.gte(0));
const hostnameSchema = z.string().check(z.regex(HOSTNAME_RE));

/** The top-level fields of Settings other than `version`, in display order. */
export const SETTINGS_FIELDS = ['enabled', 'labels', 'noteLanguage', 'disabledSites', 'addedSites'] as const;
/** One top-level settings field other than `version`. */
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** What a field at fault should have held; the UI turns it into words. */
export type Expectation =
  | 'object'
  | 'boolean'
  | 'note-language'
  | 'hostname'
  | 'list'
  | 'version'
  | 'newer-version'
  | 'known-field'
  | 'present'
  | 'too-many';

/** One value at fault in an imported file: its path (`labels.figure`, `addedSites[2]`). */
export interface FieldError {
  path: string;
  expected: Expectation;
  /** A short description of what was found (`"yes"`, `a number`, `missing`). */
  got: string;
}

/** Result of reading stored settings leniently. */
export interface ParsedSettings {
  settings: Settings;
  /** Paths of the values that were corrupt or unknown and were put back to their default. */
  reset: string[];
  /** Version the raw value was migrated from, or null when it was already current. */
  migratedFrom: number | null;
  /**
   * True when the stored value should be rewritten (something was reset or migrated). Mere
   * normalisation (order, case, duplicates) does not count, so a rewrite can never loop.
   */
  changed: boolean;
  /**
   * Set when the stored value was written by a newer version of the extension (settings sync
   * between computers): its version and the fields this version does not know. They are not
   * reset; every write keeps them as they are (see `storedForm`).
   */
  newer?: { version: number; fields: Record<string, unknown> };
}

// ---------------------------------------------------------------------------------------------
// Migrations

/** One step from `from` to `from + 1`, on the raw stored object (before field validation). */
export interface Migration {
  from: number;
  /** What changed in this version, for whoever reads the history. */
  note: string;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every layout change since the first stored settings. Version 0 is the unversioned object the
 * first popup switch wrote (`{ enabled }` only); fields missing after migration take defaults.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    note: 'v1: settings carry a version; labels, note language and site lists are added',
    migrate: (raw) => ({ ...raw, version: 1 }),
  },
];

/**
 * Applies the migrations from `raw.version` (missing = 0) up to `target`. Returns the migrated
 * object and the version it started from. A version newer than `target` is left as it is.
 */
export function migrate(
  raw: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): { raw: Record<string, unknown>; from: number } {
  const start = raw.version === undefined ? 0 : versionSchema.safeParse(raw.version).success ? (raw.version as number) : target;
  let out = raw;
  for (let v = start; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    out = step ? step.migrate(out) : { ...out };
    out.version = v + 1;
  }
  return { raw: out, from: start };
}

// ---------------------------------------------------------------------------------------------
// Field rules (shared by both readers)

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe description of a value for error messages. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** Lowercases and trims a hostname and drops a trailing dot; returns null when not a hostname. */
export function normalizeHostname(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const h = v.trim().toLowerCase().replace(/\.$/, '');
  return hostnameSchema.safeParse(h).success ? h : null;
}

type Issue = { path: string; expected: Expectation; got: string };

function readBoolean(v: unknown, path: string, issues: Issue[]): boolean | undefined {
  if (booleanSchema.safeParse(v).success) return v as boolean;
  issues.push({ path, expected: 'boolean', got: describeValue(v) });
  return undefined;
}

function readLabels(v: unknown, issues: Issue[]): Partial<Record<Label, boolean>> | undefined {
  if (!isRecord(v)) {
    issues.push({ path: 'labels', expected: 'object', got: describeValue(v) });
    return undefined;
  }
  const out: Partial<Record<Label, boolean>> = {};
  for (const label of LABELS) {
    const b = readBoolean(v[label], `labels.${label}`, issues);
    if (b !== undefined) out[label] = b;
  }
  for (const key of Object.keys(v)) {
    if (!(LABELS as readonly string[]).includes(key)) {
      issues.push({ path: `labels.${key}`, expected: 'known-field', got: describeValue(v[key]) });
    }
  }
  return out;
}

function readNoteLanguage(v: unknown, issues: Issue[]): NoteLanguage | undefined {
  const r = noteLanguageSchema.safeParse(v);
  if (r.success) return r.data;
  issues.push({ path: 'noteLanguage', expected: 'note-language', got: describeValue(v) });
  return undefined;
}

/** Reads a site list; bad entries are reported one by one, duplicates are dropped silently. */
function readSites(v: unknown, field: 'disabledSites' | 'addedSites', issues: Issue[]): string[] | undefined {
  if (!Array.isArray(v)) {
    issues.push({ path: field, expected: 'list', got: describeValue(v) });
    return undefined;
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    const h = normalizeHostname(item);
    if (h === null) issues.push({ path: `${field}[${i}]`, expected: 'hostname', got: describeValue(item) });
    else if (!out.includes(h)) out.push(h);
  });
  if (out.length > MAX_SITES) {
    issues.push({ path: field, expected: 'too-many', got: `${out.length} entries` });
    return out.slice(0, MAX_SITES);
  }
  return out;
}

/** Reads every field; collects issues instead of throwing. Missing fields are reported as 'present'. */
function readFields(raw: Record<string, unknown>, issues: Issue[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  const missing = (f: string) => issues.push({ path: f, expected: 'present', got: 'missing' });
  if (raw.enabled === undefined) missing('enabled');
  else {
    const b = readBoolean(raw.enabled, 'enabled', issues);
    if (b !== undefined) out.enabled = b;
  }
  if (raw.labels === undefined) missing('labels');
  else {
    const labels = readLabels(raw.labels, issues);
    if (labels) out.labels = { ...DEFAULT_SETTINGS.labels, ...labels };
  }
  if (raw.noteLanguage === undefined) missing('noteLanguage');
  else {
    const lang = readNoteLanguage(raw.noteLanguage, issues);
    if (lang) out.noteLanguage = lang;
  }
  for (const field of ['disabledSites', 'addedSites'] as const) {
    if (raw[field] === undefined) missing(field);
    else {
      const sites = readSites(raw[field], field, issues);
      if (sites) out[field] = sites;
    }
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'version' && !(SETTINGS_FIELDS as readonly string[]).includes(key)) {
      issues.push({ path: key, expected: 'known-field', got: describeValue(raw[key]) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Readers

/**
 * Reads a stored value leniently. Never throws. `undefined` (nothing stored yet) gives the
 * defaults with nothing reported; anything else that is not an object resets every field.
 * Each corrupt or unknown value is reset on its own and its path listed in `reset`; missing
 * fields take their default silently (they are new in a later version, not corrupt).
 */
export function parseStoredSettings(stored: unknown): ParsedSettings {
  if (stored === undefined) {
    return { settings: defaultSettings(), reset: [], migratedFrom: null, changed: false };
  }
  if (!isRecord(stored)) {
    return { settings: defaultSettings(), reset: [...SETTINGS_FIELDS], migratedFrom: null, changed: true };
  }
  const reset: string[] = [];
  let versionCorrupt = false;
  if (stored.version !== undefined && !versionSchema.safeParse(stored.version).success) {
    versionCorrupt = true;
    reset.push('version');
  }
  const newerVersion = !versionCorrupt && typeof stored.version === 'number' && stored.version > SETTINGS_VERSION ? stored.version : null;
  const { raw, from } = migrate(stored);
  const migratedFrom = !versionCorrupt && from < SETTINGS_VERSION ? from : null;
  const issues: Issue[] = [];
  const fields = readFields(raw, issues);
  for (const issue of issues) {
    // A newer version's own fields are not corrupt: they are kept, not reset.
    if (issue.expected === 'present' || (newerVersion !== null && issue.expected === 'known-field')) continue;
    reset.push(issue.path);
  }
  const settings: Settings = { ...defaultSettings(), ...fields, version: SETTINGS_VERSION };
  const parsed: ParsedSettings = { settings, reset, migratedFrom, changed: reset.length > 0 || migratedFrom !== null };
  if (newerVersion !== null) {
    const unknown = Object.keys(stored).filter((k) => k !== 'version' && !(SETTINGS_FIELDS as readonly string[]).includes(k));
    parsed.newer = { version: newerVersion, fields: Object.fromEntries(unknown.map((k) => [k, stored[k]])) };
  }
  return parsed;
}

/**
 * What to store for `settings`: the settings themselves, or — when the stored value came from a
 * newer version — the settings with that version's number and its unknown fields kept, so a
 * write from this version loses nothing that version wrote.
 */
export function storedForm(settings: Settings, parsed: Pick<ParsedSettings, 'newer'>): Record<string, unknown> {
  if (!parsed.newer) return settings as unknown as Record<string, unknown>;
  return { ...parsed.newer.fields, ...settings, version: parsed.newer.version };
}

/**
 * Reads an imported settings object strictly: every field must be valid, no unknown field, a
 * version this build knows. A file of the current version must hold every field; one of an
 * older version is migrated first and fields added since take their defaults. On any fault
 * returns every error found and no settings.
 */
export function parseSettingsStrict(raw: unknown): { ok: true; settings: Settings } | { ok: false; errors: FieldError[] } {
  if (!isRecord(raw)) return { ok: false, errors: [{ path: 'settings', expected: 'object', got: describeValue(raw) }] };
  if (raw.version !== undefined && !versionSchema.safeParse(raw.version).success) {
    return { ok: false, errors: [{ path: 'version', expected: 'version', got: describeValue(raw.version) }] };
  }
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return { ok: false, errors: [{ path: 'version', expected: 'newer-version', got: String(raw.version) }] };
  }
  const { raw: migrated, from } = migrate(raw);
  const found: Issue[] = [];
  const fields = readFields(migrated, found);
  const issues = from < SETTINGS_VERSION ? found.filter((i) => i.expected !== 'present') : found;
  if (issues.length > 0) return { ok: false, errors: issues };
  return { ok: true, settings: { ...defaultSettings(), ...fields, version: SETTINGS_VERSION } };
}
