/**
 * A local HTTPS server for the end-to-end tests and the demo (the extension's host permissions
 * are https-only; the browsers accept the test certificate in test/e2e/certs/). It serves:
 *   /news/<corpus id>.html   a corpus article laid out as a news page
 *   /file?path=<abs path>    a local .html (as is) or .txt article (laid out as a news page)
 *   /real/<name>.html        a real saved page (from realPagesDir())
 *   /pages/<file>            static files from test/e2e/pages/
 * Every request is recorded, so tests can check that the extension made none of its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS, ROOT, realPagesDir } from './paths.ts';
import { parseArticleTxt, renderNewsPage } from './news-page.ts';

export interface TestServer {
  port: number;
  /** Paths requested so far (with host header). */
  requests: { host: string; url: string }[];
  /** Registers a page generated in the test. */
  route(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Finds a corpus article by id in seed/ or dev/. */
export function corpusArticlePath(id: string): string | null {
  for (const dir of ['seed', 'dev']) {
    const p = join(CORPUS, dir, `${id}.txt`);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Lays a .txt article file out as a news page; the language comes from its label file or the id prefix. */
export function newsPageForTxt(path: string): string {
  const jsonPath = path.replace(/\.txt$/, '.json');
  let lang: 'en' | 'fr' = /(^|\/)fr-[^/]*$/.test(path) ? 'fr' : 'en';
  if (existsSync(jsonPath)) {
    try {
      const meta = JSON.parse(readFileSync(jsonPath, 'utf8')) as { language?: string };
      if (meta.language === 'fr' || meta.language === 'en') lang = meta.language;
    } catch {
      /* keep the guess */
    }
  }
  return renderNewsPage(parseArticleTxt(readFileSync(path, 'utf8'), lang));
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { html: string; headers: Record<string, string> }>();
  const requests: { host: string; url: string }[] = [];
  const real = realPagesDir();

  function handle(req: IncomingMessage): { status: number; body: string | Buffer; headers: Record<string, string> } {
    const url = new URL(req.url ?? '/', 'http://x');
    const html = (body: string, headers: Record<string, string> = {}) => ({
      status: 200,
      body,
      headers: { 'content-type': TYPES['.html']!, ...headers },
    });
    // Browsers ask every host for a favicon; answer so a 404 never shows up as a page error.
    if (url.pathname === '/favicon.ico') return { status: 200, body: readFileSync(join(ROOT, 'icons/icon-16.png')), headers: { 'content-type': TYPES['.png']! } };
    const custom = routes.get(url.pathname);
    if (custom) return html(custom.html, custom.headers);
    let m = /^\/news\/([\w-]+)\.html$/.exec(url.pathname);
    if (m) {
      const p = corpusArticlePath(m[1]!);
      if (p) return html(newsPageForTxt(p));
    }
    if (url.pathname === '/file') {
      const p = url.searchParams.get('path');
      if (p && existsSync(p)) return p.endsWith('.txt') ? html(newsPageForTxt(p)) : html(readFileSync(p, 'utf8'));
    }
    m = /^\/real\/([\w.-]+)\.html$/.exec(url.pathname);
    if (m && real) {
      const p = join(real, m[1]!, 'source.html');
      if (existsSync(p)) return { status: 200, body: readFileSync(p), headers: { 'content-type': TYPES['.html']! } };
    }
    m = /^\/pages\/([\w./-]+)$/.exec(url.pathname);
    if (m && !m[1]!.includes('..')) {
      const p = resolve(ROOT, 'test/e2e/pages', m[1]!);
      if (existsSync(p)) return { status: 200, body: readFileSync(p), headers: { 'content-type': TYPES[extname(p)] ?? 'application/octet-stream' } };
    }
    return { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } };
  }

  const tls = { key: readFileSync(join(ROOT, 'test/e2e/certs/key.pem')), cert: readFileSync(join(ROOT, 'test/e2e/certs/cert.pem')) };
  const server: Server = createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ host: req.headers.host ?? '', url: req.url ?? '' });
    try {
      const r = handle(req);
      res.writeHead(r.status, { 'cache-control': 'no-store', ...r.headers });
      res.end(r.body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    route(path, body, headers = {}) {
      routes.set(path, { html: body, headers });
    },
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
