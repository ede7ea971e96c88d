/**
 * A stand-in for webextension-polyfill in content-script tests: messages and storage hooks.
 * One instance per test file even across vi.resetModules() (kept on globalThis), so the
 * module under test and the test talk to the same fake.
 */
import { vi } from 'vitest';

type Listener = (msg: unknown, sender?: unknown) => unknown;

function make(listeners: Listener[]) {
  return {
    runtime: {
      id: 'test',
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

/** Sends a message to the content script's listener(s) like the popup would; the first answer wins. */
export async function send(msg: unknown): Promise<unknown> {
  for (const l of listeners) {
    const r = l(msg, {});
    if (r !== undefined) return r;
  }
  return undefined;
}

export function resetFakeBrowser(): void {
  listeners.length = 0;
  fakeBrowser.runtime.sendMessage.mockClear();
}
