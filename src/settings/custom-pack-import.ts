/**
 * Importing a custom context pack from a file: full validation with the context layer's schema
 * (every fault names its entry and field), then one write. A refused file writes nothing, so
 * the pack stored before stays exactly as it was. Used by the options page only.
 */
import browser from 'webextension-polyfill';
import type { ContextPack } from '../context/types';
import { CUSTOM_PACK_KEY, getCustomPack, type StoredCustomPack } from './custom-pack';
import { describeJsonFileError, readJsonText, type JsonFileError } from './json-file';
import { validatePack as defaultValidator, type PackFault, type PackValidator } from './pack-validator';

/** Larger files are refused before parsing (storage.local holds 10 MB in all). */
export const MAX_PACK_BYTES = 2_000_000;

/** Why a pack file was refused. */
export type PackImportError = JsonFileError | { kind: 'invalid'; errors: PackFault[] };

/** The stored pack on success, or why the file was refused (nothing written then). */
export type PackImportResult =
  | { ok: true; stored: StoredCustomPack; replacedPrevious: boolean }
  | { ok: false; error: PackImportError };

/** Reads and validates a pack file's text without storing anything. Never throws. */
export function readPackFile(
  text: string,
  validate: PackValidator = defaultValidator,
): { ok: true; pack: ContextPack } | { ok: false; error: PackImportError } {
  const read = readJsonText(text, MAX_PACK_BYTES);
  if (!read.ok) return read;
  let checked;
  try {
    checked = validate(read.value);
  } catch (e) {
    // A validator bug must still end in a refusal, not in a half-written store.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'invalid', errors: [{ entry: '(pack)', field: '(pack)', message }] } };
  }
  return checked.ok ? checked : { ok: false, error: { kind: 'invalid', errors: checked.errors } };
}

/**
 * Validates `text` as a context pack and, only if it is valid in full, stores it as the custom
 * pack (replacing the previous one in a single write). On refusal nothing is written.
 */
export async function importCustomPack(
  text: string,
  fileName: string | null,
  validate: PackValidator = defaultValidator,
  now: () => number = Date.now,
): Promise<PackImportResult> {
  const read = readPackFile(text, validate);
  if (!read.ok) return read;
  const previous = await getCustomPack();
  const stored: StoredCustomPack = { pack: read.pack, importedAt: now(), fileName };
  await browser.storage.local.set({ [CUSTOM_PACK_KEY]: stored });
  return { ok: true, stored, replacedPrevious: previous !== null };
}

/** A refusal in plain English, naming each entry and field at fault (at most `max` of them). */
export function describePackImportError(error: PackImportError, max = 20): string {
  if (error.kind !== 'invalid') return describeJsonFileError(error);
  const shown = error.errors.slice(0, max).map((e) => `entry ${e.entry}, field ${e.field}: ${e.message}`);
  const more = error.errors.length > max ? `; and ${error.errors.length - max} more` : '';
  return `The context pack was refused (${error.errors.length} fault(s)): ${shown.join('; ')}${more}.`;
}
