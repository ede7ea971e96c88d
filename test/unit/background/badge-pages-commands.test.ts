import { describe, expect, it, vi } from 'vitest';
import { badgeText, showStatus, type BadgeApi } from '../../../src/background/badge';
import { extensionPageUrl } from '../../../src/background/pages';
import { handleCommand, TOGGLE_COMMAND } from '../../../src/background/commands';
import type { PageStatus } from '../../../src/shared/messages';

const status = (over: Partial<PageStatus> = {}): PageStatus => ({
  article: true,
  aboutSahel: true,
  topicScore: 1,
  counts: { unverified: 1, 'party-claim': 1, figure: 1, analyst: 0 },
  total: 3,
  language: 'fr',
  active: true,
  ...over,
});

describe('badgeText', () => {
  it('shows the number of flagged sentences shown', () => {
    expect(badgeText(status())).toBe('3');
    expect(badgeText(status({ total: 1000 }))).toBe('999+');
  });

  it('is empty when nothing is shown', () => {
    expect(badgeText(status({ total: 0 }))).toBe('');
    expect(badgeText(status({ active: false }))).toBe('');
    expect(badgeText(status({ total: -2 }))).toBe('');
  });
});

describe('badge updates', () => {
  const api = (): BadgeApi & Record<keyof BadgeApi, ReturnType<typeof vi.fn>> => ({
    setBadgeText: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
    getBadgeText: vi.fn(async () => ''),
  });

  it('sets text and tooltip on the sender’s tab only', async () => {
    const a = api();
    await showStatus(a, 12, status({ total: 7 }), (n) => `Sahel Lens: ${n}`);
    expect(a.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: '7' });
    expect(a.setTitle).toHaveBeenCalledWith({ tabId: 12, title: 'Sahel Lens: 7' });
  });
});

describe('extensionPageUrl', () => {
  const getURL = (p: string) => `moz-extension://uuid/${p}`;
  it('opens our pages only, the popup for a tab', () => {
    expect(extensionPageUrl('src/popup/index.html', 5, getURL)).toBe('moz-extension://uuid/src/popup/index.html?tab=5');
    expect(extensionPageUrl('/src/popup/index.html', undefined, getURL)).toBe('moz-extension://uuid/src/popup/index.html');
    expect(extensionPageUrl('src/options/index.html', 5, getURL)).toBe('moz-extension://uuid/src/options/index.html');
    expect(extensionPageUrl('src/other.html', undefined, getURL)).toBeNull();
  });
});

describe('handleCommand', () => {
  const deps = () => ({
    activeTabId: vi.fn(async () => 8 as number | undefined),
    sendToTab: vi.fn(async () => undefined as unknown),
    annotate: vi.fn(async () => ({ ok: true as const, injected: true })),
    inject: vi.fn(async (_tabId: number) => ({ ok: true as const, injected: true })),
    sleep: vi.fn(async () => undefined),
    openCheckPage: vi.fn(async () => undefined),
  });

  it('toggles annotations on the tab', async () => {
    const d = deps();
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('toggled');
    expect(d.sendToTab).toHaveBeenCalledWith(4, { type: 'background:toggle' });
    expect(d.annotate).not.toHaveBeenCalled();
  });

  it('falls back to the active tab', async () => {
    const d = deps();
    await handleCommand(TOGGLE_COMMAND, undefined, d);
    expect(d.sendToTab).toHaveBeenCalledWith(8, { type: 'background:toggle' });
  });

  it('injects the content script on a page without one (the shortcut grants activeTab), then annotates it', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    d.sendToTab.mockResolvedValueOnce({ ok: false, reason: 'no-selection' });
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('annotated');
    expect(d.inject).toHaveBeenCalledWith(4);
    expect(d.annotate.mock.calls).toEqual([[4, true]]);
    // No toggle: the freshly injected script may already show notes, and a toggle would hide them.
    expect(d.sendToTab).not.toHaveBeenCalledWith(4, { type: 'background:toggle' });
  });

  it('checks a selection on a page without content script, after injecting it', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    d.sendToTab.mockResolvedValueOnce({ ok: true, total: 3, text: 'Selected.' });
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('checked');
    expect(d.inject).toHaveBeenCalledTimes(1);
    expect(d.annotate).not.toHaveBeenCalled();
  });

  it('fails where the page cannot be scripted (a browser page, the PDF viewer)', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValue(new Error('Receiving end does not exist.'));
    d.inject.mockResolvedValueOnce({ ok: false, reason: 'unsupported' } as never);
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('failed');
  });

  it('annotates with force where the toggle cannot be delivered', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('annotated');
    expect(d.annotate).toHaveBeenLastCalledWith(4, true);
  });

  it('checks the selection instead of toggling when text is selected', async () => {
    const d = deps();
    d.sendToTab.mockResolvedValueOnce({ ok: true, total: 2, text: 'Selected.' });
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('checked');
    expect(d.sendToTab).toHaveBeenCalledTimes(1);
    expect(d.sendToTab).toHaveBeenCalledWith(4, { type: 'background:check-selection' });
    expect(d.openCheckPage).not.toHaveBeenCalled();
  });

  it('opens a selection without any note in the check page', async () => {
    const d = { ...deps(), tabUrl: vi.fn(async () => 'https://blog.example/post') };
    d.sendToTab.mockResolvedValueOnce({ ok: true, total: 0, text: 'Nothing to flag here.' });
    expect(await handleCommand(TOGGLE_COMMAND, 4, d)).toBe('checked');
    expect(d.openCheckPage).toHaveBeenCalledWith({ text: 'Nothing to flag here.', url: 'https://blog.example/post' });
  });

  it('ignores other commands and missing tabs', async () => {
    const d = deps();
    expect(await handleCommand('other', 4, d)).toBe('ignored');
    d.activeTabId.mockResolvedValueOnce(undefined);
    expect(await handleCommand(TOGGLE_COMMAND, undefined, d)).toBe('ignored');
    expect(d.sendToTab).not.toHaveBeenCalled();
  });
});
