/**
 * Small helpers for driving the extension's own pages (popup, options) in both browsers:
 * polling, clicks, storage, file inputs and downloads. Every function passed to `evaluate`
 * runs in the page, so each one finds the extension API (`browser` in Firefox, `chrome` in
 * Chromium) by itself.
 */
import type { TestBrowser, TestPage } from './browsers.ts';

/** Polls `fn` until `ok` holds or `timeoutMs` passes; returns the last value either way. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    v = await fn();
  }
  return v;
}

/** Clicks an element from script (no user gesture). */
export function click(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel} in ${location.href}`);
    el.click();
  }, selector);
}

/**
 * Clicks an element with the driver's mouse, which the browser treats as real user input (a
 * user gesture, as `permissions.request` requires). The tab is brought to the front first.
 */
export async function realClick(page: TestPage, selector: string): Promise<void> {
  await page.bringToFront();
  const point = await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel} in ${location.href}`);
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  await page.clickAt(point.x, point.y);
}

/** Waits until `selector` exists in the page; throws after `timeoutMs`. */
export async function waitFor(page: TestPage, selector: string, timeoutMs = 10_000): Promise<void> {
  const found = await until(() => page.evaluate((sel) => !!document.querySelector(sel), selector), Boolean, timeoutMs);
  if (!found) throw new Error(`${selector} did not appear in ${page.url()}`);
}

/** Runs in an extension page: the id of the tab showing `url`. */
export function tabIdOf(extensionPage: TestPage, url: string): Promise<number> {
  return extensionPage.evaluate(async (u) => {
    type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as Tabs;
    const tabs = await ext.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

/**
 * Opens the popup as a tab about the tab showing `url` (`?tab=<id>`; headless browsers have no
 * toolbar) and waits until it has rendered its controls. `url` must be visible to the extension
 * (a listed host); for other tabs pass the id.
 */
export async function openPopupFor(browser: TestBrowser, target: string | number): Promise<TestPage> {
  let tabId = target;
  if (typeof tabId === 'string') {
    const probe = await browser.openExtensionPage('src/popup/index.html');
    tabId = await tabIdOf(probe, tabId);
    await probe.close();
  }
  const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await waitFor(popup, '#global-switch');
  return popup;
}

export type StorageArea = 'sync' | 'local';

/** Reads one key of an extension storage area (undefined when absent). */
export function readStorage(extensionPage: TestPage, area: StorageArea, key: string): Promise<unknown> {
  return extensionPage.evaluate(
    async ({ area: a, key: k }) => {
      type Area = { get(k: string): Promise<Record<string, unknown>> };
      const g = globalThis as Record<string, unknown>;
      const ext = (g.browser ?? g.chrome) as { storage: Record<string, Area> };
      return (await ext.storage[a]!.get(k))[k];
    },
    { area, key },
  );
}

/** Writes items straight into an extension storage area, bypassing the settings code. */
export function writeStorage(extensionPage: TestPage, area: StorageArea, items: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate(
    async ({ area: a, items: v }) => {
      type Area = { set(v: object): Promise<void> };
      const g = globalThis as Record<string, unknown>;
      const ext = (g.browser ?? g.chrome) as { storage: Record<string, Area> };
      await ext.storage[a]!.set(v);
    },
    { area, items },
  );
}

/** Removes keys from an extension storage area. */
export function removeStorage(extensionPage: TestPage, area: StorageArea, keys: string[]): Promise<void> {
  return extensionPage.evaluate(
    async ({ area: a, keys: k }) => {
      type Area = { remove(k: string[]): Promise<void> };
      const g = globalThis as Record<string, unknown>;
      const ext = (g.browser ?? g.chrome) as { storage: Record<string, Area> };
      await ext.storage[a]!.remove(k);
    },
    { area, keys },
  );
}

/**
 * Gives a file input one file, as a reader picking it would: the input's `files` set through a
 * DataTransfer, then `input` and `change` dispatched.
 */
export function pickFile(page: TestPage, selector: string, fileName: string, text: string): Promise<void> {
  return page.evaluate(
    ({ sel, name, body }) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      if (!input) throw new Error(`no ${sel} in ${location.href}`);
      const dt = new DataTransfer();
      dt.items.add(new File([body], name, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, name: fileName, body: text },
  );
}

/**
 * Clicks `selector` and captures the download the page starts through a temporary `<a download>`
 * (object URL): the file name and the text of the Blob. The link's click is intercepted, so the
 * browser saves nothing.
 */
export async function captureDownload(page: TestPage, selector: string): Promise<{ fileName: string; text: string }> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __slDownloads?: { href: string; download: string }[] };
    w.__slDownloads = [];
    const proto = HTMLAnchorElement.prototype;
    const original = proto.click;
    proto.click = function (this: HTMLAnchorElement) {
      if (this.download) {
        w.__slDownloads!.push({ href: this.href, download: this.download });
        return;
      }
      original.call(this);
    };
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel} in ${location.href}`);
    el.click();
  }, selector);
  const got = await until(
    () =>
      page.evaluate(async () => {
        const w = window as unknown as { __slDownloads?: { href: string; download: string }[] };
        const d = w.__slDownloads?.[0];
        if (!d) return null;
        const text = await (await fetch(d.href)).text();
        return { fileName: d.download, text };
      }, null),
    (v) => v !== null,
  );
  if (!got) throw new Error(`clicking ${selector} started no download`);
  return got;
}

/** What a result region (`#backup-result`, `#pack-result`, …) says: ok or error, title and lines. */
export interface ResultView {
  state: 'ok' | 'error' | 'empty';
  text: string;
  lines: string[];
}

/** Reads a result region of the options page. */
export function readResult(page: TestPage, id: string): Promise<ResultView> {
  return page.evaluate((rid) => {
    const el = document.getElementById(rid);
    const state = el?.classList.contains('ok') ? 'ok' : el?.classList.contains('error') ? 'error' : 'empty';
    return {
      state: state as 'ok' | 'error' | 'empty',
      text: el?.textContent?.trim() ?? '',
      lines: [...(el?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim() ?? ''),
    };
  }, id);
}

/**
 * Waits until a result region reports on `fileName` (each import names its file, so the outcome
 * of this import is told from an earlier one) and returns it.
 */
export function waitForResult(page: TestPage, id: string, fileName: string, timeoutMs = 10_000): Promise<ResultView> {
  return until(() => readResult(page, id), (r) => r.state !== 'empty' && r.text.includes(fileName), timeoutMs);
}

/** A message of the extension's locale files, as the browser resolves it for its UI language. */
export function extensionMessage(extensionPage: TestPage, key: string, subs: string[] = []): Promise<string> {
  return extensionPage.evaluate(
    ({ k, v }) => {
      const g = globalThis as Record<string, unknown>;
      const ext = (g.browser ?? g.chrome) as { i18n: { getMessage(k: string, s?: string[]): string } };
      return ext.i18n.getMessage(k, v);
    },
    { k: key, v: subs },
  );
}

/** Runs in an extension page: the id of the active tab of the last focused window. */
export function activeTabId(extensionPage: TestPage): Promise<number> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  }, null);
}

