/**
 * A stand-in for webextension-polyfill in content-script tests: messages and storage hooks.
 * One instance per test file even across vi.resetModules() (kept on globalThis), so the
 * module under test and the test talk to the same fake.
 */
import { vi } from 'vitest';
import { fileURLToPath } from 'node:url';

const ANNOTATOR_SOURCE = fileURLToPath(new URL('../../../src/content/annotator.ts', import.meta.url));

/** Listeners answer with a promise (polyfill style) or through sendResponse, returning true. */
type Listener = (msg: unknown, sender?: unknown, sendResponse?: (reply: unknown) => void) => unknown;

function make(listeners: Listener[]) {
  return {
    runtime: {
      id: 'test',
      /** Extension file names map to the sources (the built content script imports the annotator by URL). */
      getURL: (path: string) => (path === '__SAHEL_LENS_ANNOTATOR_MODULE__' ? ANNOTATOR_SOURCE : `chrome-extension://test/${path}`),
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
      sendMessage: vi.fn(async (_msg: unknown) => undefined),
    },
    storage: {
      onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
      local: { get: vi.fn(async () => ({})) },
      sync: { get: vi.fn(async () => ({})) },
    },
  };
}

const g = globalThis as unknown as { __slFake?: { listeners: Listener[]; fakeBrowser: ReturnType<typeof make> } };
if (!g.__slFake) {
  const list: Listener[] = [];
  g.__slFake = { listeners: list, fakeBrowser: make(list) };
}

export const listeners: Listener[] = g.__slFake.listeners;
export const fakeBrowser = g.__slFake.fakeBrowser;

/** Wakes the content script as src/shared/tab-messages.ts does; false when none is there. */
export function wake(): boolean {
  const w = (globalThis as Record<string, unknown>).__sahelLensWake;
  return typeof w === 'function' ? (w as () => boolean)() : false;
}

/**
 * Sends a message to the content script's listener(s) like the popup would (waking it first);
 * the first answer wins.
 */
export async function send(msg: unknown): Promise<unknown> {
  wake();
  for (const l of listeners) {
    let respond: (reply: unknown) => void = () => {};
    const replied = new Promise<unknown>((resolve) => (respond = resolve));
    const r = l(msg, {}, respond);
    if (r === true) return replied;
    if (r !== undefined && r !== false) return r;
  }
  return undefined;
}

export function resetFakeBrowser(): void {
  listeners.length = 0;
  fakeBrowser.runtime.sendMessage.mockClear();
}
