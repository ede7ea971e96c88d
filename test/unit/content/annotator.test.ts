/**
 * The lazy annotator wired to a linkedom page: extraction → (stand-in) engine → ranges →
 * highlights → overlay, settings applied live, messages answered, errors contained. The
 * engine is replaced by one that flags the design article's gold sentences, so this tests
 * the wiring, not the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotations, ArticleText, Claim, Label } from '../../../src/engine/types';
import type { Settings } from '../../../src/settings/types';
import { newsDoc, ROOT } from '../page/helpers';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const gold = JSON.parse(readFileSync(join(ROOT, 'test/data/corpus/seed/seed-kidal-convoy.json'), 'utf8')) as {
  sentences: { text: string; labels: Label[] }[];
};
const labeled = gold.sentences.filter((s) => s.labels.length);

const engine = vi.hoisted(() => ({ throws: false, calls: 0 }));

/** The stand-in engine's answer: the design article's gold sentences, wherever they are in `article`. */
function goldAnnotations(article: ArticleText): Annotations {
  const claims: Claim[] = [];
  for (const s of labeled) {
    const start = article.text.indexOf(s.text);
    if (start < 0) continue;
    claims.push({
      id: `c${claims.length}`, start, end: start + s.text.length, text: s.text, labels: s.labels,
      figures: [], conflictsWith: [], explanation: `Why: ${s.labels.join(', ')}.`, links: [], entityIds: [],
    });
  }
  return { language: 'en', noteLanguage: 'en', aboutSahel: true, topicScore: 0.9, topicReasons: [], sentences: [], claims, entities: [] };
}

vi.mock('../../../src/content/engine', () => ({
  // A resumable job like the real one: it yields once before answering.
  *engineSteps(article: ArticleText): Generator<void, Annotations> {
    engine.calls++;
    yield;
    if (engine.throws) throw new Error('engine exploded');
    return goldAnnotations(article);
  },
  *pageContextSteps() {
    return {};
  },
}));
vi.mock('../../../src/settings/custom-pack', () => ({ getCustomPack: async () => null, watchCustomPack: () => () => undefined }));

const settingsState = vi.hoisted(() => ({ current: null as unknown, watchers: [] as ((s: unknown) => void)[] }));
vi.mock('../../../src/settings/storage', () => ({
  getSettings: async () => ({ settings: settingsState.current, reset: [] }),
  watchSettings: (cb: (s: unknown) => void) => {
    settingsState.watchers.push(cb);
    return () => undefined;
  },
}));

const saved = vi.hoisted(() => ({ drafts: [] as unknown[] }));
vi.mock('../../../src/corrections/store', () => ({
  saveCorrection: async (draft: unknown) => {
    saved.drafts.push(draft);
    return draft;
  },
}));

const { startAnnotator: startWith } = await import('../../../src/content/annotator');
type Init = Parameters<typeof startWith>[1];
/** The page's engine: the stand-in above, as the injected page-engine script would hand it over. */
const pageEngine = vi.fn(() => import('../../../src/content/engine'));
const startAnnotator = (win: Window, init: Omit<Init, 'pageEngine'> & Partial<Pick<Init, 'pageEngine'>>) => startWith(win, { pageEngine, ...init });
const { defaultSettings } = await import('../../../src/settings/defaults');

/** linkedom lacks layout and Range: minimal stand-ins so the pipeline can run. */
function withLayout(doc: Document): void {
  const win = doc.defaultView as unknown as { HTMLElement: { prototype: Record<string, unknown> } };
  win.HTMLElement.prototype.getBoundingClientRect = () => ({ left: 0, top: 0, right: 800, bottom: 600, width: 800, height: 600 });
  Object.defineProperty(doc.documentElement, 'clientWidth', { configurable: true, value: 1200 });
  let n = 0;
  (doc as unknown as { createRange: () => unknown }).createRange = () => {
    const top = 100 + 40 * n++;
    const r = {
      startContainer: null as Node | null, startOffset: 0, endContainer: null as Node | null, endOffset: 0,
      setStart(node: Node, o: number) { r.startContainer = node; r.startOffset = o; },
      setEnd(node: Node, o: number) { r.endContainer = node; r.endOffset = o; },
      get collapsed() { return r.startContainer === r.endContainer && r.startOffset === r.endOffset; },
      getClientRects: () => [{ left: 200, top, right: 800, bottom: top + 22, width: 600, height: 22 }],
    };
    return r;
  };
}

