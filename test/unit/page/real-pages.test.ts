/**
 * The extractor on the 82 real saved pages (../shared/fixtures/real-pages, not committed:
 * skipped when absent). Every page: no throw, bounded time, no change to the page. Pages with
 * a benchmark ground truth (article-extraction-benchmark): the words we read are mostly the
 * article's (precision) and most of the article's words are read (recall).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract';
import { parseDoc, ROOT } from './helpers';

const DIR = process.env.SAHEL_REAL_PAGES ?? resolve(ROOT, '../shared/fixtures/real-pages');
const present = existsSync(join(DIR, 'INDEX.json'));

interface Entry {
  name: string;
  is_article: boolean;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words precision and recall of `got` against `want`. */
function overlap(got: string, want: string): { p: number; r: number } {
  const bag = new Map<string, number>();
  for (const w of words(want)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const g = words(got);
  let hit = 0;
  for (const w of g) {
    const c = bag.get(w) ?? 0;
    if (c > 0) {
      hit++;
      bag.set(w, c - 1);
    }
  }
  return { p: g.length ? hit / g.length : 0, r: hit / Math.max(1, words(want).length) };
}

describe.skipIf(!present)('extractArticle on real saved pages', () => {
  const index: Entry[] = present ? JSON.parse(readFileSync(join(DIR, 'INDEX.json'), 'utf8')) : [];

  it('never throws, stays bounded, and leaves every page unchanged', () => {
    for (const e of index) {
      const html = readFileSync(join(DIR, e.name, 'source.html'), 'utf8');
      const doc = parseDoc(html);
      const before = doc.documentElement.outerHTML.length;
      const t0 = performance.now();
      const got = extractArticle(doc);
      const ms = performance.now() - t0;
      expect(ms, e.name).toBeLessThan(2000);
      expect(doc.documentElement.outerHTML.length, e.name).toBe(before);
      if (got) expect(got.article.text.length, e.name).toBeLessThanOrEqual(250_000);
      if (e.is_article && !e.name.startsWith('trafilatura-')) expect(got, `${e.name} has an article`).not.toBeNull();
    }
  });

  it('reads the article body of the benchmark pages (mean precision ≥ 0.9, recall ≥ 0.8)', () => {
    let p = 0;
    let r = 0;
    let n = 0;
    for (const e of index.filter((x) => x.name.startsWith('aeb-'))) {
      // The benchmark's entry for the page, keyed by the page's hash.
      const raw = JSON.parse(readFileSync(join(DIR, e.name, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
      const truth = Object.values(raw)[0]!.articleBody;
      const got = extractArticle(parseDoc(readFileSync(join(DIR, e.name, 'source.html'), 'utf8')));
      const o = overlap(got?.article.text ?? '', truth);
      p += o.p;
      r += o.r;
      n++;
    }
    expect(n).toBeGreaterThan(20);
    expect(p / n).toBeGreaterThanOrEqual(0.9);
    expect(r / n).toBeGreaterThanOrEqual(0.8);
  });
});
