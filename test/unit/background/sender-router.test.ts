import { describe, expect, it, vi } from 'vitest';
import { acceptsFrom, classifySender, type SelfInfo } from '../../../src/background/sender';
import { routeMessage, type RouterDeps } from '../../../src/background/router';
import type { PageStatus } from '../../../src/shared/messages';

const self: SelfInfo = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };
const popupInTab = { ...popup, url: 'chrome-extension://ext-id/src/popup/index.html?tab=4', tab: { id: 9 } };
const content = { id: 'ext-id', url: 'https://www.rfi.fr/fr/afrique/x', tab: { id: 4 } };
const stranger = { id: 'other-ext', url: 'chrome-extension://other-ext/page.html' };

const status: PageStatus = {
  article: true,
  aboutSahel: true,
  topicScore: 0.9,
  counts: { unverified: 1, 'party-claim': 2, figure: 3, analyst: 0 },
  total: 5,
  language: 'en',
  active: true,
};

function deps(): RouterDeps & { [K in 'showStatus' | 'annotate' | 'openPage' | 'badgeText' | 'loadScript' | 'annotateArticle']: ReturnType<typeof vi.fn> } {
  return {
    self,
    showStatus: vi.fn(async () => undefined),
    annotate: vi.fn(async () => ({ ok: true as const, injected: true })),
    openPage: vi.fn(async () => true),
    badgeText: vi.fn(async () => '5'),
    loadScript: vi.fn(async () => ({ ok: true as const })),
    annotateArticle: vi.fn(async () => ({ ok: false as const, detail: 'stand-in' })),
  };
}