function fakeWindow(doc: Document, hostname = 'news.example'): Window {
  return {
    document: doc,
    location: { href: `https://${hostname}/story`, hostname },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
    getSelection: () => null,
    scrollX: 0,
    scrollY: 0,
    innerWidth: 1200,
  } as unknown as Window;
}

function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...over };
}

async function applySettings(s: Settings): Promise<void> {
  settingsState.current = s;
  for (const w of settingsState.watchers) w(s);
  await new Promise((r) => setTimeout(r, 30));
}

function markers(doc: Document): { id: string; labels: string }[] {
  const root = doc.querySelector('sahel-lens-overlay')?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('[data-sl-claim]')].map((m) => ({ id: m.dataset.slClaim!, labels: m.dataset.slLabels! }));
}

const lastStatus = () => {
  const calls = fakeBrowser.runtime.sendMessage.mock.calls;
  return (calls[calls.length - 1]?.[0] as { status?: Record<string, unknown> } | undefined)?.status;
};

let annotator: Awaited<ReturnType<typeof startAnnotator>> | null = null;

beforeEach(() => {
  resetFakeBrowser();
  settingsState.current = settings();
  settingsState.watchers.length = 0;
  engine.throws = false;
  engine.calls = 0;
});
afterEach(() => {
  annotator?.destroy();
  annotator = null;
});

describe('the annotator on the design article', () => {
  it('marks exactly the gold sentences with their labels, and leaves the page text alone', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    const fresh = newsDoc('seed-kidal-convoy').doc;
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: { aboutSahel: true, score: 0.9 }, force: false });
    const m = markers(doc);
    expect(m).toHaveLength(13);
    expect(m.map((x) => x.labels.split(' ').sort().join(','))).toEqual(labeled.map((s) => [...s.labels].sort().join(',')));
    expect(doc.body.textContent).toBe(fresh.body.textContent);
    expect(doc.querySelector('sahel-lens-overlay')!.parentNode).toBe(doc.documentElement);
    // Cards show the sentence as it stands in the page.
    const root = doc.querySelector('sahel-lens-overlay')!.shadowRoot!;
    root.querySelector<HTMLElement>('[data-sl-claim="c0"]')!.click();
    expect(root.querySelector('[data-sl-card="c0"] [data-sl-field="sentence"]')!.textContent).toBe(labeled[0]!.text);
    // Markers move next to their sentences in the next frame (right gutter: the column starts at 0).
    await new Promise((r) => setTimeout(r, 50));
    const first = root.querySelector<HTMLElement>('[data-sl-claim="c0"]')!;
    expect(first.hasAttribute('data-orphan')).toBe(false);
    expect(first.getAttribute('style')).toContain('left:806px');
    // The badge hears about it.
    expect(lastStatus()).toMatchObject({ article: true, total: 13, active: true, language: 'en' });
    expect(annotator.status().counts).toEqual({ 'party-claim': 7, figure: 4, unverified: 3, analyst: 2 });
  });

  it('applies the label switches live', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    const base = settings();
    await applySettings({ ...base, labels: { ...base.labels, figure: false } });
    // Claims keep their other labels; the one figure-only sentence goes.
    expect(markers(doc).some((x) => x.labels.includes('figure'))).toBe(false);
    expect(markers(doc)).toHaveLength(12);
    await applySettings({ ...base, labels: { ...base.labels, figure: false, unverified: false } });
    expect(markers(doc)).toHaveLength(9);
    await applySettings(base);
    expect(markers(doc)).toHaveLength(13);
    expect(engine.calls).toBe(1); // the text did not change: the engine ran once
  });

  it('switching off removes everything without reload; switching on brings it back', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    expect(markers(doc)).toHaveLength(13);
    await applySettings(settings({ enabled: false }));
    expect(doc.querySelectorAll('sahel-lens-overlay').length).toBe(0);
    expect(lastStatus()).toMatchObject({ active: false });
    await applySettings(settings({ enabled: true }));
    expect(markers(doc)).toHaveLength(13);
    expect(doc.querySelectorAll('sahel-lens-overlay').length).toBe(1);
  });

  it('stays off on a site the reader switched off, until asked to annotate this page', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    settingsState.current = settings({ disabledSites: ['news.example'] });
    annotator = await startAnnotator(fakeWindow(doc, 'www.news.example'), { topic: null, force: false });
    expect(markers(doc)).toHaveLength(0);
    const status = await annotator.handleMessage({ type: 'popup:annotate-now' });
    expect(status).toMatchObject({ total: 13, active: true });
    expect(markers(doc)).toHaveLength(13);
  });

  it('toggles from the keyboard command, and opens the summary for the popup', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    expect(await annotator.handleMessage({ type: 'background:toggle' })).toMatchObject({ active: false });
    expect(markers(doc)).toHaveLength(0);
    expect(await annotator.handleMessage({ type: 'background:toggle' })).toMatchObject({ active: true, total: 13 });
    await annotator.handleMessage({ type: 'popup:open-summary' });
    const root = doc.querySelector('sahel-lens-overlay')!.shadowRoot!;
    expect(root.querySelector('[data-sl-summary-panel]')).not.toBeNull();
    expect(annotator.handleMessage({ type: 'options:open-page', path: 'x.html' })).toBeUndefined();
  });

  it('contains an engine failure: nothing thrown, nothing shown, one concise warning', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    engine.throws = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    await annotator.run();
    expect(markers(doc)).toHaveLength(0);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    for (const call of warn.mock.calls) expect(String(call[0])).toMatch(/^\[Sahel Lens\] /);
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('puts its host back when the page deletes it, but only a few times', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    const present: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      doc.querySelector('sahel-lens-overlay')?.remove();
      await annotator.run();
      present.push(doc.querySelectorAll('sahel-lens-overlay').length === 1);
    }
    expect(present).toEqual([true, true, true, false, false]);
  });

  it('annotates nothing on a page without an article and says so', async () => {
    const doc = newsDoc('seed-kidal-convoy').doc;
    doc.querySelector('main')!.remove();
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: { aboutSahel: false, score: 0.1 }, force: false });
    expect(markers(doc)).toHaveLength(0);
    expect(annotator.status()).toMatchObject({ active: false, total: 0 });
  });
});

