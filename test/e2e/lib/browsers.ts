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
import { pageExpression } from './page-function.ts';

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
  /** Per-page prefers-color-scheme emulation; Chromium only (Firefox: launch with `colorScheme`). */
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
   * browser grants activeTab for that tab and opens the popup (Chromium: DevTools
   * `Extensions.triggerAction`; Firefox: a click in the Extensions panel, see launchFirefox).
   */
  pressToolbarButton?(page: TestPage): Promise<void>;
  /**
   * Presses a keyboard shortcut of the browser (e.g. the extension's "Alt+Shift+S") with
   * `page`'s tab in front, so the browser's own shortcut handling sees it (the page's `press`
   * does not reach extension shortcuts in either browser).
   */
  pressShortcut?(page: TestPage, chord: string): Promise<void>;
  /**
   * Right-clicks `page` at (x, y) (viewport coordinates) and chooses the context-menu item whose
   * label is `label`, as a reader does. Firefox only: the content-area context menu is browser
   * UI scripted in the browser window; Chromium's native menu cannot be driven headless.
   */
  chooseContextMenuItem?(page: TestPage, x: number, y: number, label: string): Promise<void>;
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
    evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
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
    evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
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
    // puppeteer cannot emulate media features over WebDriver BiDi; say what to do instead.
    emulateDark: async () => {
      throw new Error("Firefox (WebDriver BiDi) cannot emulate prefers-color-scheme per page: launch with { colorScheme: 'dark' }");
    },
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

