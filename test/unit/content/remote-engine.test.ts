/** The page's client of the background engine: every failure rejects, so the annotator falls back. */
import { describe, expect, it, vi } from 'vitest';
import { backgroundEngine, withTimeout } from '../../../src/content/remote-engine';
import type { Annotations, ArticleText } from '../../../src/engine/types';
import { MAX_WIRE_TEXT, parseAnnotations, parseArticleText } from '../../../src/shared/engine-wire';

const article: ArticleText = { title: 'Mali', text: 'The army said 12 fighters died.', blocks: [{ start: 0, end: 31, kind: 'p' }], url: 'https://x.example/a' };
const good: Annotations = {
  language: 'en',
  noteLanguage: 'en',
  aboutSahel: true,
  topicScore: 0.8,
  topicReasons: ['Mali'],
  sentences: [{ start: 0, end: 31, block: 0 }],
  claims: [
    {
      id: 'c0', start: 0, end: 31, text: article.text, labels: ['party-claim', 'figure'],
      source: { kind: 'party', name: 'Malian army', cue: 'said' },
      figures: [{ text: '12', start: 14, end: 16, value: 12, approximate: false, counts: 'fighters' }],
      conflictsWith: [], explanation: 'The army’s word.', links: [{ title: 'ACLED', url: 'https://acleddata.com/' }], entityIds: [],
    },
  ],
  entities: [{ id: 'mali', name: 'Mali', kind: 'country', mentions: [{ start: 0, end: 4 }] }],
};

describe('backgroundEngine', () => {
  it('sends a plain copy of the article and returns the checked annotations', async () => {
    const send = vi.fn(async () => ({ ok: true, annotations: JSON.parse(JSON.stringify(good)) as unknown }));
    const run = backgroundEngine(send, 1000);
    expect(await run({ ...article, extra: 'dropped' } as ArticleText, { noteLanguage: 'auto', force: false })).toEqual(good);
    expect(send).toHaveBeenCalledWith({ type: 'content:annotate', article, noteLanguage: 'auto', force: false });
  });

  it('rejects when the background does not answer in time, answers nothing, fails, or sends a malformed reply', async () => {
    const cases: [string, () => Promise<unknown>, RegExp][] = [
      ['silent', () => new Promise(() => undefined), /no answer in 30 ms/],
      ['nothing', async () => undefined, /no answer/],
      ['failed', async () => ({ ok: false, detail: 'index build failed' }), /index build failed/],
      ['thrown', async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); }, /Receiving end/],
      ['malformed', async () => ({ ok: true, annotations: { ...good, claims: [{ ...good.claims[0], end: 999 }] } }), /malformed/],
    ];
    for (const [name, send, error] of cases) {
      await expect(backgroundEngine(send, 30)(article, { noteLanguage: 'en', force: false }), name).rejects.toThrow(error);
    }
  });

  it('does not send an article longer than the wire allows', async () => {
    const send = vi.fn(async () => ({ ok: true, annotations: good }));
    const long: ArticleText = { text: 'a'.repeat(MAX_WIRE_TEXT + 1), blocks: [] };
    await expect(backgroundEngine(send, 30)(long, { noteLanguage: 'en', force: false })).rejects.toThrow(/too long/);
    expect(send).not.toHaveBeenCalled();
  });

  it('withTimeout clears its timer when the promise settles first', async () => {
    vi.useFakeTimers();
    const p = withTimeout(Promise.resolve(7), 1000, 'x');
    await expect(p).resolves.toBe(7);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });
});

describe('engine-wire checks', () => {
  it('accepts the engine’s shape and refuses what would be unsafe or out of range', () => {
    expect(parseAnnotations(good, article.text)).toEqual(good);
    const claim = good.claims[0]!;
    const bad: unknown[] = [
      null,
      { ...good, language: 'de' },
      { ...good, claims: [{ ...claim, labels: ['rumour'] }] },
      { ...good, claims: [{ ...claim, links: [{ title: 'x', url: 'javascript:alert(1)' }] }] },
      { ...good, claims: [{ ...claim, links: [{ title: 'x', url: 'http://plain.example/' }] }] },
      { ...good, claims: [{ ...claim, start: 20, end: 10 }] },
      { ...good, sentences: [{ start: 0, end: 40, block: 0 }] },
      { ...good, entities: [{ id: 'mali', name: 'Mali', kind: 'country', mentions: [{ start: -1, end: 4 }] }] },
      { ...good, claims: [{ ...claim, source: { kind: 'enemy', name: 'x' } }] },
    ];
    for (const b of bad) expect(parseAnnotations(b, article.text), JSON.stringify(b)?.slice(0, 120)).toBeNull();
  });

  it('checks an article: text, block spans and kinds, optional strings', () => {
    expect(parseArticleText(article)).toEqual(article);
    expect(parseArticleText({ text: 'abc', blocks: [] })).toEqual({ text: 'abc', blocks: [] });
    expect(parseArticleText({ text: 'abc', blocks: [{ start: 0, end: 4, kind: 'p' }] })).toBeNull();
    expect(parseArticleText({ text: 'abc', blocks: [], title: 3 })).toBeNull();
    expect(parseArticleText({ text: 'abc' })).toBeNull();
    expect(parseArticleText('abc')).toBeNull();
  });
});
