/**
 * Sending a message to the content script of a tab, from the popup or the background.
 *
 * On a page not about the Sahel the content script does not touch the extension APIs at all:
 * creating their bindings costs more, in Chromium, than everything else it does there. It
 * registers its message listener when woken, by a call to the function it leaves on its own
 * (isolated-world) global, made here through `scripting.executeScript` — which runs in that
 * same world, and which only the extension can do. Messages are then sent as usual.
 */
import browser from 'webextension-polyfill';
import type { Message } from './messages';

/** The name of the wake-up function on the content script's global. */
export const WAKE_GLOBAL = '__sahelLensWake';

/**
 * Runs in the tab, in the content script's world: wakes the content script if there is one.
 * Serialised by executeScript, so it must not refer to anything outside itself.
 */
export function wakeInTab(): boolean {
  const wake = (globalThis as unknown as Record<string, unknown>)['__sahelLensWake'];
  return typeof wake === 'function' ? (wake as () => boolean)() === true : false;
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
