/**
 * How the always-on content script reaches the annotator without any web-accessible file: the
 * background injects src/content/annotator-script.ts into the frame with
 * `scripting.executeScript` (which runs it in the content script's own isolated world, out of
 * the page's sight), and that script leaves its entry point on this global of that world.
 */
import type { Annotator, AnnotatorInit } from './annotator';
import type { PageEngine } from './engine';

/** The global the injected annotator leaves in the content script's world. */
export const ANNOTATOR_GLOBAL = '__sahelLensAnnotator';

/** What the injected annotator script offers the always-on content script (it supplies the engines itself). */
export interface AnnotatorScriptApi {
  startAnnotator(win: Window, init: Omit<AnnotatorInit, 'pageEngine' | 'remoteEngine'>): Promise<Annotator>;
}

/** The global the injected page engine (src/content/page-engine-script.ts) leaves in that world. */
export const PAGE_ENGINE_GLOBAL = '__sahelLensPageEngine';

/** The page's engine if it has been injected into this world, else null. */
export function injectedPageEngine(scope: object = globalThis): PageEngine | null {
  const engine = (scope as Record<string, unknown>)[PAGE_ENGINE_GLOBAL] as Partial<PageEngine> | undefined;
  return engine && typeof engine.engineSteps === 'function' && typeof engine.pageContextSteps === 'function' ? (engine as PageEngine) : null;
}

/** The annotator's entry point if it has been injected into this world, else null. */
export function injectedAnnotator(scope: object = globalThis): AnnotatorScriptApi | null {
  const api = (scope as Record<string, unknown>)[ANNOTATOR_GLOBAL] as Partial<AnnotatorScriptApi> | undefined;
  return api && typeof api.startAnnotator === 'function' ? (api as AnnotatorScriptApi) : null;
}
