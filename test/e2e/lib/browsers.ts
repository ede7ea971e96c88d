/**
 * Launches Debian's Chromium (playwright-core, --load-extension) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi, temporary add-on) with a built extension, behind
 * one small interface so each end-to-end test runs unchanged in both browsers.
 *
 * Pages are served by the local test server under the host names of real outlets
 * (the extension's host permissions only cover its outlet list): Chromium maps every
 * host name to 127.0.0.1 with --host-resolver-rules, Firefox with network.dns.localDomains.
 * The port stays explicit in the URL, so nothing can reach the real sites. The server speaks
 * HTTPS with a self-signed test certificate that both browsers are told to accept.
 */
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DIST_CHROME, DIST_FIREFOX, FIREFOX } from './paths.ts';
import { GECKO_ID } from '../../../src/shared/extension-ids.ts';

export type BrowserName = 'chromium' | 'firefox';

/** The subset of a page both drivers offer, with the same meaning. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Presses a key or chord, e.g. "Enter", "Alt+Shift+L". */
  press(key: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** Makes this tab the active one of its window. */
  bringToFront(): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  emulateDark(dark: boolean): Promise<void>;
  /** Errors the page reported (uncaught exceptions and console.error). */
  errors: string[];
  /** Console messages of every level. */
  logs: string[];
  url(): string;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** Opens a new tab on url. */
  open(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. "src/popup/index.html?tab=3") in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Presses the extension's toolbar button for `page`'s tab, as a reader's click does: the
   * browser grants activeTab for that tab and opens the popup. Only where the driver can do it
   * (Chromium: DevTools `Extensions.triggerAction`); absent in Firefox, see launchFirefox.
   */
  pressToolbarButton?(page: TestPage): Promise<void>;
  close(): Promise<void>;
}

/** Hosts the tests serve pages under; all must be in the built-in outlet list. */
export const TEST_HOSTS = { en: 'www.aljazeera.com', fr: 'www.rfi.fr', other: 'localhost' } as const;

export function pageUrl(host: string, port: number, path: string): string {
  return `https://${host}:${port}${path}`;
}

function adaptPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    logs.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    errors,
    logs,
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    press: (key) => page.keyboard.press(key),
    clickAt: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, fullPage = false) => { await page.screenshot({ path, fullPage }); },
    emulateDark: (dark) => page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' }),
    url: () => page.url(),
    close: () => page.close(),
  };
}

function adaptPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    logs.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    errors,
    logs,
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    press: async (key) => {
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const p of parts) await page.keyboard.down(p as never);
      await page.keyboard.press(main as never);
      for (const p of parts.reverse()) await page.keyboard.up(p as never);
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, fullPage = false) => { await page.screenshot({ path: path as `${string}.png`, fullPage }); },
    emulateDark: (dark) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Chromium flags shared by every test and benchmark launch: no network of its own, test hosts mapped to 127.0.0.1. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  '--host-resolver-rules=MAP * 127.0.0.1',
];

/** Chromium with dist/chrome loaded. */
export async function launchChromium(dist = DIST_CHROME): Promise<TestBrowser & { context: BrowserContext; extensionId: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'sahel-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      '--ignore-certificate-errors',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // Opens the DevTools `Extensions` domain, for pressToolbarButton (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      ...CHROMIUM_ARGS,
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // The persistent context opens one blank tab; keep it so the browser never closes.
  const pwPages = new WeakMap<TestPage, PwPage>();
  const open = async (url: string): Promise<TestPage> => {
    const page = await context.newPage();
    await page.bringToFront();
    const t = adaptPlaywright(page);
    pwPages.set(t, page);
    await t.goto(url);
    return t;
  };
  return {
    name: 'chromium',
    context,
    extensionId,
    open,
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path}`),
    async pressToolbarButton(page) {
      const pw = pwPages.get(page);
      if (!pw) throw new Error('pressToolbarButton: not a tab this browser opened');
      await pw.bringToFront();
      const browser = context.browser();
      if (!browser) throw new Error('pressToolbarButton: no browser-level DevTools session');
      const cdp = await browser.newBrowserCDPSession();
      try {
        // The action runs on a tab target (not the page target inside it); find it by its URL.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tabs = targetInfos.filter((t) => t.url === pw.url());
        if (tabs.length !== 1) throw new Error(`pressToolbarButton: ${tabs.length} tabs show ${pw.url()}`);
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]!.targetId });
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A fixed internal UUID so the tests know the add-on's moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '5a4e11e5-1e25-4c1a-9a7e-5a4e11e5aaaa';

/**
 * Firefox ESR with dist/firefox installed as a temporary add-on.
 *
 * No pressToolbarButton here: nothing a WebDriver BiDi client can do grants activeTab. Tried:
 * `action.openPopup()` (with extensions.openPopupWithoutUserGesture.enabled) opens the popup
 * but grants nothing ("Missing host permission for the tab"); the Alt+Shift+S command through
 * BiDi key input never reaches the browser's shortcut handling (commands.onCommand stays silent).
 */
export async function launchFirefox(dist = DIST_FIREFOX, hosts: string[] = Object.values(TEST_HOSTS)): Promise<TestBrowser & { browser: PpBrowser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 0,
      // Keep timers of tabs that lose the foreground unthrottled: the tests time the page's own heartbeat.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      // permissions.request (optional host permissions, "Add this site") grants without the
      // doorhanger, which a headless browser cannot show; a real click is still required.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(dist);
  return {
    name: 'firefox',
    browser,
    async open(url) {
      const page = await browser.newPage();
      // The options tab the add-on opens on install can take the foreground; background tabs
      // get throttled timers, which would skew every timing check.
      await page.bringToFront();
      const t = adaptPuppeteer(page);
      await t.goto(url);
      return t;
    },
    /*
     * Firefox refuses to let the test navigate to moz-extension:// URLs, but it can drive a tab
     * the extension opened itself. The background opens the options page once on install; from
     * that tab the test asks the extension to open any of its pages, then finds the new tab.
     */
    async openExtensionPage(path) {
      const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
      const hrefOf = (p: PpPage) => p.evaluate(() => location.href).catch(() => '');
      const extensionTabs = async () => {
        const tabs: { page: PpPage; href: string }[] = [];
        for (const p of await browser.pages()) {
          const href = await hrefOf(p);
          if (href.startsWith(origin)) tabs.push({ page: p, href });
        }
        return tabs;
      };
      let launcher: PpPage | undefined;
      for (let i = 0; i < 50 && !launcher; i++) {
        launcher = (await extensionTabs())[0]?.page;
        if (!launcher) await new Promise((r) => setTimeout(r, 100));
      }
      if (!launcher) throw new Error('Firefox: no extension tab to open extension pages from (the background opens the options page on install)');
      const before = new Set((await extensionTabs()).map((t) => t.page));
      await launcher.evaluate((url) => {
        const ext = (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser;
        return ext.tabs.create({ url }).then(() => undefined);
      }, origin + path);
      for (let i = 0; i < 100; i++) {
        const fresh = (await extensionTabs()).find((t) => !before.has(t.page) && t.href.startsWith(origin + path.split('?')[0]));
        if (fresh) {
          await fresh.page.waitForFunction(() => document.readyState === 'complete');
          return adaptPuppeteer(fresh.page);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Firefox: extension page ${path} did not open`);
    },
    async close() {
      await browser.close();
    },
  };
}

export function launch(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
