/**
 * Where the settings live: storage.sync, falling back to storage.local when sync fails
 * (disabled, over quota, rate-limited). Once a write to sync has failed, a marker in
 * storage.local keeps every later read and write on local, so the two never disagree.
 * Everything read passes through the lenient schema: a corrupt field is reset on its own,
 * written back repaired, and recorded for the options page to show.
 */
import browser from 'webextension-polyfill';
import { parseStoredSettings, storedForm } from './schema';
import { applyPatch } from './patch';
import type { Settings, SettingsPatch } from './types';

/** storage key of the settings object (in sync, or in local after a fallback). */
export const SETTINGS_KEY = 'settings';
/** storage.local key: 'local' once the settings moved off sync. */
export const BACKEND_KEY = 'settingsBackend';
/** storage.local key of the last repair report (see getResetReport). */
export const RESET_REPORT_KEY = 'settingsResetReport';

/** Which storage area holds the settings on this browser. */
export type StorageAreaName = 'sync' | 'local';

/** What the last repair of corrupt stored settings put back to defaults. */
export interface ResetReport {
  /** Epoch milliseconds of the (latest) repair. */
  at: number;
  /** Paths of the values reset (`noteLanguage`, `labels.figure`, `addedSites[3]`). */
  fields: string[];
}

/** The area settings are currently kept in on this browser. */
export async function getStorageArea(): Promise<StorageAreaName> {
  try {
    const got = await browser.storage.local.get(BACKEND_KEY);
    return got[BACKEND_KEY] === 'local' ? 'local' : 'sync';
  } catch {
    return 'local';
  }
}

async function readRaw(): Promise<{ area: StorageAreaName; value: unknown }> {
  if ((await getStorageArea()) === 'sync') {
    try {
      const got = await browser.storage.sync.get(SETTINGS_KEY);
      return { area: 'sync', value: got[SETTINGS_KEY] };
    } catch {
      // Sync unavailable for reading: fall through to local. The next write sets the marker.
    }
  }
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return { area: 'local', value: got[SETTINGS_KEY] };
}

async function writeRaw(settings: Settings | Record<string, unknown>, area: StorageAreaName): Promise<StorageAreaName> {
  if (area === 'sync') {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
      return 'sync';
    } catch {
      // Quota, rate limit or sync switched off: keep the reader's change rather than lose it.
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: settings, [BACKEND_KEY]: 'local' });
  return 'local';
}

async function recordReset(fields: string[]): Promise<void> {
  const got = await browser.storage.local.get(RESET_REPORT_KEY);
  const prev = got[RESET_REPORT_KEY] as Partial<ResetReport> | undefined;
  const before = Array.isArray(prev?.fields) ? prev.fields.filter((f): f is string => typeof f === 'string') : [];
  const report: ResetReport = { at: Date.now(), fields: [...new Set([...before, ...fields])] };
  await browser.storage.local.set({ [RESET_REPORT_KEY]: report });
}

/**
 * The current settings, always complete and valid. `reset` lists the paths that were corrupt
 * or unknown in storage on this read (they have been put back to defaults, written back, and
 * added to the reset report). Never rejects because of bad stored data.
 */
export async function getSettings(): Promise<{ settings: Settings; reset: string[] }> {
  const { area, value } = await readRaw();
  const parsed = parseStoredSettings(value);
  if (parsed.changed) {
    // Report first: other pages re-read on the repair write and must find the report there.
    // Best effort: a failed repair must not stop the reader from getting settings.
    if (parsed.reset.length > 0) await recordReset(parsed.reset).catch(() => undefined);
    await writeRaw(storedForm(parsed.settings, parsed), area).catch(() => undefined);
  }
  return { settings: parsed.settings, reset: parsed.reset };
}

// Writes from one page are serialised, so two quick clicks never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies `patch` to the stored settings and resolves with the new settings once written
 * (to sync, or to local if sync fails). Rejects only if the patch is invalid or both areas fail.
 */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return enqueue(async () => {
    const { area, value } = await readRaw();
    const parsed = parseStoredSettings(value);
    if (parsed.reset.length > 0) await recordReset(parsed.reset).catch(() => undefined);
    const next = applyPatch(parsed.settings, patch);
    await writeRaw(storedForm(next, parsed), area);
    return next;
  });
}

/** Replaces all settings (after an import that passed `parseSettingsStrict`). */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return enqueue(async () => {
    const { area } = await readRaw();
    const next = applyPatch(settings, {});
    await writeRaw(next, area);
    return next;
  });
}

/**
 * Calls `cb` with the new settings whenever they change in any tab or page (storage.onChanged),
 * so open tabs apply changes at once. Calls arrive in order and only when something changed.
 * Returns a function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let stopped = false;
  let seq = 0;
  let last = '';
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!(SETTINGS_KEY in changes) && !(BACKEND_KEY in changes)) return;
    const mine = ++seq;
    void getSettings()
      .then(({ settings }) => {
        const json = JSON.stringify(settings);
        if (stopped || mine !== seq || json === last) return;
        last = json;
        cb(settings);
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The fields reset by repairs since the reader last dismissed the report, or null. */
export async function getResetReport(): Promise<ResetReport | null> {
  const got = await browser.storage.local.get(RESET_REPORT_KEY);
  const r = got[RESET_REPORT_KEY] as Partial<ResetReport> | undefined;
  if (!r || !Array.isArray(r.fields) || r.fields.length === 0) return null;
  return { at: typeof r.at === 'number' ? r.at : 0, fields: r.fields.filter((f): f is string => typeof f === 'string') };
}

/**
 * Calls `cb` with the reset report whenever it changes (a repair in any tab, or a dismissal).
 * A repair can leave the settings equal to what they were, so watching settings is not enough.
 */
export function watchResetReport(cb: (report: ResetReport | null) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName === 'local' && RESET_REPORT_KEY in changes) void getResetReport().then(cb, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Forgets the reset report (the reader dismissed it). */
export async function clearResetReport(): Promise<void> {
  await browser.storage.local.remove(RESET_REPORT_KEY);
}
