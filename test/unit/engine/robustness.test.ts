import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate } from '../../../src/engine/annotate.ts';
import type { ArticleText } from '../../../src/engine/types.ts';
import { articleFromParagraphs } from '../../../cli/lib/article.ts';
import { loadCorpus } from '../../../cli/lib/corpus.ts';

function checkShape(article: ArticleText): void {
  const r = annotate(article, { force: true });
  let last = -1;
  for (const c of r.claims) {
    expect(c.start).toBeGreaterThan(last);
    expect(c.end).toBeLessThanOrEqual(article.text.length);
    expect(c.text).toBe(article.text.slice(c.start, c.end));
    expect(c.labels.length).toBeGreaterThan(0);
    expect(typeof c.explanation).toBe('string');
    for (const f of c.figures) {
      expect(f.start).toBeGreaterThanOrEqual(c.start);
      expect(f.end).toBeLessThanOrEqual(c.end);
    }
    last = c.start;
  }
}

describe('robustness', () => {
  it('never throws, and returns consistent offsets, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (paras, title) => {
        checkShape(articleFromParagraphs(paras, title));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of news words and punctuation', () => {
    const words = ['said', 'the', 'army', '«', '»', '“', '”', '"', ',', '.', '?', 'U.S.', 'M.', 'selon', 'lui', 'JNIM', '12', 'dozens', 'killed', 'These', 'videos', 'not', 'verified', 'according', 'to', 'He', 'Il', '—', '\u00a0', '2,400', 'a.m.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (ws) => {
        checkShape(articleFromParagraphs([ws.join(' ')]));
      }),
      { numRuns: 300 },
    );
  });

  it('survives malformed articles from a page', () => {
    const bad: unknown[] = [
      null,
      {},
      { text: 42 },
      { text: 'The army said 12 soldiers died.', blocks: 'nope' },
      { text: 'The army said 12 soldiers died.', blocks: [{ start: 50, end: -3 }, null, { start: 0, end: 1e9 }] },
      { text: 'x'.repeat(50_000) },
    ];
    for (const a of bad) {
      const r = annotate(a as ArticleText, { force: true });
      expect(Array.isArray(r.claims)).toBe(true);
    }
  });

  it('annotates nothing when the topic gate says no, unless forced', () => {
    const control = loadCorpus().find((a) => a.id === 'en-wire-sudan-elfasher-control');
    expect(control).toBeDefined();
    const gated = annotate(control!.article);
    expect(gated.aboutSahel).toBe(false);
    expect(gated.claims).toEqual([]);
    expect(annotate(control!.article, { force: true }).claims.length).toBeGreaterThan(0);
  });

  it('stays linear on pathological text (one endless sentence full of cues)', () => {
    const text = 'the army said rebels claimed that officials said '.repeat(1500);
    const t0 = performance.now();
    annotate({ text, blocks: [] }, { force: true });
    // ~75 kB: a few hundred ms even on a busy machine; quadratic behaviour would take seconds.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
