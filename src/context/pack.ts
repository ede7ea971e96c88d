/**
 * The built-in context pack, shipped in the extension (no network). It is data, not code:
 * `builtin-pack.json` is the same kind of file as a reader's or newsroom's own pack, checked by
 * the same schema (./schema.ts) — at build time by scripts/validate-pack.ts and in the unit
 * tests — so importing this module does not pull in the schema library.
 *
 * Descriptions are written for this pack; the facts and the links come from the researched
 * notes in shared/context/SAHEL-CONTEXT.md.
 */
import { drain, type Steps } from '../engine/steps';
import data from './builtin-pack.json';
import { buildContextIndexSteps, type ContextIndex } from './linker';
import type { ContextPack } from './types';

/** The pack file as shipped: validated before every build, so trusted here. */
export const BUILTIN_PACK: ContextPack = data as unknown as ContextPack;

/** Path of the pack file, from the repository root (for the validator and the tests). */
export const BUILTIN_PACK_FILE = 'src/context/builtin-pack.json';

let builtin: ContextIndex | undefined;

/** The index of the built-in pack, built on first use (a few milliseconds) and kept. */
export function builtinIndex(): ContextIndex {
  return drain(builtinIndexSteps());
}

/** `builtinIndex` as a resumable job (src/engine/steps.ts); kept once built. */
export function* builtinIndexSteps(): Steps<ContextIndex> {
  if (!builtin) builtin = yield* buildContextIndexSteps(BUILTIN_PACK);
  return builtin;
}
