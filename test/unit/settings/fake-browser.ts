/**
 * An in-memory stand-in for webextension-polyfill's `browser`, enough for the settings,
 * background and popup modules: storage areas with onChanged, i18n from the real
 * `_locales/<lang>/messages.json`, and spies for the rest. Tests mock the module with it:
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** A minimal browser event: addListener/removeListener/hasListener plus `emit` for tests. */
export class FakeEvent<L extends Listener> {
  listeners: L[] = [];
  addListener = (l: L): void => {
    this.listeners.push(l);
  };
  removeListener = (l: L): void => {
    this.listeners = this.listeners.filter((x) => x !== l);
  };
  hasListener = (l: L): boolean => this.listeners.includes(l);
  emit(...args: Parameters<L>): unknown[] {
    return this.listeners.map((l) => l(...args));
  }
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
export const onChanged = new FakeEvent<(changes: Changes, area: string) => void>();

/** One storage area; `fail` makes every call reject (sync switched off, quota…). */
export class FakeArea {
  data: Record<string, unknown> = {};
  fail: false | 'all' | 'write' = false;
  constructor(readonly name: string) {}
  private check(write: boolean): void {
    if (this.fail === 'all' || (write && this.fail === 'write')) throw new Error(`storage.${this.name} unavailable`);
  }
  get = vi.fn(async (keys?: string | string[] | null) => {
    this.check(false);
    const wanted = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (k in this.data) out[k] = structuredClone(this.data[k]);
    return out;
  });
  set = vi.fn(async (items: Record<string, unknown>) => {
    this.check(true);
    const changes: Changes = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: structuredClone(v) };
      this.data[k] = structuredClone(v);
    }
    queueMicrotask(() => onChanged.emit(changes, this.name));
  });
  remove = vi.fn(async (keys: string | string[]) => {
    this.check(true);
    const changes: Changes = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (k in this.data) changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    queueMicrotask(() => onChanged.emit(changes, this.name));
  });
}

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localeCache = new Map<string, Messages>();

/** Loads a real messages.json file. */
export function loadLocale(lang: 'en' | 'fr'): Messages {
  let m = localeCache.get(lang);
  if (!m) {
    m = JSON.parse(readFileSync(join(import.meta.dirname, '../../../_locales', lang, 'messages.json'), 'utf8')) as Messages;
    localeCache.set(lang, m);
  }
  return m;
}

/** browser.i18n.getMessage as Chrome and Firefox do it: named placeholders → $1…$9. */
export function getMessageFrom(messages: Messages, key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, d: string) => list[Number(d) - 1] ?? '');
  });
}

export const state = { lang: 'en' as 'en' | 'fr' };

export const fakeBrowser = {
  storage: {
    sync: new FakeArea('sync'),
    local: new FakeArea('local'),
    session: new FakeArea('session'),
    onChanged,
  },
  i18n: {
    getMessage: vi.fn((key: string, subs?: string | string[]) => getMessageFrom(loadLocale(state.lang), key, subs)),
    getUILanguage: () => state.lang,
  },
  runtime: {
    id: 'sahel-lens-test-id',
    getURL: (p: string) => `chrome-extension://sahel-lens-test-id/${p.replace(/^\//, '')}`,
    getManifest: vi.fn(() => ({ content_scripts: [{ js: ['assets/content-loader.js'], css: [] as string[] }] })),
    sendMessage: vi.fn(async (_m: unknown): Promise<unknown> => undefined),
    openOptionsPage: vi.fn(async () => undefined),
    onMessage: new FakeEvent<Listener>(),
    onInstalled: new FakeEvent<Listener>(),
    onStartup: new FakeEvent<Listener>(),
  },
  tabs: {
    query: vi.fn(async (_q: unknown): Promise<{ id?: number; url?: string }[]> => []),
    get: vi.fn(async (_id: number): Promise<{ id?: number; url?: string }> => ({})),
    create: vi.fn(async (_o: unknown) => ({ id: 99 })),
    sendMessage: vi.fn(async (_id: number, _m: unknown, _o?: unknown): Promise<unknown> => undefined),
    onUpdated: new FakeEvent<Listener>(),
  },
  permissions: {
    contains: vi.fn(async (_p: unknown) => false),
    request: vi.fn(async (_p: unknown) => false),
    remove: vi.fn(async (_p: unknown) => true),
    getAll: vi.fn(async () => ({ origins: [] as string[], permissions: [] as string[] })),
    onAdded: new FakeEvent<Listener>(),
    onRemoved: new FakeEvent<Listener>(),
  },
  contextMenus: {
    create: vi.fn((_p: unknown) => undefined),
    removeAll: vi.fn(async () => undefined),
    onClicked: new FakeEvent<Listener>(),
  },
  commands: {
    getAll: vi.fn(async () => [{ name: 'toggle-annotations', shortcut: 'Alt+Shift+S' }]),
    onCommand: new FakeEvent<Listener>(),
  },
  action: {
    setBadgeText: vi.fn(async (_d: unknown) => undefined),
    setTitle: vi.fn(async (_d: unknown) => undefined),
    getBadgeText: vi.fn(async (_d: unknown) => ''),
    setBadgeBackgroundColor: vi.fn(async (_d: unknown) => undefined),
  },
  scripting: {
    executeScript: vi.fn(async (_d: unknown) => []),
    insertCSS: vi.fn(async (_d: unknown) => undefined),
    registerContentScripts: vi.fn(async (_s: unknown) => undefined),
    unregisterContentScripts: vi.fn(async (_f: unknown) => undefined),
    getRegisteredContentScripts: vi.fn(async (_f: unknown): Promise<{ id: string; matches?: string[] }[]> => []),
  },
};

/** Empties both storage areas, clears failures and listeners added by the code under test. */
export function resetFakeBrowser(): void {
  for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local, fakeBrowser.storage.session]) {
    area.data = {};
    area.fail = false;
  }
  onChanged.listeners = [];
  state.lang = 'en';
}

/** Lets queued microtasks and timers of 0 ms run (storage events, promise chains). */
export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
}
