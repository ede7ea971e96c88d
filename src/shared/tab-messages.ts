/**
 * Talking to the content script of a tab, from the popup or the background.
 *
 * On a page not about the Sahel the content script does not touch the extension APIs at all:
 * creating their bindings costs more, in Chromium, than everything else it does there. It
 * leaves two functions on its own (isolated-world) global instead, which the extension calls
 * through `scripting.executeScript` — that runs in the same world, and only the extension can:
 *  - a status reader, so the popup learns what the page holds without waking anything;
 *  - a wake-up call, after which it listens for messages, sent as usual.
 */
import browser from 'webextension-polyfill';
import type { Message } from './messages';

/** The names of the wake-up and status functions on the content script's global. */
export const WAKE_GLOBAL = '__sahelLensWake';
export const STATUS_GLOBAL = '__sahelLensStatus';

/**
 * Runs in the tab, in the content script's world: wakes the content script if there is one.
 * Serialised by executeScript, so it must not refer to anything outside itself.
 */
export function wakeInTab(): boolean {
  const wake = (globalThis as unknown as Record<string, unknown>)['__sahelLensWake'];
  return typeof wake === 'function' ? (wake as () => boolean)() === true : false;
}

/**
 * Runs in the tab, in the content script's world: its page status (a promise), or null when no
 * content script is there. Serialised by executeScript.
 */
export function statusInTab(): unknown {
  const status = (globalThis as unknown as Record<string, unknown>)['__sahelLensStatus'];
  return typeof status === 'function' ? (status as () => unknown)() : null;
}

/**
 * The page status of the tab's top frame, read without waking the content script (null when
 * none runs there or the tab cannot be scripted); validate it with `parsePageStatus`.
 */
export async function tabStatus(tabId: number): Promise<unknown> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: statusInTab });
    return first?.result ?? null;
  } catch {
    return null;
  }
}

/** Wakes the content script of the tab's top frame; false when none is there or the tab cannot be scripted. */
export async function wakeTab(tabId: number): Promise<boolean> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: wakeInTab });
    return first?.result === true;
  } catch {
    return false; // no host access, a browser page, or the tab is gone: sendMessage will say so.
  }
}

/** Wakes the tab's content script, then sends it `message` (top frame only). */
export async function messageTab(tabId: number, message: Message): Promise<unknown> {
  await wakeTab(tabId);
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}
