/**
 * The reader's or newsroom's own context pack, kept in storage.local (packs are too big for
 * sync): reading, watching and removing it. Same schema as the built-in pack; its entries are
 * added to, or override, the built-in ones where the content script merges them.
 *
 * This module stays light on purpose — the content script imports it on every listed page — so
 * by default it checks only the stored shape; the full validation (zod, the context schema)
 * runs once, at import, in ./custom-pack-import.ts. Pass a validator to re-validate on read.
 */
import browser from 'webextension-polyfill';
import type { ContextPack } from '../context/types';
import type { PackValidation } from '../context/schema';

/** storage.local key of the custom pack. */
export const CUSTOM_PACK_KEY = 'customPack';

/** What is stored. */
export interface StoredCustomPack {
  pack: ContextPack;
  /** Epoch milliseconds. */
  importedAt: number;
  fileName: string | null;
}

/** A function that validates a raw (parsed JSON) pack; never throws. */
export type PackValidator = (raw: unknown) => PackValidation;

/** The cheap default check: `{ version: string, entries: object[] }`. */
export const checkPackShape: PackValidator = (raw) => {
  const p = raw as Partial<ContextPack> | null;
  const ok =
    typeof p === 'object' && p !== null && typeof p.version === 'string' && Array.isArray(p.entries) &&
    p.entries.every((e) => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string');
  return ok ? { ok: true, pack: p as ContextPack } : { ok: false, errors: [{ entry: '(pack)', field: '(pack)', message: 'not a context pack' }] };
};

/** Turns what storage holds into a StoredCustomPack, or null when absent or not valid. */
export function toStoredPack(raw: unknown, validate: PackValidator = checkPackShape): StoredCustomPack | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<StoredCustomPack>;
  let checked: PackValidation;
  try {
    checked = validate(r.pack);
  } catch {
    return null;
  }
  if (!checked.ok) return null;
  return {
    pack: checked.pack,
    importedAt: typeof r.importedAt === 'number' ? r.importedAt : 0,
    fileName: typeof r.fileName === 'string' ? r.fileName : null,
  };
}

/**
 * The stored custom pack, or null when there is none or what is stored does not pass `validate`
 * (it is then left in place, not deleted).
 */
export async function getCustomPack(validate: PackValidator = checkPackShape): Promise<StoredCustomPack | null> {
  const got = await browser.storage.local.get(CUSTOM_PACK_KEY);
  return toStoredPack(got[CUSTOM_PACK_KEY], validate);
}

/** Deletes the custom pack (the built-in pack stays). */
export async function removeCustomPack(): Promise<void> {
  await browser.storage.local.remove(CUSTOM_PACK_KEY);
}

/**
 * Calls `cb` with the custom pack (or null) whenever it is imported or removed, so open tabs
 * use it at once. Returns a function that stops watching.
 */
export function watchCustomPack(cb: (stored: StoredCustomPack | null) => void, validate: PackValidator = checkPackShape): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    if (areaName !== 'local' || !(CUSTOM_PACK_KEY in changes)) return;
    cb(toStoredPack(changes[CUSTOM_PACK_KEY]?.newValue, validate));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
