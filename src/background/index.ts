/**
 * The background: a module service worker in Chrome, a non-persistent background script in
 * Firefox. Either may be stopped at any time, so every listener is registered synchronously at
 * the top level and no state lives here that the browser does not keep itself (badge texts,
 * content-script registrations, storage).
 *
 * Jobs: the toolbar badge (from `content:status`), the keyboard command, "annotate this page"
 * (activeTab + scripting), the dynamic content script for sites the reader added, injecting the
 * annotator into a page that asks, the claim engine for pages (`content:annotate`: compiled
 * once per background lifetime, off the pages' main thread), and opening extension pages in a
 * tab. This file only wires browser APIs to the small modules beside it.
 */
import browser from 'webextension-polyfill';
import { getCustomPack, watchCustomPack } from '../settings/custom-pack';
import { grantedSitesPatch } from '../settings/sites';
import { getSettings, updateSettings, watchSettings } from '../settings/storage';
import { CHECK_PAGE, type AnnotateTabResult, type BackgroundReply } from '../shared/messages';
import { messageTab } from '../shared/tab-messages';
import { annotateTab, contentScriptFiles, injectionFailure, type AnnotateDeps } from './annotate-tab';
import { PAGE_SCRIPT_FILES, type PageScript } from './annotator-file';
import { createEngineService } from './engine-service';
import { hostsOfGrantedOrigins, serial, syncAddedSiteScripts, type RegistrationDeps } from './added-sites';
import { BADGE_COLOR, showStatus, type BadgeApi } from './badge';
import { handleMenuClick, MENU_ITEMS, PENDING_CHECK_KEY, type CheckDeps, type PendingCheck } from './check-selection';
import { handleCommand } from './commands';
import { extensionPageUrl } from './pages';
import { routeMessage } from './router';
import { scriptingFiles } from './script-files';
import { WELCOME_PAGE, WELCOME_SEEN_KEY, WELCOME_VERSION, shouldOpenWelcome } from '../welcome/version';

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

function msg(key: string, subs?: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

const badgeApi: BadgeApi = {
  setBadgeText: (d) => browser.action.setBadgeText(d),
  setTitle: (d) => browser.action.setTitle(d),
  getBadgeText: (d) => browser.action.getBadgeText(d),
};

const badgeTitle = (text: string): string => (text ? msg('badgeTitleCount', [text]) : msg('extName'));

const annotateDeps: AnnotateDeps = {
  sendToTab: messageTab,
  executeScript: (tabId, files) => browser.scripting.executeScript({ target: { tabId }, files }),
  insertCss: (tabId, files) => browser.scripting.insertCSS({ target: { tabId }, files }),
  // Firefox lists the manifest's files as absolute URLs; the scripting calls want relative paths.
  files: () => scriptingFiles(contentScriptFiles(browser.runtime.getManifest() as Parameters<typeof contentScriptFiles>[0]), self.baseUrl),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const registrationDeps: RegistrationDeps = {
  getRegistered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
  register: async ({ id, matches, js, css }) => {
    // persistAcrossSessions false: re-registered at every start, which both browsers support.
    await browser.scripting.registerContentScripts([
      { id, matches, js, ...(css.length > 0 ? { css } : {}), runAt: 'document_idle', persistAcrossSessions: false },
    ]);
  },
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  addedSites: async () => (await getSettings()).settings.addedSites,
  files: annotateDeps.files,
};

const engine = createEngineService({ customPack: async () => (await getCustomPack())?.pack ?? null });

/** Injects a page script into the frame that asked (the page's host permission or activeTab grant covers it). */
async function loadScript(tabId: number, frameId: number, script: PageScript): Promise<BackgroundReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_SCRIPT_FILES[script]] });
    return { ok: true };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

const inOrder = serial();
function syncRegistrations(): void {
  void inOrder(() => syncAddedSiteScripts(registrationDeps)).catch((e: unknown) => {
    console.warn('Sahel Lens: could not register the content script for added sites', e);
  });
}

async function openPage(path: string, tabId: number | undefined): Promise<boolean> {
  const url = extensionPageUrl(path, tabId, (p) => browser.runtime.getURL(p));
  if (url === null) return false;
  await browser.tabs.create({ url });
  return true;
}

/**
 * Opens the check page, handing it `pending` through storage.session (kept in memory, never
 * written to disk; storage.local where a browser lacks it). The page reads and removes it.
 */
