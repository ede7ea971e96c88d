/**
 * The page's own claim engine as the background injects it (`content:load-page-engine`, with
 * `scripting.executeScript` files), only when the background engine did not answer: one classic
 * script, built on its own, that leaves the engine on the content script's isolated-world
 * global. Kept apart from the annotator so that the usual path never compiles the engine on the
 * page's thread.
 */
// First: in an instrumented build (benchmark only) it times everything below; otherwise empty.
import '../page/instrument';
import { engineSteps, pageContextSteps, type PageEngine } from './engine';
import { PAGE_ENGINE_GLOBAL } from './annotator-global';

const engine: PageEngine = { engineSteps, pageContextSteps };
(globalThis as unknown as Record<string, unknown>)[PAGE_ENGINE_GLOBAL] = engine;