/** The <p> holding `text`, as a Range-like stretch over its whole content (linkedom has no Range). */
function paragraphScope(doc: Document, text: string): Range {
  const p = [...doc.querySelectorAll('p')].find((el) => (el.textContent ?? '').includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return { commonAncestorContainer: p, startContainer: p, startOffset: 0, endContainer: p, endOffset: p.childNodes.length } as unknown as Range;
}

describe('the engine in the background, and the page engine as its fallback (issue 16)', () => {
  it('takes the notes from the background and runs no engine on the page', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    const remoteEngine = vi.fn(async (article: ArticleText, options: { noteLanguage: string; force: boolean }) => {
      expect(options).toEqual({ noteLanguage: 'auto', force: false });
      return goldAnnotations(article);
    });
    pageEngine.mockClear();
    annotator = await startAnnotator(fakeWindow(doc), { topic: { aboutSahel: true, score: 0.9 }, force: false, remoteEngine });
    expect(remoteEngine).toHaveBeenCalledTimes(1);
    expect(engine.calls).toBe(0);
    // The page's engine is not even loaded.
    expect(pageEngine).not.toHaveBeenCalled();
    expect(markers(doc)).toHaveLength(13);
    expect(annotator.status()).toMatchObject({ total: 13, active: true, engine: 'background' });
  });

  it('annotates on the page when the background does not answer, and asks the background again next time', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const remoteEngine = vi.fn(async (_article: ArticleText): Promise<Annotations> => {
      throw new Error('background engine: no answer in 4000 ms');
    });
    annotator = await startAnnotator(fakeWindow(doc), { topic: { aboutSahel: true, score: 0.9 }, force: false, remoteEngine });
    expect(remoteEngine).toHaveBeenCalledTimes(1);
    expect(engine.calls).toBe(1);
    expect(markers(doc)).toHaveLength(13);
    expect(annotator.status()).toMatchObject({ total: 13, engine: 'page' });
    // The note language changes: a new engine run, and the background is back.
    remoteEngine.mockImplementation(async (article: ArticleText) => goldAnnotations(article));
    await applySettings(settings({ noteLanguage: 'fr' }));
    await annotator.run();
    expect(remoteEngine).toHaveBeenCalledTimes(2);
    expect(engine.calls).toBe(1);
    expect(annotator.status()).toMatchObject({ total: 13, engine: 'background' });
    warn.mockRestore();
  });

  it('shows nothing, and throws nothing into the page, when neither engine can be had', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    annotator = await startAnnotator(fakeWindow(doc), {
      topic: { aboutSahel: true, score: 0.9 },
      force: false,
      remoteEngine: async () => Promise.reject(new Error('no answer')),
      pageEngine: async () => Promise.reject(new Error('the page engine was not loaded')),
    });
    expect(markers(doc)).toHaveLength(0);
    expect(annotator.status()).toMatchObject({ total: 0, active: false });
    warn.mockRestore();
  });
});

