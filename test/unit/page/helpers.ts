/** Shared fixtures for the page-layer tests: corpus articles laid out as news pages, parsed by linkedom. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseArticleTxt, renderNewsPage, type PlainArticle } from '../../e2e/lib/news-page';

export const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'test/data/corpus');

/** A corpus article (seed or dev) as title + paragraphs. */
export function loadArticle(id: string): PlainArticle {
  const dir = id.startsWith('seed-') ? 'seed' : 'dev';
  const lang = id.startsWith('fr-') ? 'fr' : 'en';
  return parseArticleTxt(readFileSync(join(CORPUS, dir, `${id}.txt`), 'utf8'), lang);
}

/** Parses HTML into a linkedom Document, typed as the DOM's. */
export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The article laid out as a news page (nav, ads, related, comments, footer) and parsed. */
export function newsDoc(id: string, extra: { head?: string; tail?: string } = {}): { doc: Document; article: PlainArticle } {
  const article = loadArticle(id);
  return { doc: parseDoc(renderNewsPage(article, extra)), article };
}

/** Escapes text for HTML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