async function openCheckPage(pending: PendingCheck | null): Promise<void> {
  if (pending) {
    const area = (browser.storage as unknown as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
    await area.set({ [PENDING_CHECK_KEY]: pending });
  }
  await browser.tabs.create({ url: browser.runtime.getURL(CHECK_PAGE) + (pending ? '?pending=1' : '') });
}

/** Injects the content script (activeTab) without waiting for it; see CheckDeps.inject. */
async function injectContentScript(tabId: number): Promise<AnnotateTabResult> {
  const { js, css } = annotateDeps.files();
  if (js.length === 0) return { ok: false, reason: 'failed', detail: 'no content script in the manifest' };
  try {
    if (css.length > 0) await annotateDeps.insertCss(tabId, css);
    await annotateDeps.executeScript(tabId, js);
    return { ok: true, injected: true };
  } catch (e) {
    return injectionFailure(e);
  }
}

const checkDeps: CheckDeps = {
  inject: injectContentScript,
  sendToTab: messageTab,
  openCheckPage,
};

/** (Re)creates our context-menu items; both browsers keep them, but a missed install event must not lose them. */
function createMenus(): void {
  void browser.contextMenus
    .removeAll()
    .then(() => {
      for (const item of MENU_ITEMS) browser.contextMenus.create({ id: item.id, title: msg(item.titleKey), contexts: item.contexts });
    })
    .catch((e: unknown) => console.warn('Sahel Lens: could not create the context menu', e));
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

// --- listeners (top level, synchronous) -----------------------------------------------------

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
  routeMessage(raw, sender, {
    self,
    showStatus: (tabId, status) => showStatus(badgeApi, tabId, status, badgeTitle),
    annotate: (tabId, force) => annotateTab(tabId, force, annotateDeps),
    openPage,
    badgeText: (tabId) => badgeApi.getBadgeText({ tabId }),
    loadScript,
    annotateArticle: (request) => engine.annotate(request),
  }),
);

// The reader imported or removed a pack: the engine's index is built again on the next request.
watchCustomPack(() => engine.invalidate());

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  void handleCommand(command, tab?.id, {
    activeTabId,
    sendToTab: messageTab,
    annotate: (tabId, force) => annotateTab(tabId, force, annotateDeps),
    inject: injectContentScript,
    openCheckPage,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  });
});

browser.contextMenus.onClicked.addListener((info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab) => {
  void handleMenuClick(info, tab, checkDeps).catch((e: unknown) => console.warn('Sahel Lens: check failed', e));
});

// No tabs.onUpdated listener to clear the badge: both browsers reset tab-specific badge text and
// title on navigation (w3c/webextensions#480), and the listener would wake us on every page load.

// Granting a host from the browser's own UI counts as adding the site, as "Add this site" does.
// The background finishes the job (settings, registration, open tabs) because Firefox may close
// the popup while its permission prompt is showing.
browser.permissions.onAdded.addListener((permissions: browser.Permissions.Permissions) => {
  const origins = permissions.origins ?? [];
  const hosts = hostsOfGrantedOrigins(origins);
  if (hosts.length === 0) return;
  void (async () => {
    const { settings } = await getSettings();
    const patch = grantedSitesPatch(settings, hosts);
    if (Object.keys(patch).length > 0) await updateSettings(patch);
    await inOrder(() => syncAddedSiteScripts(registrationDeps));
    // Open tabs of the new site get the content script now, not at their next load.
    const tabs = await browser.tabs.query({ url: origins.filter((o) => hostsOfGrantedOrigins([o]).length > 0) });
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : annotateTab(tab.id, false, annotateDeps))));
  })().catch((e: unknown) => console.warn('Sahel Lens: could not finish adding', hosts, e));
});
browser.permissions.onRemoved.addListener(() => syncRegistrations());

browser.runtime.onInstalled.addListener((details: browser.Runtime.OnInstalledDetailsType) => {
  syncRegistrations();
  createMenus();
  // First install (and an update that changed what it explains, WELCOME_VERSION): the welcome
  // page, with the legend and the design article annotated live. The Firefox e2e harness also
  // relies on this tab (an extension page) to open the other extension pages.
  void (async () => {
    const seen = (await browser.storage.local.get(WELCOME_SEEN_KEY))[WELCOME_SEEN_KEY];
    if (!shouldOpenWelcome(details.reason, seen)) return;
    await browser.storage.local.set({ [WELCOME_SEEN_KEY]: WELCOME_VERSION });
    await openPage(WELCOME_PAGE, undefined);
  })().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  syncRegistrations();
  createMenus();
});
watchSettings(() => syncRegistrations());

// Every wake: cheap when nothing changed, and repairs a registration lost to a missed event.
void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
syncRegistrations();
