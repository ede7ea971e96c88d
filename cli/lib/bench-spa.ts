/**
 * The single-page site of the memory run (cli/lib/bench-memory.ts): one news page, served under
 * a listed outlet host, that shows Sahel articles one after another the way single-page news
 * sites do — `history.pushState` to the article's URL, the old <article> replaced by a new one,
 * the title changed — without ever reloading. The articles are the project's own test articles
 * (test/data/corpus: the design article and the dev articles about the Sahel).
 *
 * Also the page-side functions the benchmark runs in it (sent through pageExpression): swap to
 * article i, wait for our notes on the article shown, count what of ours is in the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleTxt, renderNewsPage, type PlainArticle } from '../../test/e2e/lib/news-page.ts';

/** The global the page's own script defines (in the page's world). */
export const SPA_GLOBAL = '__slBenchSpa';
export const SPA_PATH = '/spa/start';

/**
 * Ids (`seed/…`, `dev/…`) of the corpus articles about the Sahel that carry notes (label file
 * `about_sahel: true` and at least one labelled sentence: the benchmark waits for notes after
 * each swap), the design article first.
 */
export function sahelArticleIds(corpusDir: string): string[] {
  const ids: string[] = [];
  for (const sub of ['seed', 'dev']) {
    const dir = join(corpusDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { about_sahel?: boolean; sentences?: { labels?: string[] }[] };
      const noted = (meta.sentences ?? []).some((x) => (x.labels ?? []).length > 0);
      if (meta.about_sahel === true && noted && existsSync(join(dir, f.replace(/\.json$/, '.txt')))) ids.push(`${sub}/${f.replace(/\.json$/, '')}`);
    }
  }
  return ids;
}

/** Reads `sub/id` from the corpus as a plain article (language from the id prefix). */
export function loadCorpusArticle(corpusDir: string, subId: string): PlainArticle {
  const [sub, id] = subId.split('/') as [string, string];
  return parseArticleTxt(readFileSync(join(corpusDir, sub, `${id}.txt`), 'utf8'), id.startsWith('fr-') ? 'fr' : 'en');
}

/**
 * Which article each of `swaps` swaps shows, given `count` articles (article 0 is shown at load):
 * 1, 2, …, count − 1 in turn, round again if there are more swaps than articles, and the last
 * swap back to article 0, so the end state mirrors the start. Never the same article twice in a row.
 */
export function swapSequence(swaps: number, count: number): number[] {
  if (count < 2) throw new Error('swapSequence: at least two articles');
  if (swaps < 1) return [];
  const seq: number[] = [];
  for (let i = 1; i < swaps; i++) seq.push(1 + ((i - 1) % (count - 1)));
  seq.push(0);
  return seq;
}

/** URL-path slug of an article title. */
export function slug(title: string, i: number): string {
  const s = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${i}-${s || 'article'}`;
}

/** The page: the first article rendered as a news page, plus the data and the script that swaps articles. */
export function spaPage(articles: PlainArticle[]): string {
  const data = JSON.stringify(articles.map((a, i) => ({ ...a, slug: slug(a.title, i) }))).replace(/</g, '\\u003c');
  const script = `<script type="application/json" id="sl-bench-spa-data">${data}</script>
<script>
(() => {
  const articles = JSON.parse(document.getElementById('sl-bench-spa-data').textContent);
  const site = document.title.split(' — ').pop();
  window.${SPA_GLOBAL} = {
    count: articles.length,
    show(i) {
      const a = articles[i];
      history.pushState({ i }, '', '/spa/' + a.slug);
      const next = document.createElement('article');
      const h1 = document.createElement('h1');
      h1.textContent = a.title;
      next.appendChild(h1);
      const by = document.createElement('div');
      by.className = 'byline';
      by.textContent = document.querySelector('article .byline')?.textContent || '';
      next.appendChild(by);
      for (const text of a.paragraphs) {
        const p = document.createElement('p');
        p.textContent = text;
        next.appendChild(p);
      }
      document.querySelector('article').replaceWith(next);
      document.documentElement.lang = a.lang;
      document.title = a.title + ' — ' + site;
      window.scrollTo(0, 0);
      return location.pathname;
    },
  };
})();
</script>`;
  return renderNewsPage(articles[0]!, { tail: script });
}

/** Page function: shows article `i` (pushState + new <article>); returns the new path. */
export function showArticleInPage(i: number): string {
  const spa = (window as unknown as Record<string, { show(i: number): string } | undefined>)['__slBenchSpa'];
  if (!spa) throw new Error('not the benchmark single-page site');
  return spa.show(i);
}

/**
 * Page function: waits until our notes are on the article now shown — markers in the overlay and
 * a highlight inside the current <article> (when the page can see the highlight registry; else
 * markers that came back after the swap removed the old ones). Resolves with the time waited
 * (ms), or -1 after `timeoutMs`.
 */
export function waitNotesOnArticleInPage(o: { timeoutMs: number }): Promise<number> {
  const t0 = performance.now();
  let sawNone = false;
  return new Promise((resolve) => {
    const check = () => {
      const host = document.querySelector('sahel-lens-overlay');
      const markers = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('[data-sl-claim]').length : 0;
      if (markers === 0) sawNone = true;
      const article = document.querySelector('article');
      let inArticle = false;
      let registry = 0;
      try {
        const hl = (globalThis as unknown as { CSS?: { highlights?: Map<string, Iterable<Range>> } }).CSS?.highlights;
        registry = hl ? hl.size : 0;
        if (hl && article) for (const h of hl.values()) for (const r of h) if (r.startContainer.isConnected && article.contains(r.startContainer)) inArticle = true;
      } catch {
        /* no registry here */
      }
      const ok = markers > 0 && (inArticle || (registry === 0 && sawNone));
      const waited = performance.now() - t0;
      if (ok) resolve(waited);
      else if (waited > o.timeoutMs) resolve(-1);
      else setTimeout(check, 25);
    };
    check();
  });
}

/** What of ours is in the page's document: overlay hosts, style elements and sheets, highlights. */
export interface OursInPage {
  overlays: number;
  styleElements: number;
  adoptedSheets: number;
  highlights: number;
  /** Elements in the document (the page's and ours). */
  elements: number;
}

/** Page function: counts `OursInPage`. */
export function oursInPage(): OursInPage {
  let highlights = 0;
  try {
    const hl = (globalThis as unknown as { CSS?: { highlights?: { size: number } } }).CSS?.highlights;
    highlights = hl ? hl.size : 0;
  } catch {
    /* none */
  }
  return {
    overlays: document.querySelectorAll('sahel-lens-overlay').length,
    styleElements: document.querySelectorAll('[data-sahel-lens]').length,
    adoptedSheets: document.adoptedStyleSheets ? document.adoptedStyleSheets.length : 0,
    highlights,
    elements: document.getElementsByTagName('*').length,
  };
}
