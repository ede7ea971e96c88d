/** Shared set-up for an e2e file: one server, one browser of the given kind, screenshots folder. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageUrl, TEST_HOSTS, type BrowserName, type LaunchOptions, type TestBrowser, type TestPage } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';
import { ARTIFACTS } from './paths.ts';
import { waitForMarkers } from './overlay-reader.ts';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface Session {
  browser: TestBrowser;
  server: TestServer;
  /** URL of a corpus article laid out as a news page, on an outlet host. */
  newsUrl(id: string): string;
  /** Opens a corpus article and waits for its notes (at least `min`). */
  openNews(id: string, min?: number): Promise<TestPage>;
  shot(page: TestPage, name: string, fullPage?: boolean): Promise<string>;
  close(): Promise<void>;
}

export async function startSession(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const server = await startServer();
  const browser = await launch(name, options);
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const newsUrl = (id: string) => pageUrl(id.startsWith('fr-') ? TEST_HOSTS.fr : TEST_HOSTS.en, server.port, `/news/${id}.html`);
  return {
    browser,
    server,
    newsUrl,
    async openNews(id, min = 1) {
      const page = await browser.open(newsUrl(id));
      await waitForMarkers(page, min);
      return page;
    },
    async shot(page, shotName, fullPage = false) {
      const p = join(dir, `${shotName}-${name}.png`);
      await page.screenshot(p, fullPage);
      return p;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