/**
 * The popup the toolbar button opened (not a tab, so no driver handle): reached from another
 * extension page through `extension.getViews({ type: 'popup' })`. Clicks `selector` in it once it
 * has rendered; throws when no popup with that element shows up.
 */
export async function clickInToolbarPopup(extensionPage: TestPage, selector: string): Promise<void> {
  const clicked = await until(
    () =>
      extensionPage.evaluate((sel) => {
        const g = globalThis as Record<string, unknown>;
        const ext = (g.browser ?? g.chrome) as { extension: { getViews(o: object): Window[] } };
        const el = ext.extension.getViews({ type: 'popup' })[0]?.document.querySelector<HTMLElement>(sel);
        if (!el) return false;
        el.click();
        return true;
      }, selector),
    Boolean,
  );
  if (!clicked) throw new Error(`no toolbar popup with ${selector}`);
}

/** The text of `selector` in the toolbar popup, or null when there is no popup or no such element. */
export function readToolbarPopup(extensionPage: TestPage, selector: string): Promise<string | null> {
  return extensionPage.evaluate((sel) => {
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as { extension: { getViews(o: object): Window[] } };
    const el = ext.extension.getViews({ type: 'popup' })[0]?.document.querySelector(sel);
    return el ? (el.textContent ?? '').trim() : null;
  }, selector);
}

/** Runs in an extension page: whether this browser granted the extension these origins. */
export function hasOrigins(extensionPage: TestPage, origins: string[]): Promise<boolean> {
  return extensionPage.evaluate((o) => {
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as { permissions: { contains(p: object): Promise<boolean> } };
    return ext.permissions.contains({ origins: o });
  }, origins);
}

/** Runs in an extension page: the match patterns of the content scripts registered at run time. */
export function registeredScriptMatches(extensionPage: TestPage): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as Record<string, unknown>;
    type Scripting = { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
    const ext = (g.browser ?? g.chrome) as { scripting: Scripting };
    return (await ext.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort();
  }, null);
}

/** Runs in an extension page: gives back these origins if granted (no user gesture needed). */
export function removeOrigins(extensionPage: TestPage, origins: string[]): Promise<void> {
  return extensionPage.evaluate(async (o) => {
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as { permissions: { remove(p: object): Promise<boolean> } };
    await ext.permissions.remove({ origins: o });
  }, origins);
}

/** Closes the toolbar popup if one is open (an open popup panel can block Firefox's driver). */
export function closeToolbarPopup(extensionPage: TestPage): Promise<void> {
  return extensionPage.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    const ext = (g.browser ?? g.chrome) as { extension: { getViews(o: object): Window[] } };
    for (const view of ext.extension.getViews({ type: 'popup' })) view.close();
  }, null);
}
