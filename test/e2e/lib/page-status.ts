/**
 * A tab's PageStatus read as the popup reads it: from an extension page, through
 * `scripting.executeScript` into the content script's world (the function it leaves on its
 * global), in both browsers.
 */
import type { PageStatus } from '../../../src/shared/messages.ts';
import type { TestBrowser, TestPage } from './browsers.ts';

/** The status of the tab showing `url`, read from `from` (an extension page). */
export function readPageStatus(from: TestPage, url: string): Promise<PageStatus | { error: string }> {
  return from.evaluate(async (tabUrl: string) => {
    interface Api {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      scripting: { executeScript(d: object): Promise<{ result?: unknown }[]> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === tabUrl);
    if (!tab || tab.id === undefined) return { error: `no tab at ${tabUrl}` };
    const [first] = await api.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: () => {
        const f = (globalThis as unknown as Record<string, unknown>).__sahelLensStatus;
        return typeof f === 'function' ? (f as () => unknown)() : null;
      },
    });
    return (first?.result ?? { error: 'no content script' }) as never;
  }, url);
}

/** Opens an extension page to read statuses from (the options page: it has tabs and scripting). */
export function statusReader(browser: TestBrowser): Promise<TestPage> {
  return browser.openExtensionPage('src/options/index.html');
}
