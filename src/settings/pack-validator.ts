/**
 * The one place settings code reaches into the context layer for full pack validation, so the
 * import depends on a signature, not on how src/context implements it. Heavy (zod and the
 * built-in pack): imported by the options page's import path only, never by the content script.
 */
import { BUILTIN_PACK } from '../context/pack';
import { validatePack as validateWithContextSchema, type PackFault, type PackValidation } from '../context/schema';
import type { ContextPack } from '../context/types';
import type { PackValidator } from './custom-pack';

export type { PackFault, PackValidation, PackValidator };

/**
 * The pack the content script will use: built-in entries, with custom entries added or
 * replacing those of the same id (the rule of src/context/reader-index.ts).
 */
export function mergeWithBuiltin(custom: ContextPack, builtin: ContextPack = BUILTIN_PACK): ContextPack {
  const byId = new Map(builtin.entries.map((e) => [e.id, e]));
  for (const e of custom.entries) byId.set(e.id, e);
  return {
    version: `${builtin.version}+${custom.version}`,
    entries: [...byId.values()],
    stopPhrases: [...(builtin.stopPhrases ?? []), ...(custom.stopPhrases ?? [])],
  };
}

/**
 * Validates a raw custom pack: first on its own (schema, duplicates inside it), then merged with
 * the built-in pack, so an id it names that exists nowhere, or an alias a built-in entry already
 * claims, is refused too — each fault with its entry and field. Returns the custom pack itself.
 */
export function validateCustomPack(raw: unknown, builtin: ContextPack = BUILTIN_PACK): PackValidation {
  const alone = validateWithContextSchema(raw);
  if (!alone.ok) return alone;
  const merged = validateWithContextSchema(mergeWithBuiltin(alone.pack, builtin), { requireKnownIds: true });
  return merged.ok ? alone : { ok: false, errors: merged.errors };
}

/** The validator the import and the options page use. */
export const validatePack: PackValidator = (raw) => validateCustomPack(raw);
