/**
 * Readers' corrections in storage.local, one key per correction (`correction:<id>`), so two
 * tabs saving at once never overwrite each other's list. Nothing here sends anything anywhere:
 * the options page exports a file the reader chooses to share.
 */
import browser from 'webextension-polyfill';
import { makeCorrection, parseStoredCorrection, type Correction, type CorrectionDraft } from './model';

/** Prefix of every correction's storage.local key. */
export const CORRECTION_PREFIX = 'correction:';

/** Most corrections kept; saving more is refused (the reader exports and clears first). */
export const MAX_CORRECTIONS = 5000;

export function correctionKey(id: string): string {
  return CORRECTION_PREFIX + id;
}

/** Every stored correction, oldest first. Malformed entries are skipped (and left alone). */
export async function listCorrections(): Promise<Correction[]> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const out: Correction[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(CORRECTION_PREFIX)) continue;
    const c = parseStoredCorrection(value);
    if (c) out.push(c);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Stores a correction made from a draft and returns it. Rejects when the store is full. */
export async function saveCorrection(draft: CorrectionDraft, now: Date = new Date()): Promise<Correction> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const count = Object.keys(all).filter((k) => k.startsWith(CORRECTION_PREFIX)).length;
  if (count >= MAX_CORRECTIONS) throw new Error(`already ${count} corrections stored: export and delete some first`);
  const c = makeCorrection(draft, now);
  await browser.storage.local.set({ [correctionKey(c.id)]: c });
  return c;
}

/** Deletes the given corrections. */
export async function deleteCorrections(ids: readonly string[]): Promise<void> {
  if (ids.length) await browser.storage.local.remove(ids.map(correctionKey));
}

/** Deletes every stored correction (and only those). */
export async function clearCorrections(): Promise<void> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const keys = Object.keys(all).filter((k) => k.startsWith(CORRECTION_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}

/** Calls `cb` whenever a correction is added or deleted (any tab). Returns a function that stops watching. */
export function watchCorrections(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(CORRECTION_PREFIX))) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
