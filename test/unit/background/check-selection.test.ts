import { describe, expect, it, vi } from 'vitest';
import { CHECK_MENU_ID, CHECK_PAGE_MENU_ID, handleMenuClick, MENU_ITEMS } from '../../../src/background/check-selection';
import { parseCheckSelectionResult, parseMessage } from '../../../src/shared/messages';
import en from '../../../_locales/en/messages.json';
import fr from '../../../_locales/fr/messages.json';

const NO_LISTENER = new Error('Could not establish connection. Receiving end does not exist.');

function deps() {
  return {
    inject: vi.fn(async (_tabId: number) => ({ ok: true as const, injected: true })),
    sleep: vi.fn(async () => undefined),
    sendToTab: vi.fn(async (): Promise<unknown> => ({ ok: true, total: 3, text: 'Selected text.' })),
    openCheckPage: vi.fn(async () => undefined),
  };
}

const click = (over: Record<string, unknown> = {}) => ({ menuItemId: CHECK_MENU_ID, selectionText: 'Selected text.', pageUrl: 'https://blog.example/post', frameId: 0, ...over });
const tab = { id: 7, url: 'https://blog.example/post' };

describe('context menu "Check with Sahel Lens"', () => {
  it('annotates the selection in place where a content script answers', async () => {
    const d = deps();
    expect(await handleMenuClick(click(), tab, d)).toBe('annotated');
    expect(d.sendToTab).toHaveBeenCalledWith(7, { type: 'background:check-selection' });
    expect(d.inject).not.toHaveBeenCalled();
    expect(d.openCheckPage).not.toHaveBeenCalled();
  });

  it('injects the content script through activeTab on a page outside the list, then asks again', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValueOnce(NO_LISTENER);
    expect(await handleMenuClick(click(), tab, d)).toBe('annotated');
    expect(d.inject).toHaveBeenCalledWith(7);
    expect(d.sendToTab).toHaveBeenCalledTimes(2);
  });

  it('opens the check page where the page cannot be scripted (PDF viewer, browser page)', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValue(NO_LISTENER);
    d.inject.mockResolvedValueOnce({ ok: false, reason: 'unsupported' } as never);
    expect(await handleMenuClick(click({ pageUrl: 'https://x.example/report.pdf' }), { id: 7 }, d)).toBe('opened');
    expect(d.openCheckPage).toHaveBeenCalledWith({ text: 'Selected text.', url: 'https://x.example/report.pdf' });
  });

  it('opens the check page for a selection in a frame, on a browser page, or without a note', async () => {
    const d = deps();
    await handleMenuClick(click({ frameId: 3 }), tab, d);
    await handleMenuClick(click({ pageUrl: 'about:reader?url=x' }), { id: 7, url: 'about:reader?url=x' }, d);
    expect(d.sendToTab).not.toHaveBeenCalled();
    expect(d.openCheckPage).toHaveBeenNthCalledWith(2, { text: 'Selected text.', url: null });
    d.sendToTab.mockResolvedValueOnce({ ok: true, total: 0, text: 'First paragraph.\n\nSecond.' });
    expect(await handleMenuClick(click(), tab, d)).toBe('opened');
    expect(d.openCheckPage).toHaveBeenLastCalledWith({ text: 'First paragraph.\n\nSecond.', url: 'https://blog.example/post' });
  });

  it('opens the empty check page from the toolbar menu, and ignores other items', async () => {
    const d = deps();
    expect(await handleMenuClick({ menuItemId: CHECK_PAGE_MENU_ID }, undefined, d)).toBe('opened');
    expect(d.openCheckPage).toHaveBeenCalledWith(null);
    expect(await handleMenuClick({ menuItemId: 'other' }, tab, d)).toBe('ignored');
  });

  it('has its titles in English and French', () => {
    const titles = (m: Record<string, { message: string }>) => MENU_ITEMS.map((i) => m[i.titleKey]?.message);
    expect(titles(en)).toEqual(['Check with Sahel Lens', 'Check a text…']);
    expect(titles(fr)).toEqual(['Vérifier avec Sahel Lens', 'Vérifier un texte…']);
  });
});

describe('check-selection messages', () => {
  it('parses the message and its result strictly', () => {
    expect(parseMessage({ type: 'background:check-selection' })).toEqual({ type: 'background:check-selection' });
    expect(parseCheckSelectionResult({ ok: true, total: 2, text: 'a' })).toEqual({ ok: true, total: 2, text: 'a' });
    expect(parseCheckSelectionResult({ ok: false, reason: 'no-selection' })).toEqual({ ok: false, reason: 'no-selection' });
    expect(parseCheckSelectionResult({ ok: true, total: '2' })).toBeNull();
    expect(parseCheckSelectionResult(undefined)).toBeNull();
  });
});
