import { describe, expect, it, vi } from 'vitest';
import { annotateTab, contentScriptFiles, hasContentScript, injectionFailure, type AnnotateDeps } from '../../../src/background/annotate-tab';
import type { Message, PageStatus } from '../../../src/shared/messages';

const status: PageStatus = {
  article: true,
  aboutSahel: false,
  topicScore: 0.1,
  counts: { unverified: 0, 'party-claim': 0, figure: 0, analyst: 0 },
  total: 0,
  language: 'en',
  active: false,
};

/** A tab whose content script starts listening `readyAfter` messages after injection. */
function fakeTab(opts: { present?: boolean; readyAfter?: number; injectError?: Error } = {}) {
  let injected = opts.present ?? false;
  let untilReady = opts.readyAfter ?? 0;
  const sent: Message[] = [];
  const deps: AnnotateDeps & { [K in 'executeScript' | 'insertCss']: ReturnType<typeof vi.fn> } = {
    sendToTab: async (_tabId, message) => {
      sent.push(message);
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (untilReady > 0) {
        untilReady--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return message.type === 'popup:get-status' ? status : { ok: true };
    },
    executeScript: vi.fn(async () => {
      if (opts.injectError) throw opts.injectError;
      injected = true;
    }),
    insertCss: vi.fn(async () => undefined),
    files: () => ({ js: ['assets/loader.js'], css: ['assets/content.css'] }),
    sleep: async () => undefined,
  };
  return { deps, sent };
}

describe('contentScriptFiles', () => {
  it('reads the built file names from the manifest', () => {
    expect(contentScriptFiles({ content_scripts: [{ js: ['assets/index.ts-loader-abc.js'], css: ['a.css'] }] })).toEqual({
      js: ['assets/index.ts-loader-abc.js'],
      css: ['a.css'],
    });
    expect(contentScriptFiles({})).toEqual({ js: [], css: [] });
  });
});

describe('annotateTab', () => {
  it('does not inject where the content script already runs, and forces annotation', async () => {
    const { deps, sent } = fakeTab({ present: true });
    expect(await hasContentScript(1, deps)).toBe(true);
    expect(await annotateTab(1, true, deps)).toEqual({ ok: true, injected: false });
    expect(deps.executeScript).not.toHaveBeenCalled();
    expect(sent.at(-1)).toEqual({ type: 'popup:annotate-now' });
  });

  it('injects the built content script (and its CSS) on a page outside the list', async () => {
    const { deps, sent } = fakeTab();
    expect(await annotateTab(2, true, deps)).toEqual({ ok: true, injected: true });
    expect(deps.insertCss).toHaveBeenCalledWith(2, ['assets/content.css']);
    expect(deps.executeScript).toHaveBeenCalledWith(2, ['assets/loader.js']);
    expect(sent.at(-1)).toEqual({ type: 'popup:annotate-now' });
  });

  it('waits for a content script that loads asynchronously after injection', async () => {
    const { deps, sent } = fakeTab({ readyAfter: 3 });
    expect(await annotateTab(2, true, deps)).toEqual({ ok: true, injected: true });
    expect(sent.filter((m) => m.type === 'popup:annotate-now')).toHaveLength(4);
  });

  it('without force, injects and waits for the script to answer, sending no annotate-now', async () => {
    const { deps, sent } = fakeTab({ readyAfter: 2 });
    expect(await annotateTab(2, false, deps)).toEqual({ ok: true, injected: true });
    expect(sent.some((m) => m.type === 'popup:annotate-now')).toBe(false);
  });

  it('explains why injection failed', async () => {
    const noAccess = fakeTab({ injectError: new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.') });
    expect(await annotateTab(3, true, noAccess.deps)).toMatchObject({ ok: false, reason: 'no-access' });
    const chromeUrl = fakeTab({ injectError: new Error('Cannot access a chrome:// URL') });
    expect(await annotateTab(3, true, chromeUrl.deps)).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(injectionFailure(new Error('Missing host permission for the tab'))).toMatchObject({ reason: 'no-access' });
    expect(injectionFailure(new Error('The extensions gallery cannot be scripted.'))).toMatchObject({ reason: 'unsupported' });
    expect(injectionFailure('weird')).toEqual({ ok: false, reason: 'failed', detail: 'weird' });
  });

  it('gives up after the retries when the script never answers', async () => {
    const { deps } = fakeTab({ readyAfter: 1000 });
    expect(await annotateTab(2, true, deps)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('fails cleanly when the manifest lists no content script', async () => {
    const { deps } = fakeTab();
    deps.files = () => ({ js: [], css: [] });
    expect(await annotateTab(2, true, deps)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
