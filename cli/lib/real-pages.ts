/**
 * The saved real pages (`../shared/fixtures/real-pages`, or $SAHEL_REAL_PAGES) as plain text,
 * for the topic-gate test and the engine benchmark. The text is extracted crudely (tags
 * stripped, block tags turned into paragraph breaks): good enough to ask "is this about the
 * Sahel?" and to time the engine on real-world text, not a substitute for src/page/extract.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './corpus.ts';
import { articleFromParagraphs } from './article.ts';
import type { ArticleText } from '../../src/engine/types.ts';

export function realPagesDir(): string {
  return process.env.SAHEL_REAL_PAGES ? resolve(process.env.SAHEL_REAL_PAGES) : resolve(ROOT, '..', 'shared', 'fixtures', 'real-pages');
}

export interface RealPage {
  name: string;
  html: string;
  title?: string;
  article: ArticleText;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** Crude visible text of an HTML document, as paragraphs. */
export function htmlToArticle(html: string): { title?: string; article: ArticleText } {
  const titleMatch = /<title[^>]*>([^<]{0,500})<\/title>/i.exec(html);
  const body = html
    .replace(/<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|section|article|header|footer|br|tr|table|blockquote|figcaption|nav|aside)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ');
  const paragraphs = decode(body)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const title = titleMatch ? decode(titleMatch[1] ?? '').trim() : undefined;
  return title ? { title, article: articleFromParagraphs(paragraphs, title) } : { article: articleFromParagraphs(paragraphs) };
}

/** Loads every `<name>/source.html`; returns null when the folder is absent. */
export function loadRealPages(dir: string = realPagesDir()): RealPage[] | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const out: RealPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const { title, article } = htmlToArticle(html);
    out.push(title ? { name, html, title, article } : { name, html, article });
  }
  return out;
}