describe('checking a selection and correcting notes (issue 15)', () => {
  it('annotates only the selected stretch, whatever the topic gate said', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: { aboutSahel: false, score: 0 }, force: false });
    const scope = paragraphScope(doc, labeled[0]!.text);
    const inScope = labeled.filter((l) => ((scope.commonAncestorContainer as Element).textContent ?? '').includes(l.text));
    const result = await annotator.checkRange(scope);
    expect(result).toMatchObject({ ok: true, total: inScope.length });
    expect(inScope.length).toBeGreaterThan(0);
    expect(inScope.length).toBeLessThan(labeled.length);
    expect(markers(doc)).toHaveLength(inScope.length);
    // The whole page again when the reader asks for it.
    await annotator.handleMessage({ type: 'popup:annotate-now' });
    expect(markers(doc)).toHaveLength(13);
  });

  it('answers check-selection without a selection with no-selection, and changes nothing', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    expect(await annotator.handleMessage({ type: 'background:check-selection' })).toEqual({ ok: false, reason: 'no-selection' });
    expect(markers(doc)).toHaveLength(13);
  });

  it('lists the sentences without a note, and caps the notes marked at maxShown', async () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: true, maxShown: 5 });
    expect(markers(doc)).toHaveLength(5);
    expect(annotator.shownCount).toBe(5);
    expect(annotator.result?.claims).toHaveLength(13);
    // The stand-in engine reports no sentences: nothing is listed as unmarked.
    expect(annotator.unmarkedSentences()).toEqual([]);
  });

  it('offers "This note is wrong" on every card and stores the correction with the page URL and the engine labels', async () => {
    saved.drafts.length = 0;
    const { doc } = newsDoc('seed-kidal-convoy');
    withLayout(doc);
    annotator = await startAnnotator(fakeWindow(doc), { topic: null, force: false });
    const root = doc.querySelector('sahel-lens-overlay')!.shadowRoot!;
    root.querySelector<HTMLElement>('[data-sl-claim="c0"]')!.click();
    const tick = () => new Promise((r) => setTimeout(r, 20));
    root.querySelector<HTMLElement>('[data-sl-card="c0"] [data-sl-fix-open]')!.click();
    await tick();
    // One box per label; the note's own labels start ticked (checked in the real browsers, e2e).
    expect([...root.querySelectorAll<HTMLInputElement>('[data-sl-fix-label]')].map((b) => b.dataset.slFixLabel)).toEqual(['unverified', 'party-claim', 'figure', 'analyst']);
    // Saving unchanged labels is refused with a reason.
    root.querySelector<HTMLElement>('[data-sl-fix-save]')!.click();
    await tick();
    expect(root.querySelector('[data-sl-fix-form] [role="alert"]')?.textContent).toMatch(/change at least one/);
    const dropped = labeled[0]!.labels[0]!;
    const first = root.querySelector<HTMLInputElement>(`[data-sl-fix-label="${dropped}"]`)!;
    first.checked = false;
    const LinkedomEvent = (doc.defaultView as unknown as { Event: typeof Event }).Event;
    first.dispatchEvent(new LinkedomEvent('change', { bubbles: true }));
    await tick();
    root.querySelector<HTMLElement>('[data-sl-fix-save]')!.click();
    await tick();
    expect(saved.drafts).toHaveLength(1);
    expect(saved.drafts[0]).toMatchObject({ kind: 'wrong', sentence: labeled[0]!.text, engineLabels: labeled[0]!.labels, url: 'https://news.example/story', language: 'en' });
    expect((saved.drafts[0] as { labels: string[] }).labels).not.toContain(dropped);
    expect(root.querySelector('[data-sl-fix-saved]')?.textContent).toMatch(/saved in this browser only/);
  });
});
