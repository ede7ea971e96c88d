/**
 * The annotator as the background injects it into a page (`content:load-annotator`, through
 * `scripting.executeScript` files): one classic script, built on its own with every import
 * inlined, that leaves its entry point on the content script's isolated-world global. The
 * engine runs in the background from here; when it does not answer, the annotator has the
 * background inject the page's own engine (`content:load-page-engine`) and runs that.
 */
// First: in an instrumented build (benchmark only) it times everything below; otherwise empty.
import { timedReply } from '../page/instrument';
import browser from 'webextension-polyfill';
import { startAnnotator } from './annotator';
import { ANNOTATOR_GLOBAL, injectedPageEngine, type AnnotatorScriptApi } from './annotator-global';
import type { PageEngine } from './engine';
import { backgroundEngine } from './remote-engine';

const remoteEngine = backgroundEngine((message) => timedReply(browser.runtime.sendMessage(message)));

/** The page's engine: injected by the background on first need (a failed injection is tried again next time). */
async function pageEngine(): Promise<PageEngine> {
  const ready = injectedPageEngine();
  if (ready) return ready;
  const reply = (await timedReply(browser.runtime.sendMessage({ type: 'content:load-page-engine' }))) as { detail?: unknown } | undefined;
  const engine = injectedPageEngine();
  if (engine) return engine;
  throw new Error(`the page engine was not loaded${reply && typeof reply.detail === 'string' ? `: ${reply.detail}` : ''}`);
}

const api: AnnotatorScriptApi = {
  startAnnotator: (win, init) => startAnnotator(win, { remoteEngine, ...init, pageEngine }),
};
(globalThis as unknown as Record<string, unknown>)[ANNOTATOR_GLOBAL] = api;
