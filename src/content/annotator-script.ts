/**
 * The annotator as the background injects it into a page (`content:load-annotator`, through
 * `scripting.executeScript` files): one classic script, built on its own with every import
 * inlined, that leaves its entry point on the content script's isolated-world global. The
 * engine runs in the background from here; the annotator keeps its own as a fallback.
 */
// First: in an instrumented build (benchmark only) it times everything below; otherwise empty.
import { timedReply } from '../page/instrument';
import browser from 'webextension-polyfill';
import { startAnnotator } from './annotator';
import { ANNOTATOR_GLOBAL, type AnnotatorScriptApi } from './annotator-global';
import { backgroundEngine } from './remote-engine';

const remoteEngine = backgroundEngine((message) => timedReply(browser.runtime.sendMessage(message)));

const api: AnnotatorScriptApi = {
  startAnnotator: (win, init) => startAnnotator(win, { remoteEngine, ...init }),
};
(globalThis as unknown as Record<string, unknown>)[ANNOTATOR_GLOBAL] = api;
