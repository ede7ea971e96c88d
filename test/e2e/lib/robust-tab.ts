/**
 * One long-lived tab per browser for the robustness suite, on top of `launchChromium` /
 * `launchFirefox`: it is navigated from page to page (no new tab per page), and records, per
 * visit, the errors the page reported (with their stacks, so the extension's own can be told
 * from the page's) and every request the tab made (in Chromium with its initiator stack, so a
 * request issued by our content script is recognised even when it goes to the page's host).
 * It implements `TestPage`, so the overlay reader works on it.
 */
import type { BrowserContext, CDPSession, Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, launchChromium, launchFirefox, TEST_HOSTS, type BrowserName, type TestPage } from './browsers.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, DIST_CHROME } from './paths.ts';
import { pageExpression } from './page-function.ts';
import type { PageStatus } from '../../../src/shared/messages.ts';

export interface CapturedError {
  kind: 'pageerror' | 'console';
  text: string;
  /** Stack or source location, when the browser gave one. */
  stack: string;
}

export interface CapturedRequest {
  url: string;
  /** Script URLs on the initiator stack (Chromium only). */
  initiatorUrls: string[];
}

export interface VisitLog {
  url: string;
  errors: CapturedError[];
  requests: CapturedRequest[];
  /** Extension worlds created in the page (Chromium: our content script ran); null when unknown (Firefox). */
  extensionWorlds: number | null;
}

export interface RobustTab extends TestPage {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  /** The current visit's log. */
  log: VisitLog;
  /** Starts a fresh log and navigates (waits for `load`). */
  visit(url: string, timeoutMs?: number): Promise<VisitLog>;
  /** Requests from the extension's background (Chromium; Firefox does not expose them). */
  backgroundRequests: string[];
  /**
   * Evaluates an expression in the page through the protocol's own serialisation (CDP
   * Runtime.evaluate, BiDi script.evaluate), so it works on pages that break the builtins
   * the drivers' helpers use (Array.prototype, JSON). Promises are awaited.
   */
  evalExpr<T>(expression: string): Promise<T>;
  /**
   * Asks our content script in this tab what it found, as the popup does (`popup:get-status`,
   * sent from the extension's background in Chromium and from an extension tab in Firefox).
   * The content script answers after its idle scan (and annotation) is done, so this is also
   * how the suite knows the extension has finished with a page. `error` when no content script
   * answered (for instance on a host the extension does not run on).
   */
  status(timeoutMs?: number): Promise<StatusReply>;
}

export interface StatusReply {
  status?: PageStatus | null;
  error?: string;
}

/** The page status of the tab showing `url`, read as the popup reads it, from an extension context (`browser` or `chrome`). */
export function statusExpression(url: string): string {
  return `(async (url) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab || tab.id === undefined) return { error: 'tab not found among ' + tabs.length + ' tabs' };
  try {
    // Read the status as the popup does (src/shared/tab-messages.ts): through the function the
    // content script leaves on its own global, without waking its messaging.
    const [first] = await api.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: () => { const f = globalThis.__sahelLensStatus; return typeof f === 'function' ? f() : null; },
    });
    const r = first ? first.result : null;
    if (r === null || r === undefined) return { error: 'Receiving end does not exist: no content script status in the tab' };
    return { status: r ?? null };
  } catch (e) {
    return { error: String((e && e.message) || e) };
  }
})(${JSON.stringify(url)})`;
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, new Promise<T>((r) => setTimeout(() => r(fallback), ms))]);
}

/**
 * Asks again while nobody listens yet: Firefox injects document_idle scripts a moment after
 * the load event, so right after navigation the content script may not be there yet.
 */
export async function askUntilAnswered(timeoutMs: number, ask: () => Promise<StatusReply>): Promise<StatusReply> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const left = end - Date.now();
    const r = await withTimeout(ask(), Math.max(left, 1), { error: `no answer in ${timeoutMs} ms` });
    if (r.status !== undefined || !/Receiving end does not exist|tab not found/i.test(r.error ?? '') || Date.now() > end - 250) return r;
    await new Promise((res) => setTimeout(res, 200));
  }
}

