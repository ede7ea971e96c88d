/**
 * A stand-in for webextension-polyfill in content-script tests: messages and storage hooks.
 * One instance per test file even across vi.resetModules() (kept on globalThis), so the
 * module under test and the test talk to the same fake.
 */
import { vi } from 'vitest';
import { ANNOTATOR_GLOBAL } from '../../../src/content/annotator-global';

/**
 * What the background does for `content:load-annotator`: runs the annotator script in the
 * content script's world, which leaves its entry point on the global (the module under test's
 * `vi.mock` of the annotator applies here too).
 */
async function injectAnnotator(): Promise<{ ok: true }> {
  const { startAnnotator } = await import('../../../src/content/annotator');
  (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] = { startAnnotator };
  return { ok: true };
}

/** Listeners answer with a promise (polyfill style) or through sendResponse, returning true. */
type Listener = (msg: unknown, sender?: unknown, sendResponse?: (reply: unknown) => void) => unknown;

function make(listeners: Listener[]) {
  return {
    runtime: {
      id: 'test',
      getURL: (path: string) => `chrome-extension://test/${path}`,
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
      sendMessage: vi.fn(async (msg: unknown): Promise<unknown> => ((msg as { type?: string })?.type === 'content:load-annotator' ? injectAnnotator() : undefined)),
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
