/**
 * The context index the engine links mentions against: the built-in pack, with the reader's
 * custom pack (options page) merged in — its entries add to or replace built-in ones by id.
 * Lives in the lazy part of the content script (the pack is large).
 */
import { buildContextIndex, type ContextIndex } from '../context/linker';
import { BUILTIN_PACK, builtinIndex } from '../context/pack';
import type { ContextPack } from '../context/types';

/** The index for the built-in pack plus `custom` (null: the built-in pack alone). */
export function contextIndexFor(custom: ContextPack | null): ContextIndex {
  if (!custom || !custom.entries.length) return builtinIndex();
  const byId = new Map(BUILTIN_PACK.entries.map((e) => [e.id, e]));
  for (const e of custom.entries) byId.set(e.id, e);
  return buildContextIndex({
    version: `${BUILTIN_PACK.version}+${custom.version}`,
    entries: [...byId.values()],
    stopPhrases: [...(BUILTIN_PACK.stopPhrases ?? []), ...(custom.stopPhrases ?? [])],
  });
}
