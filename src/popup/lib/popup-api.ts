/**
 * Everything the popup asks of the browser, behind one interface so the components can be
 * rendered in tests with a fake. `createPopupApi()` is the real thing.
 */
import browser from 'webextension-polyfill';
import { getSettings, updateSettings, watchSettings } from '../../settings/storage';
import { httpHostname, originsForSite } from '../../settings/sites';
import { CHECK_PAGE, parsePageStatus, type AnnotateTabResult, type Message, type PageStatus } from '../../shared/messages';
import type { Settings, SettingsPatch } from '../../settings/types';
import { messageTab, tabStatus } from '../../shared/tab-messages';
import { tabIdFromQuery } from './current-tab';

/** The tab the popup is about. `hostname` is null for non-web pages or when the URL is not visible. */
export interface TabInfo {
  id: number;
  hostname: string | null;
  /** True for http(s) pages (false for about:, chrome:, the extension's own pages, …). */
  web: boolean;
}

/** Every browser-backed call the popup makes. */
export interface PopupApi {
  currentTab(): Promise<TabInfo | null>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  /** The content script's status, or null when none answers in the tab. */
  pageStatus(tabId: number): Promise<PageStatus | null>;
  openSummary(tabId: number): Promise<boolean>;
  annotate(tabId: number, force: boolean): Promise<AnnotateTabResult>;
  hasSitePermission(hostname: string): Promise<boolean>;
  /**
   * Asks for host access to one site. MUST be called synchronously from a click handler (the
   * browsers require a user gesture, which the first `await` would lose).
   */
  requestSitePermission(hostname: string): Promise<boolean>;
  /** The keys of the toggle shortcut ('' when unset). */
  shortcut(): Promise<string>;
  openOptions(): Promise<void>;
  /** Opens the check page (paste or drop a text to annotate) in a tab. */
  openCheckPage(): Promise<void>;
  /** Closes the popup after an action that moves the reader elsewhere; a no-op when opened as a tab. */
  closePopup(): void;
}

async function currentTab(): Promise<TabInfo | null> {
  const fromQuery = tabIdFromQuery(location.search);
  const tab =
    fromQuery !== null
      ? await browser.tabs.get(fromQuery).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  // The popup opened as a tab without ?tab= would otherwise be about itself.
  if (tab.url?.startsWith(browser.runtime.getURL(''))) return null;
  const hostname = httpHostname(tab.url);
  // Without host access the URL is hidden; the tab may still be a web page the content script runs in.
  return { id: tab.id, hostname, web: hostname !== null || tab.url === undefined };
}

/** The real PopupApi over webextension-polyfill. */
export function createPopupApi(): PopupApi {
  return {
    currentTab,
    getSettings: async () => (await getSettings()).settings,
    updateSettings,
    watchSettings,
    pageStatus: async (tabId) => {
      try {
        return parsePageStatus(await tabStatus(tabId));
      } catch {
        return null;
      }
    },
    openSummary: async (tabId) => {
      try {
        await messageTab(tabId, { type: 'popup:open-summary' });
        return true;
      } catch {
        return false;
      }
    },
    annotate: async (tabId, force) => {
      const message: Message = { type: 'popup:annotate-tab', tabId, force };
      const result = (await browser.runtime.sendMessage(message)) as AnnotateTabResult | undefined;
      return result ?? { ok: false, reason: 'failed', detail: 'no answer from the background' };
    },
    hasSitePermission: (hostname) => browser.permissions.contains({ origins: originsForSite(hostname) }),
    requestSitePermission: (hostname) => browser.permissions.request({ origins: originsForSite(hostname) }),
    shortcut: async () => {
      const commands = await browser.commands.getAll().catch(() => []);
      return commands.find((c) => c.name === 'toggle-annotations')?.shortcut ?? '';
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    openCheckPage: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(CHECK_PAGE) });
    },
    closePopup: () => {
      if (tabIdFromQuery(location.search) === null) window.close();
    },
  };
}