describe('classifySender', () => {
  it('knows our pages (also opened in a tab) and our content scripts', () => {
    expect(classifySender(popup, self)).toBe('page');
    expect(classifySender(popupInTab, self)).toBe('page');
    expect(classifySender(content, self)).toBe('content');
  });

  it('rejects other extensions, missing ids and tab-less web senders', () => {
    expect(classifySender(stranger, self)).toBeNull();
    expect(classifySender({ url: popup.url }, self)).toBeNull();
    expect(classifySender({ id: 'ext-id', url: 'https://evil.example/' }, self)).toBeNull();
    expect(classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id.evil/' , tab: undefined }, { ...self, baseUrl: 'chrome-extension://ext-id/' })).toBeNull();
  });
});

describe('acceptsFrom', () => {
  it('lets each message come only from its senders', () => {
    expect(acceptsFrom({ type: 'content:status', status }, 'content')).toBe(true);
    expect(acceptsFrom({ type: 'content:status', status }, 'page')).toBe(false);
    expect(acceptsFrom({ type: 'popup:annotate-tab', tabId: 1, force: true }, 'page')).toBe(true);
    expect(acceptsFrom({ type: 'popup:annotate-tab', tabId: 1, force: true }, 'content')).toBe(false);
    expect(acceptsFrom({ type: 'options:open-page', path: 'src/options/index.html' }, 'content')).toBe(true);
    expect(acceptsFrom({ type: 'popup:get-status' }, 'page')).toBe(false);
    expect(acceptsFrom({ type: 'background:toggle' }, 'content')).toBe(false);
    expect(acceptsFrom({ type: 'content:status', status }, null)).toBe(false);
  });
});

describe('routeMessage', () => {
  it('shows a content script status on its own tab badge', async () => {
    const d = deps();
    await expect(routeMessage({ type: 'content:status', status }, content, d)).resolves.toEqual({ ok: true });
    expect(d.showStatus).toHaveBeenCalledWith(4, status);
  });

  it('ignores malformed messages, strangers and wrong senders, without answering', () => {
    const d = deps();
    expect(routeMessage({ type: 'content:status', status: { ...status, total: 'many' } }, content, d)).toBeUndefined();
    expect(routeMessage({ type: 'content:status', status }, stranger, d)).toBeUndefined();
    expect(routeMessage({ type: 'content:status', status }, popup, d)).toBeUndefined();
    expect(routeMessage({ type: 'popup:annotate-tab', tabId: 3, force: true }, content, d)).toBeUndefined();
    expect(routeMessage({ type: 'nope' }, popup, d)).toBeUndefined();
    expect(routeMessage('content:status', content, d)).toBeUndefined();
    expect(routeMessage({ type: 'popup:get-status' }, popup, d)).toBeUndefined();
    expect(d.showStatus).not.toHaveBeenCalled();
    expect(d.annotate).not.toHaveBeenCalled();
  });

  it('annotates a tab for the popup', async () => {
    const d = deps();
    await expect(routeMessage({ type: 'popup:annotate-tab', tabId: 3, force: true }, popup, d)).resolves.toEqual({ ok: true, injected: true });
    expect(d.annotate).toHaveBeenCalledWith(3, true);
  });

  it('opens pages: for the given tab, or for the content script’s own tab', async () => {
    const d = deps();
    await routeMessage({ type: 'options:open-page', path: 'src/popup/index.html', tabId: 7 }, popup, d);
    expect(d.openPage).toHaveBeenLastCalledWith('src/popup/index.html', 7);
    await routeMessage({ type: 'options:open-page', path: 'src/popup/index.html' }, content, d);
    expect(d.openPage).toHaveBeenLastCalledWith('src/popup/index.html', 4);
    await routeMessage({ type: 'options:open-page', path: 'src/options/index.html' }, popup, d);
    expect(d.openPage).toHaveBeenLastCalledWith('src/options/index.html', undefined);
    expect(routeMessage({ type: 'options:open-page', path: 'javascript:alert(1)' }, popup, d)).toBeUndefined();
  });

  it('reads the badge of a tab', async () => {
    const d = deps();
    await expect(routeMessage({ type: 'popup:get-badge', tabId: 2 }, popup, d)).resolves.toEqual({ text: '5' });
    expect(d.badgeText).toHaveBeenLastCalledWith(2);
    await routeMessage({ type: 'popup:get-badge' }, content, d);
    expect(d.badgeText).toHaveBeenLastCalledWith(4);
    await expect(routeMessage({ type: 'popup:get-badge' }, popup, d)).resolves.toEqual({ text: '' });
  });
});

describe('the annotator and the engine for pages (issue 16)', () => {
  const article = { text: 'Mali. The army said so.', blocks: [{ start: 0, end: 23, kind: 'p' }], title: 'Mali' };

  it('injects the annotator, or the page engine, into the frame that asked, for content scripts only', async () => {
    const d = deps();
    expect(await routeMessage({ type: 'content:load-annotator' }, { ...content, frameId: 3 }, d)).toEqual({ ok: true });
    expect(d.loadScript).toHaveBeenCalledWith(4, 3, 'annotator');
    await routeMessage({ type: 'content:load-page-engine' }, content, d);
    expect(d.loadScript).toHaveBeenLastCalledWith(4, 0, 'page-engine');
    expect(routeMessage({ type: 'content:load-annotator' }, popup, d)).toBeUndefined();
    expect(routeMessage({ type: 'content:load-page-engine' }, popup, d)).toBeUndefined();
    expect(routeMessage({ type: 'content:load-annotator' }, { ...content, id: 'other-ext' }, d)).toBeUndefined();
    expect(d.loadScript).toHaveBeenCalledTimes(2);
  });

  it('runs the engine on a well-formed article from a content script', async () => {
    const d = deps();
    await routeMessage({ type: 'content:annotate', article, noteLanguage: 'fr', force: true }, content, d);
    expect(d.annotateArticle).toHaveBeenCalledWith({ article, noteLanguage: 'fr', force: true });
  });

  it('refuses a malformed request without running anything', () => {
    const d = deps();
    const bad = [
      { type: 'content:annotate', article, noteLanguage: 'de', force: true },
      { type: 'content:annotate', article, noteLanguage: 'en' },
      { type: 'content:annotate', article: { ...article, text: 42 }, noteLanguage: 'en', force: false },
      { type: 'content:annotate', article: { ...article, blocks: [{ start: 0, end: 99, kind: 'p' }] }, noteLanguage: 'en', force: false },
      { type: 'content:annotate', article: { ...article, blocks: [{ start: 0, end: 5, kind: 'script' }] }, noteLanguage: 'en', force: false },
    ];
    for (const m of bad) expect(routeMessage(m, content, d), JSON.stringify(m)).toBeUndefined();
    expect(routeMessage({ type: 'content:annotate', article, noteLanguage: 'en', force: false }, popup, d)).toBeUndefined();
    expect(d.annotateArticle).not.toHaveBeenCalled();
  });
});
