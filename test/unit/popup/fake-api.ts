/** In-memory PopupApi / OptionsApi pieces for rendering the pages in tests. */
import { vi } from 'vitest';
import { defaultSettings } from '../../../src/settings/defaults';
import { applyPatch } from '../../../src/settings/patch';
import type { Settings, SettingsPatch } from '../../../src/settings/types';
import type { PopupApi, TabInfo } from '../../../src/popup/lib/popup-api';
import type { AnnotateTabResult, PageStatus } from '../../../src/shared/messages';

/** Settings kept in memory, with watchers, like storage would. */
export function memorySettings(initial: Settings = defaultSettings()) {
  let settings = initial;
  const watchers = new Set<(s: Settings) => void>();
  return {
    get current() {
      return settings;
    },
    getSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async (patch: SettingsPatch) => {
      settings = applyPatch(settings, patch);
      for (const w of watchers) w(settings);
      return settings;
    }),
    replaceSettings: vi.fn(async (next: Settings) => {
      settings = applyPatch(next, {});
      for (const w of watchers) w(settings);
      return settings;
    }),
    watchSettings: vi.fn((cb: (s: Settings) => void) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    }),
  };
}

export const sahelStatus = (over: Partial<PageStatus> = {}): PageStatus => ({
  article: true,
  aboutSahel: true,
  topicScore: 0.9,
  counts: { unverified: 2, 'party-claim': 3, figure: 4, analyst: 1 },
  total: 10,
  language: 'en',
  active: true,
  ...over,
});

export interface FakePopupOptions {
  tab?: TabInfo | null;
  status?: PageStatus | null;
  settings?: Settings;
  permission?: boolean;
  grant?: boolean;
  annotateResult?: AnnotateTabResult;
}

/** A PopupApi over memory; every method is a spy. */
export function fakePopupApi(o: FakePopupOptions = {}) {
  const store = memorySettings(o.settings);
  let status = o.status === undefined ? sahelStatus() : o.status;
  const api = {
    ...store,
    currentTab: vi.fn(async () => (o.tab === undefined ? { id: 7, hostname: 'www.rfi.fr', web: true } : o.tab)),
    pageStatus: vi.fn(async (_tabId: number) => status),
    openSummary: vi.fn(async (_tabId: number) => true),
    annotate: vi.fn(async (_tabId: number, _force: boolean): Promise<AnnotateTabResult> => {
      const r = o.annotateResult ?? { ok: true, injected: true };
      if (r.ok) status = sahelStatus({ aboutSahel: false });
      return r;
    }),
    hasSitePermission: vi.fn(async (_h: string) => o.permission ?? false),
    requestSitePermission: vi.fn((_h: string) => Promise.resolve(o.grant ?? true)),
    shortcut: vi.fn(async () => 'Alt+Shift+S'),
    openOptions: vi.fn(async () => undefined),
    openCheckPage: vi.fn(async () => undefined),
    closePopup: vi.fn(() => undefined),
  } satisfies PopupApi;
  return { api, store, setStatus: (s: PageStatus | null) => (status = s) };
}
