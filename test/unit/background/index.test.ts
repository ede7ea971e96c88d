/** The background's wiring: its listeners, driven through the fake browser. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, flush } from '../settings/fake-browser';
import { defaultSettings } from '../../../src/settings/defaults';
import { WELCOME_VERSION } from '../../../src/welcome/version';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser')).fakeBrowser }));
// The build gives the annotator's file name (crxjs `?script&iife`); here, a stand-in.
vi.mock('../../../src/background/annotator-file', () => ({
  PAGE_SCRIPT_FILES: { annotator: 'src/content/annotator-script.js', 'page-engine': 'src/content/page-engine-script.js' },
}));

const b = fakeBrowser;
const contentSender = { id: b.runtime.id, url: 'https://www.rfi.fr/fr/afrique/a', tab: { id: 4 } };
const status = {
  article: true,
  aboutSahel: true,
  topicScore: 1,
  counts: { unverified: 2, 'party-claim': 1, figure: 1, analyst: 1 },
  total: 5,
  language: 'fr',
  active: true,
};

beforeAll(async () => {
  await import('../../../src/background/index');
  await flush();
});

function emitMessage(message: unknown, sender: unknown): unknown {
  const [result] = b.runtime.onMessage.emit(message as never, sender as never);
  return result;
}

describe('background wiring', () => {
  it('registers its listeners at the top level', () => {
    expect(b.runtime.onMessage.listeners).toHaveLength(1);
    expect(b.commands.onCommand.listeners).toHaveLength(1);
    // Badges reset on navigation by themselves: no listener waking us on every page load.
    expect(b.tabs.onUpdated.listeners).toHaveLength(0);
    expect(b.permissions.onAdded.listeners).toHaveLength(1);
    expect(b.runtime.onInstalled.listeners).toHaveLength(1);
    expect(b.action.setBadgeBackgroundColor).toHaveBeenCalled();
  });

  it('sets the badge of the sender’s tab from content:status', async () => {
    await emitMessage({ type: 'content:status', status }, contentSender);
    expect(b.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: '5' });
    expect(b.action.setTitle).toHaveBeenLastCalledWith({ tabId: 4, title: 'Sahel Lens: 5 flagged sentences on this page' });
  });

  it('ignores the same message from another extension', () => {
    b.action.setBadgeText.mockClear();
    expect(emitMessage({ type: 'content:status', status }, { ...contentSender, id: 'someone-else' })).toBeUndefined();
    expect(b.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('creates the context-menu items on install, in the UI language', async () => {
    b.contextMenus.create.mockClear();
    b.runtime.onInstalled.emit({ reason: 'update' } as never);
    await flush();
    expect(b.contextMenus.removeAll).toHaveBeenCalled();
    expect(b.contextMenus.create).toHaveBeenCalledWith({ id: 'sahel-lens-check-selection', title: 'Check with Sahel Lens', contexts: ['selection'] });
    expect(b.contextMenus.create).toHaveBeenCalledWith({ id: 'sahel-lens-open-check-page', title: 'Check a text…', contexts: ['action'] });
    expect(b.contextMenus.onClicked.listeners).toHaveLength(1);
  });

  it('opens a selection from a browser page in the check page, through storage.session', async () => {
    b.tabs.create.mockClear();
    b.contextMenus.onClicked.emit(
      { menuItemId: 'sahel-lens-check-selection', selectionText: 'Un communiqué.', pageUrl: 'chrome://newtab/', frameId: 0 } as never,
      { id: 3, url: 'chrome://newtab/' } as never,
    );
    await flush();
    expect(b.storage.session.data.pendingCheck).toEqual({ text: 'Un communiqué.', url: null });
    expect(b.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://sahel-lens-test-id/src/check/index.html?pending=1' });
  });

  it('opens the welcome page on first install, and on update only when its lesson changed', async () => {
    b.runtime.onInstalled.emit({ reason: 'install' } as never);
    await flush();
    expect(b.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://sahel-lens-test-id/src/welcome/index.html' });
    expect((await b.storage.local.get('welcomeSeen')).welcomeSeen).toBe(WELCOME_VERSION);
    b.tabs.create.mockClear();
    b.runtime.onInstalled.emit({ reason: 'update' } as never);
    await flush();
    expect(b.tabs.create).not.toHaveBeenCalled();
    // An install from before the welcome page (nothing stored) sees it once on update.
    await b.storage.local.remove('welcomeSeen');
    b.runtime.onInstalled.emit({ reason: 'update' } as never);
    await flush();
    expect(b.tabs.create).toHaveBeenCalledTimes(1);
    b.runtime.onInstalled.emit({ reason: 'update' } as never);
    await flush();
    expect(b.tabs.create).toHaveBeenCalledTimes(1);
  });

  it('opens the popup page for a content script’s tab (Firefox e2e)', async () => {
    await emitMessage({ type: 'options:open-page', path: 'src/popup/index.html' }, contentSender);
    expect(b.tabs.create).toHaveBeenLastCalledWith({ url: 'chrome-extension://sahel-lens-test-id/src/popup/index.html?tab=4' });
  });

  it('sends background:toggle to the tab on the keyboard command', async () => {
    b.commands.onCommand.emit('toggle-annotations' as never, { id: 6 } as never);
    await flush();
    expect(b.tabs.sendMessage).toHaveBeenCalledWith(6, { type: 'background:toggle' }, { frameId: 0 });
    // The content script was woken first, in the tab's top frame.
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 6, frameIds: [0] }, func: expect.any(Function) });
  });

  it('injects the manifest’s content script for "annotate this page"', async () => {
    let ready = false;
    b.tabs.sendMessage.mockImplementation(async (_id: number, m: unknown) => {
      if (!ready) throw new Error('Receiving end does not exist.');
      return (m as { type: string }).type === 'popup:get-status' ? status : undefined;
    });
    // Two kinds of call: the wake-up (a function, answered by a woken content script) and the injection (files).
    b.scripting.executeScript.mockImplementation((async (d: { files?: string[] }) => {
      if (!d.files) return [{ result: ready }];
      ready = true;
      return [];
    }) as never);
    const popupSender = { id: b.runtime.id, url: 'chrome-extension://sahel-lens-test-id/src/popup/index.html' };
    const result = await emitMessage({ type: 'popup:annotate-tab', tabId: 9, force: true }, popupSender);
    expect(result).toEqual({ ok: true, injected: true });
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['assets/content-loader.js'] });
    expect(b.tabs.sendMessage).toHaveBeenLastCalledWith(9, { type: 'popup:annotate-now' }, { frameId: 0 });
  });

  it('treats a host granted from the browser UI as an added site and registers the content script', async () => {
    b.permissions.getAll.mockResolvedValue({ origins: ['https://news.example.org/*'], permissions: [] });
    b.tabs.query.mockResolvedValue([{ id: 21, url: 'https://news.example.org/a' }]);
    // The reader had switched the site off earlier: granting it switches it back on.
    b.storage.sync.data.settings = { ...defaultSettings(), disabledSites: ['news.example.org'] };
    const injected = new Set<number>();
    b.tabs.sendMessage.mockImplementation(async (id: number) => {
      if (!injected.has(id)) throw new Error('Receiving end does not exist.');
      return status;
    });
    b.scripting.executeScript.mockReset();
    b.scripting.executeScript.mockImplementation((async (d: { files?: string[]; target: { tabId: number } }) => {
      if (!d.files) return [{ result: injected.has(d.target.tabId) }];
      injected.add(d.target.tabId);
      return [];
    }) as never);
    b.permissions.onAdded.emit({ origins: ['https://news.example.org/*'] } as never);
    await flush(20);
    expect(b.tabs.query).toHaveBeenLastCalledWith({ url: ['https://news.example.org/*'] });
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 21 }, files: ['assets/content-loader.js'] });
    expect((b.storage.sync.data.settings as { addedSites: string[] }).addedSites).toEqual(['news.example.org']);
    expect((b.storage.sync.data.settings as { disabledSites: string[] }).disabledSites).toEqual([]);
    expect(b.scripting.registerContentScripts).toHaveBeenLastCalledWith([
      expect.objectContaining({ id: 'sahel-lens-added-sites', matches: ['https://news.example.org/*'], js: ['assets/content-loader.js'] }),
    ]);
  });

  it('injects the annotator into the asking frame, and reports a refused injection', async () => {
    b.scripting.executeScript.mockReset();
    b.scripting.executeScript.mockImplementation((async () => []) as never);
    expect(await emitMessage({ type: 'content:load-annotator' }, { ...contentSender, frameId: 0 })).toEqual({ ok: true });
    expect(b.scripting.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['src/content/annotator-script.js'] });
    b.scripting.executeScript.mockImplementation((async () => {
      throw new Error('Cannot access contents of the page.');
    }) as never);
    expect(await emitMessage({ type: 'content:load-annotator' }, contentSender)).toEqual({ ok: false, detail: 'Cannot access contents of the page.' });
    b.scripting.executeScript.mockImplementation((async () => []) as never);
    expect(await emitMessage({ type: 'content:load-page-engine' }, { ...contentSender, frameId: 0 })).toEqual({ ok: true });
    expect(b.scripting.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['src/content/page-engine-script.js'] });
  });

  it('runs the engine for a content script and answers with annotations', async () => {
    const text = 'The Malian army said on Monday that its troops killed 40 fighters near Kidal in northern Mali.';
    const reply = (await emitMessage(
      { type: 'content:annotate', article: { title: 'Mali', text, blocks: [{ start: 0, end: text.length, kind: 'p' }] }, noteLanguage: 'en', force: true },
      contentSender,
    )) as { ok: boolean; annotations: { claims: { labels: string[] }[] } };
    expect(reply.ok).toBe(true);
    expect(reply.annotations.claims.flatMap((c) => c.labels)).toEqual(expect.arrayContaining(['party-claim', 'figure']));
  });
});
