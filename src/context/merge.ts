/**
 * Merges a reader's or newsroom's imported pack into the built-in one: imported entries are
 * added, or replace the built-in entry with the same id. All or nothing: a file with any fault
 * (schema, alias clash with a built-in entry, unknown related id…) changes nothing, and every
 * fault names the entry and the field.
 */
import { validatePack, type PackFault } from './schema';
import type { ContextEntry, ContextPack } from './types';

export interface MergeResult {
  ok: boolean;
  /** The merged pack; the base pack itself (unchanged) when `ok` is false. */
  pack: ContextPack;
  errors: PackFault[];
  /** Ids of entries the import adds. */
  added: string[];
  /** Ids of built-in entries the import replaces. */
  replaced: string[];
}

/** Merges `imported` (parsed JSON, not yet trusted) into `base`. Never throws. */
export function mergePacks(base: ContextPack, imported: unknown): MergeResult {
  const fail = (errors: PackFault[]): MergeResult => ({ ok: false, pack: base, errors, added: [], replaced: [] });
  const own = validatePack(imported);
  if (!own.ok) return fail(own.errors);

  const position = new Map<string, number>();
  base.entries.forEach((e, i) => position.set(e.id, i));
  const entries: ContextEntry[] = base.entries.slice();
  const added: string[] = [];
  const replaced: string[] = [];
  for (const e of own.pack.entries) {
    const at = position.get(e.id);
    if (at === undefined) {
      entries.push(e);
      added.push(e.id);
    } else {
      entries[at] = e;
      replaced.push(e.id);
    }
  }
  const stop = [...new Set([...(base.stopPhrases ?? []), ...(own.pack.stopPhrases ?? [])])];
  const candidate: ContextPack = { version: `${base.version}+${own.pack.version}`, entries };
  if (stop.length) candidate.stopPhrases = stop;

  const merged = validatePack(candidate, { requireKnownIds: true });
  if (!merged.ok) return fail(merged.errors);
  return { ok: true, pack: merged.pack, errors: [], added, replaced };
}