/** Launch options shared by both browsers. */
export interface LaunchOptions {
  /** The prefers-color-scheme pages see; default: the browser's own (light when headless). */
  colorScheme?: 'light' | 'dark';
  /** prefers-reduced-motion for every page (Chromium: context option; Firefox: pref). */
  reducedMotion?: 'reduce' | 'no-preference';
  /** More Firefox prefs (the benchmark turns off timer-precision reduction); ignored by Chromium. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/** Linux (evdev) scan codes of the keys shortcuts use; X11/XKB key codes are these plus 8. */
const EVDEV_CODES: Record<string, number> = {
  ...Object.fromEntries([...'1234567890'].map((d, i) => [d, i + 2])),
  ...Object.fromEntries([...'QWERTYUIOP'].map((l, i) => [l, i + 16])),
  ...Object.fromEntries([...'ASDFGHJKL'].map((l, i) => [l, i + 30])),
  ...Object.fromEntries([...'ZXCVBNM'].map((l, i) => [l, i + 44])),
};

/**
 * DevTools `Input.dispatchKeyEvent` parameters for a chord such as "Alt+Shift+S". The native key
 * code matters: without one, Chromium marks the event "skip if unhandled" and the browser's
 * shortcut handling (extension commands among it) never sees it.
 */
export function chromiumShortcutKey(chord: string): { modifiers: number; key: string; code: string; windowsVirtualKeyCode: number; nativeVirtualKeyCode: number } {
  const parts = chord.split('+');
  const main = (parts.pop() ?? '').toUpperCase();
  const bits: Record<string, number> = { Alt: 1, Ctrl: 2, Control: 2, Meta: 4, Command: 4, Shift: 8 };
  let modifiers = 0;
  for (const p of parts) {
    const bit = bits[p];
    if (bit === undefined) throw new Error(`pressShortcut: unknown modifier ${p}`);
    modifiers |= bit;
  }
  const evdev = EVDEV_CODES[main];
  if (evdev === undefined) throw new Error(`pressShortcut: unsupported key ${main}`);
  const code = /\d/.test(main) ? `Digit${main}` : `Key${main}`;
  return { modifiers, key: main, code, windowsVirtualKeyCode: main.charCodeAt(0), nativeVirtualKeyCode: evdev + 8 };
}

/** Chromium with dist/chrome loaded. */
export async function launchChromium(dist = DIST_CHROME, options: LaunchOptions = {}): Promise<TestBrowser & { context: BrowserContext; extensionId: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'sahel-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
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
    async pressShortcut(page, chord) {
      const pw = pwPages.get(page);
      if (!pw) throw new Error('pressShortcut: not a tab this browser opened');
      await pw.bringToFront();
      const key = chromiumShortcutKey(chord);
      const cdp = await context.newCDPSession(pw);
      try {
        // The page leaves the chord unhandled, so Chromium hands it to the browser window.
        await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
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

/** The probe test's control extension (test/e2e/lib/probe-page.ts): its gecko id and fixed UUID. */
export const FIREFOX_CONTROL_EXTENSION = { id: 'probe-control@sahel-lens.test', uuid: '5a4e11e5-c0de-4c1a-9a7e-5a4e11e5bbbb' } as const;

/** The id Firefox gives the add-on's toolbar widget (CustomizableUI), from its gecko id. */
export const FIREFOX_ACTION_WIDGET = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

/** A KeyboardEvent init for nsITextInputProcessor, for one key of a chord such as "Alt+Shift+S". */
function firefoxKey(name: string): { key: string; code: string; keyCode: number } {
  const modifiers: Record<string, { key: string; code: string; keyCode: number }> = {
    Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
    Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
    Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
    Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  };
  const mod = modifiers[name];
  if (mod) return mod;
  if (!/^[A-Za-z0-9]$/.test(name)) throw new Error(`pressShortcut: unsupported key ${name}`);
  const upper = name.toUpperCase();
  return { key: upper, code: /\d/.test(upper) ? `Digit${upper}` : `Key${upper}`, keyCode: upper.charCodeAt(0) };
}

/** Firefox prefs that fix the colour scheme content sees (0 dark, 1 light). */
function colorSchemePrefs(scheme: LaunchOptions['colorScheme']): Record<string, number> {
  return scheme ? { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } : {};
}

/**
 * Runs `expression` (a promise) in the browser window's chrome scope of a Firefox launched by
 * `launchFirefox` (with --remote-allow-system-access); its value must be a string.
 */
export async function inFirefoxWindow(browser: PpBrowser, expression: string): Promise<string> {
  // puppeteer-core has no public call for chrome-scope contexts; its BiDi connection does.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('Firefox: no browser window in chrome scope (is --remote-allow-system-access set?)');
  const out = (await connection.send('script.evaluate', { expression, target: { context: win.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (out.type !== 'success') throw new Error(`Firefox chrome script failed: ${out.exceptionDetails?.text ?? JSON.stringify(out)}`);
  return String(out.result?.value ?? '');
}

/**
 * Firefox ESR with dist/firefox installed as a temporary add-on.
 *
 * The toolbar button and keyboard shortcuts live in the browser's own window, which a WebDriver
 * BiDi client reaches only with --remote-allow-system-access (`moz:scope: "chrome"`). There the
 * harness does what a reader does: open the Extensions panel and click Sahel Lens's button
 * (activeTab is granted, the popup opens), or type a shortcut. Plain BiDi input cannot: key
 * actions go to the page and never reach extension shortcuts, and `action.openPopup()` opens the
 * popup without granting activeTab ("Missing host permission for the tab").
 */
export async function launchFirefox(
  dist = DIST_FIREFOX,
  hosts: string[] = Object.values(TEST_HOSTS),
  options: LaunchOptions = {},
): Promise<TestBrowser & { browser: PpBrowser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the harness script the browser window itself (toolbar button, shortcuts).
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID, [FIREFOX_CONTROL_EXTENSION.id]: FIREFOX_CONTROL_EXTENSION.uuid }),
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
      ...colorSchemePrefs(options.colorScheme),
      ...(options.reducedMotion ? { 'ui.prefersReducedMotion': options.reducedMotion === 'reduce' ? 1 : 0 } : {}),
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(dist);
  const ppPages = new WeakMap<TestPage, PpPage>();
  const adapt = (page: PpPage): TestPage => {
    const t = adaptPuppeteer(page);
    ppPages.set(t, page);
    return t;
  };
  const front = async (page: TestPage, what: string): Promise<void> => {
    const pp = ppPages.get(page);
    if (!pp) throw new Error(`${what}: not a tab this browser opened`);
    await pp.bringToFront();
  };
  const inBrowserWindow = (expression: string): Promise<string> => inFirefoxWindow(browser, expression);
  return {
    name: 'firefox',
    browser,
    async open(url) {
      const page = await browser.newPage();
      // The options tab the add-on opens on install can take the foreground; background tabs
      // get throttled timers, which would skew every timing check.
      await page.bringToFront();
      const t = adapt(page);
      await t.goto(url);
      return t;
    },
    async pressToolbarButton(page) {
      await front(page, 'pressToolbarButton');
      // Unpinned add-ons sit in the Extensions panel (the puzzle-piece button): open it, then
      // click Sahel Lens's entry, as a reader would.
      await inBrowserWindow(`(async () => {
        const id = ${JSON.stringify(FIREFOX_ACTION_WIDGET)};
        const placement = CustomizableUI.getPlacementOfWidget(id);
        if (!placement) throw new Error('no toolbar widget ' + id);
        // A popup or panel still open from an earlier press would swallow this one.
        for (const p of document.querySelectorAll('panel')) if (p.state === 'open' || p.state === 'showing') p.hidePopup();
        if (placement.area === CustomizableUI.AREA_ADDONS) {
          const panel = gUnifiedExtensions.panel;
          const shown = new Promise((resolve, reject) => {
            panel.addEventListener('popupshown', resolve, { once: true });
            setTimeout(() => reject(new Error('the Extensions panel did not open')), 5000);
          });
          await gUnifiedExtensions.togglePanel();
          if (panel.state !== 'open') await shown;
        }
        const node = CustomizableUI.getWidget(id).forWindow(window).node;
        const button = node.querySelector('.unified-extensions-item-action-button') || node.firstElementChild || node;
        button.click();
        return placement.area;
      })()`);
    },
    async pressShortcut(page, chord) {
      await front(page, 'pressShortcut');
      const keys = chord.split('+').map(firefoxKey);
      // Typed with nsITextInputProcessor, as a key press arrives in the browser window. Focus goes
      // to the address bar first: keys synthesised into a page's (remote) browser are not handed
      // back to the window's shortcut handling, keys in the window's own UI are.
      await inBrowserWindow(`(async () => {
        const keys = ${JSON.stringify(keys)};
        gURLBar.focus();
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
        const events = keys.map((k) => new KeyboardEvent('', k));
        for (const e of events) tip.keydown(e);
        for (const e of events.reverse()) tip.keyup(e);
        return 'ok';
      })()`);
    },
    async chooseContextMenuItem(page, x, y, label) {
      await front(page, 'chooseContextMenuItem');
      const pp = ppPages.get(page)!;
      // Listen for the content-area menu in the browser window, right-click the page with the
      // driver's mouse (real input: the page sees contextmenu and Firefox opens its menu with the
      // add-ons' items), then choose the item in the menu as a reader would.
      await inBrowserWindow(`(async () => {
        const menu = document.getElementById('contentAreaContextMenu');
        window.__slMenuShown = new Promise((resolve) => menu.addEventListener('popupshown', () => resolve('shown'), { once: true }));
        return 'ok';
      })()`);
      await pp.mouse.click(x, y, { button: 'right' });
      await inBrowserWindow(`(async () => {
        const menu = document.getElementById('contentAreaContextMenu');
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the context menu did not open')), 5000));
        await Promise.race([window.__slMenuShown, timeout]);
        const label = ${JSON.stringify(label)};
        let item = null;
        for (let i = 0; i < 50 && !item; i++) {
          item = [...menu.querySelectorAll('menuitem')].find((m) => m.label === label && !m.hidden) || null;
          if (!item) await new Promise((r) => setTimeout(r, 50));
        }
        if (!item) {
          const labels = [...menu.querySelectorAll('menuitem')].filter((m) => !m.hidden).map((m) => m.label).join(' | ');
          menu.hidePopup();
          throw new Error('no context-menu item ' + label + ': ' + labels);
        }
        menu.activateItem(item);
        return 'ok';
      })()`);
    },
    /*
     * Firefox refuses to let the test navigate to moz-extension:// URLs, but it can drive a tab
     * the extension opened itself. The background opens the options page once on install; from
     * that tab the test asks the extension to open any of its pages, then finds the new tab.
     */
    async openExtensionPage(path) {
      const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
      const hrefOf = (p: PpPage) => (p.evaluate('location.href') as Promise<string>).catch(() => '');
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
      await launcher.evaluate(pageExpression((url: string) => {
        const ext = (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser;
        return ext.tabs.create({ url }).then(() => undefined);
      }, origin + path));
      for (let i = 0; i < 100; i++) {
        const fresh = (await extensionTabs()).find((t) => !before.has(t.page) && t.href.startsWith(origin + path.split('?')[0]));
        if (fresh) {
          await fresh.page.waitForFunction("document.readyState === 'complete'");
          return adapt(fresh.page);
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

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(DIST_CHROME, options) : launchFirefox(DIST_FIREFOX, undefined, options);
}
