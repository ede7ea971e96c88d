/**
 * The context index the engine links mentions against: the built-in pack, with the reader's
 * custom pack (options page) merged in — its entries add to or replace built-in ones by id.
 * Built in the background (once per background lifetime, and again when the reader's pack
 * changes), and on the page only when the background cannot answer. A resumable job, so the
 * page can spread it over short tasks.
 */
import { buildContextIndexSteps, type ContextIndex } from './linker';
import { BUILTIN_PACK, builtinIndexSteps } from './pack';
import type { ContextPack } from './types';
import type { Steps } from '../engine/steps';

/** The index for the built-in pack plus `custom` (null: the built-in pack alone). */
export function contextIndexSteps(custom: ContextPack | null): Steps<ContextIndex> {
  if (!custom || !custom.entries.length) return builtinIndexSteps();
  const byId = new Map(BUILTIN_PACK.entries.map((e) => [e.id, e]));
  for (const e of custom.entries) byId.set(e.id, e);
  return buildContextIndexSteps({
    version: `${BUILTIN_PACK.version}+${custom.version}`,
    entries: [...byId.values()],
    stopPhrases: [...(BUILTIN_PACK.stopPhrases ?? []), ...(custom.stopPhrases ?? [])],
  });
}