export interface RobustBrowser {
  name: BrowserName;
  tab: RobustTab;
  /** Installs one more extension, as a temporary add-on (Firefox only). */
  installExtension?(dir: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * True when an error is the extension's: our origin on its stack or in its URL, or our log
 * prefix. Without `origin`, any extension origin (saved pages can carry other extensions' URLs).
 */
export function mentionsExtension(s: string, origin?: string): boolean {
  if (s.includes('[Sahel Lens]')) return true;
  return origin ? s.includes(origin) : /chrome-extension:\/\/|moz-extension:\/\//.test(s);
}

function newLog(url: string, chromium: boolean): VisitLog {
  return { url, errors: [], requests: [], extensionWorlds: chromium ? 0 : null };
}

function stackUrls(stack: unknown, out: string[] = []): string[] {
  const s = stack as { callFrames?: { url?: string }[]; parent?: unknown } | undefined;
  if (!s) return out;
  for (const f of s.callFrames ?? []) if (f.url) out.push(f.url);
  if (s.parent) stackUrls(s.parent, out);
  return out;
}

async function chromiumTab(hosts: string[], dist: string): Promise<RobustBrowser> {
  void hosts; // Chromium maps every host name to 127.0.0.1 already.
  const b = await launchChromium(dist);
  const context: BrowserContext = b.context;
  const origin = `chrome-extension://${b.extensionId}`;
  const backgroundRequests: string[] = [];
  context.on('request', (r) => {
    // Network requests of our service worker (its own module loads are chrome-extension:// URLs;
    // pages' own service workers are theirs).
    const sw = (r as unknown as { serviceWorker?: () => { url(): string } | null }).serviceWorker?.();
    if (sw && sw.url().startsWith(origin) && /^(https?|wss?):/.test(r.url())) backgroundRequests.push(r.url());
  });
  let log = newLog('', true);
  const errors: string[] = [];
  const logs: string[] = [];
  let page!: PwPage;
  let crashed = false;
  /** A new tab with our listeners (again after a renderer crash). */
  const openPage = async () => {
    page = await context.newPage();
    crashed = false;
    page.on('crash', () => {
      crashed = true;
      log.errors.push({ kind: 'pageerror', text: 'renderer crashed', stack: '' });
    });
    page.on('pageerror', (e) => {
      log.errors.push({ kind: 'pageerror', text: String(e), stack: e.stack ?? '' });
      errors.push(String(e));
    });
    page.on('console', (m) => {
      logs.push(`${m.type()}: ${m.text()}`);
      // Errors, and our own warnings (the content script reports caught failures as one "[Sahel Lens]" warning).
      if (m.type() !== 'error' && !(m.type() === 'warning' && mentionsExtension(m.text()))) return;
      log.errors.push({ kind: 'console', text: m.text(), stack: m.location().url ?? '' });
      errors.push(m.text());
    });
  };
  await openPage();
  let cdp: CDPSession | null = null;
  const attach = async () => {
    if (crashed || page.isClosed()) {
      await page.close().catch(() => {});
      await openPage();
      cdp = null;
    }
    if (cdp) await cdp.detach().catch(() => {});
    const session = await context.newCDPSession(page);
    cdp = session;
    session.on('Network.requestWillBeSent', (ev: { request: { url: string }; initiator?: { url?: string; stack?: unknown } }) => {
      const urls = stackUrls(ev.initiator?.stack);
      if (ev.initiator?.url) urls.push(ev.initiator.url);
      log.requests.push({ url: ev.request.url, initiatorUrls: urls });
    });
    // Contexts of the previous document are replayed on enable and cleared on navigation.
    session.on('Runtime.executionContextsCleared', () => {
      if (log.extensionWorlds !== null) log.extensionWorlds = 0;
    });
    session.on('Runtime.executionContextCreated', (ev: { context: { origin?: string; name?: string } }) => {
      if ((ev.context.origin ?? '').startsWith(origin) && log.extensionWorlds !== null) log.extensionWorlds++;
    });
    await session.send('Network.enable');
    await session.send('Runtime.enable');
  };
  const tab: RobustTab = {
    name: 'chromium',
    extensionOrigin: origin,
    get log() {
      return log;
    },
    backgroundRequests,
    errors,
    logs,
    async visit(url, timeoutMs = 30_000) {
      log = newLog(url, true);
      await attach();
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      return log;
    },
    async evalExpr<T>(expression: string): Promise<T> {
      if (!cdp) await attach();
      const r = (await cdp!.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text?: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text ?? 'evaluation failed');
      return r.result.value as T;
    },
    status(timeoutMs = 15_000) {
      return askUntilAnswered(timeoutMs, () => {
        const sw = context.serviceWorkers().find((w) => w.url().startsWith(origin));
        if (!sw) return Promise.resolve({ error: 'no service worker' });
        return (sw.evaluate(statusExpression(page.url())) as Promise<StatusReply>).catch((e: unknown) => ({ error: String(e) }));
      });
    },
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
  return { name: 'chromium', tab, close: () => b.close() };
}

async function firefoxTab(hosts: string[], dist: string): Promise<RobustBrowser> {
  const b = await launchFirefox(dist, [...new Set([...Object.values(TEST_HOSTS), ...hosts])]);
  const browser: PpBrowser = b.browser;
  const page: PpPage = await browser.newPage();
  await page.bringToFront();
  let log = newLog('', false);
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('pageerror', (e) => {
    const err = e as Error;
    log.errors.push({ kind: 'pageerror', text: String(err), stack: err?.stack ?? '' });
    errors.push(String(err));
  });
  page.on('console', (m) => {
    logs.push(`${m.type()}: ${m.text()}`);
    if (m.type() !== 'error' && !(m.type() === 'warn' && mentionsExtension(m.text()))) return;
    const where = [m.location()?.url ?? '', ...m.stackTrace().map((f) => f.url ?? '')].join('\n');
    log.errors.push({ kind: 'console', text: m.text(), stack: where });
    errors.push(m.text());
  });
  page.on('request', (r) => {
    log.requests.push({ url: r.url(), initiatorUrls: [] });
  });
  const extOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  /** The extension's own tab (the background opens the options page on install). */
  const findExtensionTab = async (): Promise<PpPage | null> => {
    for (let i = 0; i < 30; i++) {
      for (const p of await browser.pages()) {
        if (p === page) continue;
        const href = await p.evaluate('location.href').catch(() => '');
        if (typeof href === 'string' && href.startsWith(extOrigin)) return p;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  };
  let control: PpPage | null = null;
  const tab: RobustTab = {
    name: 'firefox',
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    get log() {
      return log;
    },
    backgroundRequests: [],
    errors,
    logs,
    async visit(url, timeoutMs = 30_000) {
      log = newLog(url, false);
      const t0 = Date.now();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      } catch (e) {
        // Firefox's remote agent aborts the wait when any frame of the page shows an error
        // page (an iframe to a blocked host: "Address rejected", "dnsNotFound"), while the
        // page itself goes on loading: wait for it by polling instead.
        if (/timeout/i.test(String(e))) throw e;
        for (;;) {
          const state = await page.evaluate('[location.href, document.readyState]').catch(() => null) as [string, string] | null;
          if (state && state[0] === url && state[1] === 'complete') break;
          if (Date.now() - t0 > timeoutMs) throw new Error(`${url} did not load in ${timeoutMs} ms (after: ${String(e).split('\n')[0]})`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return log;
    },
    evalExpr: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async status(timeoutMs = 15_000) {
      control ??= await findExtensionTab();
      const from = control;
      if (!from) return { error: 'no extension tab to ask from' };
      return askUntilAnswered(timeoutMs, () =>
        (from.evaluate(statusExpression(page.url())) as Promise<StatusReply>).catch((e: unknown) => ({ error: String(e) })),
      );
    },
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
    emulateDark: (dark) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]),
    url: () => page.url(),
    close: () => page.close(),
  };
  return {
    name: 'firefox',
    tab,
    installExtension: async (dir) => {
      await browser.installExtension(dir);
    },
    close: () => b.close(),
  };
}

/**
 * Every host name an HTML text refers to (`//host`). Firefox resolves only the host names it is
 * given to 127.0.0.1 (network.dns.localDomains), unlike Chromium's `MAP *`: the hosts a saved
 * page loads from must be in that list, or each of its requests waits on a DNS lookup that
 * cannot succeed here, and `load` comes late or never.
 */
export function referencedHosts(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/(?:https?:)?\/\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})/gi)) {
    out.add(m[1]!.toLowerCase());
  }
  return [...out];
}

/** Launches the browser with the extension and opens the one tab the suite navigates. */
export function launchRobust(name: BrowserName, hosts: string[] = [], dist?: string): Promise<RobustBrowser> {
  return name === 'chromium' ? chromiumTab(hosts, dist ?? DIST_CHROME) : firefoxTab(hosts, dist ?? join(DIST, 'firefox'));
}

/**
 * An extension that does nothing (a manifest and an empty background), written to a temporary
 * folder: the control browser loads it instead of ours, so it is launched by exactly the same
 * harness code (same flags, prefs, host mapping) and differs only in not running Sahel Lens.
 */
export function noopExtension(): { chrome: string; firefox: string } {
  const root = join(tmpdir(), 'sahel-lens-noop-extension');
  const base = { manifest_version: 3, name: 'No-op (test control)', version: '1.0' };
  mkdirSync(join(root, 'chrome'), { recursive: true });
  mkdirSync(join(root, 'firefox'), { recursive: true });
  writeFileSync(join(root, 'chrome/bg.js'), '// nothing\n');
  writeFileSync(join(root, 'firefox/bg.js'), '// nothing\n');
  writeFileSync(join(root, 'chrome/manifest.json'), JSON.stringify({ ...base, background: { service_worker: 'bg.js' } }));
  writeFileSync(
    join(root, 'firefox/manifest.json'),
    JSON.stringify({
      ...base,
      background: { scripts: ['bg.js'] },
      browser_specific_settings: { gecko: { id: 'noop-control@sahel-lens.test', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
    }),
  );
  return { chrome: join(root, 'chrome'), firefox: join(root, 'firefox') };
}

/**
 * Waits until the page's main thread has been quiet (no 10 ms timer delayed by more than
 * `gapMs`) for `quietMs`, after one idle callback; at most `maxMs`. Runs in the page, with
 * timers only (works on pages that break other builtins).
 */
export async function waitQuietInPage(o: { quietMs: number; maxMs: number; gapMs: number }): Promise<{ waited: number; quiet: boolean }> {
  // No named inner functions: tsx/esbuild would wrap them in a helper the page does not have.
  const start = performance.now();
  let prev = start;
  let lastBusy = start;
  for (;;) {
    await new Promise((r) => setTimeout(r, 10));
    const t = performance.now();
    if (t - prev > o.gapMs) lastBusy = t;
    prev = t;
    if (t - lastBusy >= o.quietMs || t - start >= o.maxMs) return { waited: Math.round(t - start), quiet: t - lastBusy >= o.quietMs };
  }
}

/** Waits for quiet on the tab (the content script runs after idle; this is idle plus a margin). */
export async function settle(tab: RobustTab, quietMs = 250, maxMs = 4_000): Promise<{ waited: number; quiet: boolean }> {
  return tab.evalExpr(pageExpression(waitQuietInPage, { quietMs, maxMs, gapMs: 40 }));
}

