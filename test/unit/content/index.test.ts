/**
 * The always-on entry: scans, gates on the topic, loads the annotator only for Sahel pages
 * (or when asked), answers the popup on other pages. The annotator itself is replaced here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newsDoc, parseDoc } from '../page/helpers';
import { fakeBrowser, resetFakeBrowser, send, wake } from './fake-browser';


const started: { force: boolean }[] = [];
const fakeStatus = { article: true, aboutSahel: true, topicScore: 0.9, counts: { unverified: 0, 'party-claim': 2, figure: 0, analyst: 0 }, total: 2, language: 'en', active: true };
vi.mock('../../../src/content/annotator', () => ({
  startAnnotator: vi.fn(async (_win: unknown, init: { force: boolean }) => {
    started.push(init);
    return {
      status: () => fakeStatus,
      handleMessage: (m: { type: string }) => (m.type === 'popup:get-status' || m.type === 'popup:annotate-now' ? Promise.resolve(fakeStatus) : undefined),
    };
  }),
}));

function fakeWindow(doc: Document): Window {
  return {
    document: doc,
    location: { href: 'https://news.example/story', hostname: 'news.example' },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
  } as unknown as Window;
}

async function boot(doc: Document): Promise<void> {
  (globalThis as Record<string, unknown>).window = fakeWindow(doc);
  // The always-on script reads the browser's own namespace (no polyfill).
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  vi.resetModules();
  await import('../../../src/content/index');
}

/** Boots on a small page not about the Sahel, with a `chrome` that counts reads of `runtime`. */
async function bootCountingRuntimeReads(): Promise<{ reads: number }> {
  const counter = { reads: 0 };
  const counting = new Proxy(fakeBrowser, {
    get(target, key, receiver) {
      if (key === 'runtime') counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  (globalThis as Record<string, unknown>).window = fakeWindow(parseDoc('<html><head><title>Weather</title></head><body><p>Sunny spells.</p></body></html>'));
  (globalThis as Record<string, unknown>).chrome = counting;
  vi.resetModules();
  await import('../../../src/content/index');
  return counter;
}

const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

beforeEach(() => {
  resetFakeBrowser();
  started.length = 0;
  delete (globalThis as Record<string, unknown>).__sahelLensContentScript;
  delete (globalThis as Record<string, unknown>).__sahelLensWake;
  delete (globalThis as Record<string, unknown>).__sahelLensStatus;
  delete (globalThis as Record<string, unknown>).__sahelLensAnnotator;
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).window;
  delete (globalThis as Record<string, unknown>).chrome;
});

describe('content script entry', () => {
  it('on a page not about the Sahel: one scan, no annotator, and an idle status for the popup', async () => {
    const doc = parseDoc(`<html><head><title>Gardening</title></head><body><article>${'<p>The garden and the orchard are lovely in spring, says the gardener.</p>'.repeat(8)}</article></body></html>`);
    await boot(doc);
    const status = (await send({ type: 'popup:get-status' })) as Record<string, unknown>;
    expect(status).toMatchObject({ article: false, aboutSahel: false, active: false, total: 0, language: null });
    expect(started).toEqual([]);
    // Not our message, or nothing to do: no answer (another listener may answer).
    expect(await send({ type: 'popup:open-summary' })).toBeUndefined();
    expect(await send({ type: 'something-else' })).toBeUndefined();
    expect(await send('garbage')).toBeUndefined();
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('does not touch the extension runtime until woken, then listens', async () => {
    const runtime = await bootCountingRuntimeReads();
    await new Promise((r) => setTimeout(r, 50));
    const { listeners } = await import('./fake-browser');
    expect(runtime.reads).toBe(0);
    expect(listeners.length).toBe(0);
    expect(wake()).toBe(true);
    expect(runtime.reads).toBeGreaterThan(0);
    expect(listeners.length).toBe(1);
    expect(await send({ type: 'popup:get-status' })).toMatchObject({ aboutSahel: false, total: 0 });
  });

  it('gives its status to the popup through its global without touching the extension runtime', async () => {
    const runtime = await bootCountingRuntimeReads();
    const status = (globalThis as Record<string, unknown>).__sahelLensStatus as () => Promise<unknown>;
    expect(await status()).toMatchObject({ article: false, aboutSahel: false, total: 0, active: false });
    expect(runtime.reads).toBe(0);
  });

  it('on a page that names no Sahel place in its title or first paragraphs: never walks the page text', async () => {
    const doc = parseDoc(`<html><head><title>Markets today</title></head><body><article>${'<p>Shares rose in London and Paris as investors weighed the central bank decision.</p>'.repeat(45)}</article><footer><p>Also read: a Mali story, Bamako, Niger, Sahel, Kidal.</p></footer></body></html>`);
    let walks = 0;
    const original = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
      walks++;
      return original(...args);
    }) as Document['createTreeWalker'];
    await boot(doc);
    const status = (await send({ type: 'popup:get-status' })) as Record<string, unknown>;
    expect(status).toMatchObject({ aboutSahel: false, topicScore: 0 });
    expect(walks).toBe(0);
    expect(started).toEqual([]);
  });

  it('on the design article: loads the annotator once the topic gate says Sahel', async () => {
    await boot(newsDoc('seed-kidal-convoy').doc);
    await until(() => started.length > 0);
    expect(started).toEqual([expect.objectContaining({ force: false })]);
    expect(await send({ type: 'popup:get-status' })).toEqual(fakeStatus);
  });

  it('looks again at the article alone when a busy page template drowns it (near miss)', async () => {
    // Forty teasers with a summary each after the article: most of the page's prose is about other things.
    const teasers = Array.from({ length: 40 }, (_, i) =>
      `<article class="teaser"><h3><a href="/s/${i}">Council story ${i}</a></h3><p>The city council met on Tuesday to discuss the new library, the bus lanes and the parks.</p></article>`).join('');
    const { doc } = newsDoc('seed-kidal-convoy', { tail: `<div class="more-news"><h2>More news</h2>${teasers}</div>` });
    // The page as a whole is not judged about the Sahel: only the article alone is.
    const { topicGate } = await import('../../../src/engine/topic');
    const { pageTextSteps } = await import('../../../src/content/page-text');
    const { drain } = await import('../../../src/page/dom-walk');
    const pageLevel = topicGate({ title: doc.title, text: drain(pageTextSteps(doc)) });
    expect(pageLevel.aboutSahel).toBe(false);
    expect(pageLevel.score).toBeGreaterThanOrEqual(0.4);
    await boot(doc);
    await until(() => started.length > 0);
    expect(started).toEqual([expect.objectContaining({ force: false })]);
  });

  it('"Annotate this page" loads the annotator on any page, forced', async () => {
    await boot(parseDoc('<html><body><p>Nothing about the region here, just a short note about the weather.</p></body></html>'));
    const status = await send({ type: 'popup:annotate-now' });
    expect(started).toEqual([expect.objectContaining({ force: true })]);
    expect(status).toEqual(fakeStatus);
  });

  it('asks the background to inject the annotator, and asks again after a failed injection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.sendMessage.mockImplementationOnce(async () => ({ ok: false, detail: 'Cannot access contents of the page' }));
    await boot(parseDoc('<html><body><p>Nothing about the region here, just a short note about the weather.</p></body></html>'));
    // The injection fails: no annotator, no exception into the page, no answer.
    expect(await send({ type: 'popup:annotate-now' })).toBeUndefined();
    expect(started).toEqual([]);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'content:load-annotator' });
    // The reader asks again: injected this time.
    expect(await send({ type: 'popup:annotate-now' })).toEqual(fakeStatus);
    expect(started).toEqual([expect.objectContaining({ force: true })]);
    expect(fakeBrowser.runtime.sendMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'content:load-annotator')).toHaveLength(2);
    warn.mockRestore();
  });

  it('runs once when injected twice', async () => {
    const doc = parseDoc('<html><body><p>x</p></body></html>');
    await boot(doc);
    await boot(doc);
    expect(wake()).toBe(true);
    expect(wake()).toBe(true);
    const { listeners } = await import('./fake-browser');
    expect(listeners.length).toBe(1);
  });
});
