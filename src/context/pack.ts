/**
 * The built-in context pack, shipped in the extension (no network). Its data is validated at
 * build time by scripts/validate-pack.ts and by the unit tests, so importing this module does
 * not pull in the schema library.
 */
import { drain, type Steps } from '../engine/steps';
import { buildContextIndexSteps, type ContextIndex } from './linker';
import { ACTORS } from './pack/actors';
import { REVIEWED } from './pack/common';
import { EVENTS } from './pack/events';
import { GUIDES } from './pack/guides';
import { PLACES } from './pack/places';
import { SOURCES } from './pack/sources';
import { STOP_PHRASES } from './pack/stop-phrases';
import type { ContextPack } from './types';

export const BUILTIN_PACK: ContextPack = {
  version: REVIEWED,
  entries: [...ACTORS, ...PLACES, ...EVENTS, ...SOURCES, ...GUIDES],
  stopPhrases: STOP_PHRASES,
};

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
