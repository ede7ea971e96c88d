/**
 * "Annotate this page": make sure the content script runs in a tab, injecting it with
 * scripting.executeScript when the site is not on the list (allowed by the activeTab grant the
 * reader's click or shortcut gives), then optionally tell it to annotate regardless of the
 * topic gate. The browser calls come in through `AnnotateDeps` so tests can replace them.
 */
import { parsePageStatus, type AnnotateTabResult, type Message } from '../shared/messages';

/** The built content script files, as the manifest lists them after the build. */
export interface ContentScriptFiles {
  js: string[];
  css: string[];
}

/** The browser calls injection needs (tabs, scripting, manifest, timers), replaceable in tests. */
export interface AnnotateDeps {
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  executeScript(tabId: number, files: string[]): Promise<unknown>;
  insertCss(tabId: number, files: string[]): Promise<unknown>;
  files(): ContentScriptFiles;
  sleep(ms: number): Promise<void>;
}

/**
 * The content script files of the built manifest (`content_scripts[0]`). The build renames
 * `src/content/index.ts` (to a standalone `.js`), so the manifest is the only place that knows
 * the real names.
 */
export function contentScriptFiles(manifest: { content_scripts?: { js?: string[]; css?: string[] }[] }): ContentScriptFiles {
  const first = manifest.content_scripts?.[0];
  return { js: [...(first?.js ?? [])], css: [...(first?.css ?? [])] };
}

/** True when a content script answers in the tab's top frame with a valid status. */
export async function hasContentScript(tabId: number, deps: Pick<AnnotateDeps, 'sendToTab'>): Promise<boolean> {
  try {
    return parsePageStatus(await deps.sendToTab(tabId, { type: 'popup:get-status' })) !== null;
  } catch {
    return false; // "Receiving end does not exist": nothing listening in this tab.
  }
}

/** Maps an executeScript failure to a reason the popup can explain. */
export function injectionFailure(error: unknown): AnnotateTabResult {
  const detail = error instanceof Error ? error.message : String(error);
  if (/chrome:\/\/|about:|moz-extension:|extensions gallery|webstore|cannot be scripted|restricted/i.test(detail)) {
    return { ok: false, reason: 'unsupported', detail };
  }
  if (/permission|cannot access/i.test(detail)) return { ok: false, reason: 'no-access', detail };
  return { ok: false, reason: 'failed', detail };
}

/**
 * Retries `job` until it resolves or `tries` run out (the injected script answers only once it
 * has started and been woken, a moment after executeScript returns).
 */
async function retry<T>(job: () => Promise<T>, tries: number, delay: number, sleep: AnnotateDeps['sleep']): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await job();
    } catch (e) {
      lastError = e;
      await sleep(delay);
    }
  }
  throw lastError;
}

/**
 * Ensures the content script runs in `tabId` (injecting it if absent) and, with `force`,
 * sends it `popup:annotate-now`. Resolves once the content script answers; never rejects.
 */
export async function annotateTab(tabId: number, force: boolean, deps: AnnotateDeps): Promise<AnnotateTabResult> {
  let injected = false;
  if (!(await hasContentScript(tabId, deps))) {
    const { js, css } = deps.files();
    if (js.length === 0) return { ok: false, reason: 'failed', detail: 'no content script in the manifest' };
    try {
      if (css.length > 0) await deps.insertCss(tabId, css);
      await deps.executeScript(tabId, js);
      injected = true;
    } catch (e) {
      return injectionFailure(e);
    }
  }
  try {
    if (force) {
      await retry(() => deps.sendToTab(tabId, { type: 'popup:annotate-now' }), 40, 100, deps.sleep);
    } else if (injected) {
      await retry(
        async () => {
          if (!(await hasContentScript(tabId, deps))) throw new Error('content script not ready');
        },
        40,
        100,
        deps.sleep,
      );
    }
  } catch (e) {
    return { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, injected };
}
