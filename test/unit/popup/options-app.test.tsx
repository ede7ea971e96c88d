import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { click, installDom, text } from './dom';
import { memorySettings } from './fake-api';
import { defaultSettings } from '../../../src/settings/defaults';
import { exportSettings } from '../../../src/settings/export-import';
import type { OptionsApi } from '../../../src/options/lib/options-api';
import type { StoredCustomPack } from '../../../src/settings/custom-pack';
import type { PackImportResult } from '../../../src/settings/custom-pack-import';
import type { ResetReport } from '../../../src/settings/storage';
import { OUTLETS } from '../../../src/settings/outlets';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser')).fakeBrowser }));
const { OptionsApp } = await import('../../../src/options/components/options-app');

let doc: Document;
const $ = (sel: string) => doc.querySelector(sel);

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

function fakeOptionsApi(o: { report?: ResetReport | null; added?: string[]; disabled?: string[]; granted?: Record<string, boolean>; pack?: StoredCustomPack | null } = {}) {
  const store = memorySettings({ ...defaultSettings(), addedSites: o.added ?? [], disabledSites: o.disabled ?? [] });
  let report = o.report ?? null;
  const reportWatchers = new Set<(r: ResetReport | null) => void>();
  const api = {
    ...store,
    storageArea: vi.fn(async () => 'sync' as const),
    getResetReport: vi.fn(async () => report),
    clearResetReport: vi.fn(async () => {
      report = null;
    }),
    watchResetReport: vi.fn((cb: (r: ResetReport | null) => void) => {
      reportWatchers.add(cb);
      return () => reportWatchers.delete(cb);
    }),
    sitePermissions: vi.fn(async (hosts: readonly string[]) => Object.fromEntries(hosts.map((h) => [h, o.granted?.[h] ?? true]))),
    requestSite: vi.fn((_h: string) => Promise.resolve(true)),
    removeSite: vi.fn(async (host: string) => {
      await store.updateSettings({ addedSites: store.current.addedSites.filter((h) => h !== host) });
    }),
    download: vi.fn((_name: string, _text: string) => undefined),
    getCustomPack: vi.fn(async () => o.pack ?? null),
    importCustomPack: vi.fn(async (_text: string, _name: string): Promise<PackImportResult> => ({
      ok: false,
      error: { kind: 'invalid', errors: [{ entry: 'fla', field: 'links[0].url', message: 'must be an https:// URL' }] },
    })),
    removeCustomPack: vi.fn(async () => undefined),
    watchCustomPack: vi.fn(() => () => undefined),
  } satisfies OptionsApi;
  const repair = (r: ResetReport) => {
    report = r;
    for (const w of reportWatchers) w(r);
  };
  return { api, store, repair };
}

async function mount(api: OptionsApi): Promise<void> {
  const { document, root } = installDom();
  doc = document;
  await act(() => render(<OptionsApp api={api} />, root));
  await settle();
}

/** Picks a file in a file input, as the reader would. */
async function pickFile(selector: string, name: string, content: string): Promise<void> {
  const input = $(selector) as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [{ name, text: async () => content }] });
  await act(() => {
    input.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options page', () => {
  it('shows which settings were reset, in words, and hides the notice on request', async () => {
    const { api } = fakeOptionsApi({ report: { at: 1, fields: ['noteLanguage', 'labels.figure', 'addedSites[2]', 'theme'] } });
    await mount(api);
    const items = [...doc.querySelectorAll('#reset-notice li')].map(text);
    expect(items).toEqual([
      'Language of the notes noteLanguage',
      'Kinds of notes shown: Figure labels.figure',
      'Sites you added, entry 3 addedSites[2]',
      'Unknown setting “theme” (removed) theme',
    ]);
    expect($('#reset-notice')?.getAttribute('role')).toBe('alert');
    await act(() => click($('#reset-dismiss')));
    await settle();
    expect(api.clearResetReport).toHaveBeenCalled();
    expect($('#reset-notice')).toBeNull();
  });

  it('shows a repair made in another tab while the page is open', async () => {
    const { api, repair } = fakeOptionsApi();
    await mount(api);
    expect($('#reset-notice')).toBeNull();
    await act(() => repair({ at: 2, fields: ['enabled'] }));
    expect(text($('#reset-notice li'))).toBe('Sahel Lens on or off enabled');
  });

  it('lists added sites with their access and removes one (access given back)', async () => {
    const { api, store } = fakeOptionsApi({ added: ['news.example.org', 'other.example'], granted: { 'other.example': false } });
    await mount(api);
    const rows = [...doc.querySelectorAll('#added-sites li')];
    expect(rows.map((r) => r.getAttribute('data-host'))).toEqual(['news.example.org', 'other.example']);
    expect(text(rows[0])).toContain('Access granted');
    expect(text(rows[1])).toContain('No access in this browser');
    expect(text(rows[1])).toContain('Allow access to other.example');
    await act(() => click(rows[0]!.querySelector('[data-action="remove"]')));
    await settle();
    expect(api.removeSite).toHaveBeenCalledWith('news.example.org');
    expect(store.current.addedSites).toEqual(['other.example']);
    expect(text($('#sites-result'))).toBe('news.example.org removed and its access given back.');
  });

  it('asks for access synchronously when granting a site added elsewhere', async () => {
    const { api } = fakeOptionsApi({ added: ['other.example'], granted: { 'other.example': false } });
    await mount(api);
    const grant = [...doc.querySelectorAll('#added-sites button')].find((b) => text(b).startsWith('Allow access'));
    click(grant ?? null);
    expect(api.requestSite).toHaveBeenCalledWith('other.example');
    await settle();
  });

  it('turns a switched-off site back on', async () => {
    const { api, store } = fakeOptionsApi({ disabled: ['lemonde.fr'] });
    await mount(api);
    await act(() => click($('#disabled-sites button')));
    await settle();
    expect(store.current.disabledSites).toEqual([]);
  });

  it('exports the settings as a file', async () => {
    const { api } = fakeOptionsApi({ added: ['news.example.org'] });
    await mount(api);
    await act(() => click($('#export-settings')));
    await settle();
    const [name, body] = api.download.mock.calls[0]!;
    expect(name).toMatch(/^sahel-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(body).settings.addedSites).toEqual(['news.example.org']);
    expect(text($('#backup-result'))).toContain(name);
  });

  it('imports a good file and refuses a bad one precisely, changing nothing', async () => {
    const { api, store } = fakeOptionsApi();
    await mount(api);
    const bad = JSON.parse(exportSettings({ ...defaultSettings(), enabled: false }));
    bad.settings.labels.figure = 'yes';
    await pickFile('#import-settings', 'bad.json', JSON.stringify(bad));
    expect(api.replaceSettings).not.toHaveBeenCalled();
    expect(store.current).toEqual(defaultSettings());
    expect($('#backup-result')?.getAttribute('role')).toBe('alert');
    expect(text($('#backup-result'))).toContain('bad.json was not imported; nothing was changed.');
    expect(text($('#backup-result'))).toContain('labels.figure: expected true or false, found "yes"');

    await pickFile('#import-settings', 'broken.json', '{\n  "app": "sahel-lens",\n  "kind" "settings"\n}');
    expect(text($('#backup-result'))).toContain('The file is not valid JSON: error at line 3, column 10.');

    await pickFile('#import-settings', 'good.json', exportSettings({ ...defaultSettings(), noteLanguage: 'fr' }));
    expect(api.replaceSettings).toHaveBeenCalledTimes(1);
    expect(store.current.noteLanguage).toBe('fr');
    expect(text($('#backup-result'))).toBe('Settings imported from good.json.');
  });

  it('refuses a bad context pack naming the entry and field', async () => {
    const { api } = fakeOptionsApi();
    await mount(api);
    await pickFile('#import-pack', 'desk.json', '{"version":"1","entries":[]}');
    expect(api.importCustomPack).toHaveBeenCalledWith('{"version":"1","entries":[]}', 'desk.json');
    expect(text($('#pack-result'))).toContain('desk.json was refused; what was stored before is unchanged.');
    expect(text($('#pack-result'))).toContain('Entry fla, field links[0].url: must be an https:// URL');
  });

  it('shows the stored custom pack and can remove it', async () => {
    const pack: StoredCustomPack = { pack: { version: 'desk-3', entries: [] }, importedAt: 1, fileName: 'desk.json' };
    const { api } = fakeOptionsApi({ pack });
    await mount(api);
    expect(text($('#pack-current'))).toBe('Custom pack version desk-3, 0 entries, from desk.json.');
    await act(() => click($('#remove-pack')));
    await settle();
    expect(api.removeCustomPack).toHaveBeenCalled();
  });

  it('lists every built-in outlet in tables with headers', async () => {
    const { api } = fakeOptionsApi();
    await mount(api);
    const hosts = [...doc.querySelectorAll('table.outlets tbody td:first-of-type')].map(text);
    expect(hosts.sort()).toEqual(OUTLETS.map((o) => o.host).sort());
    for (const table of doc.querySelectorAll('table.outlets')) {
      expect(table.querySelector('caption')).not.toBeNull();
      expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(3);
    }
    expect(text($('#storage-area'))).toMatch(/synced storage/);
  });
});

describe('options page: readers’ corrections (issue 15)', () => {
  const correction = (id: string, kind: 'wrong' | 'missing', sentence: string, url: string | null) => ({
    id, kind, sentence, url, language: 'en' as const, date: `2026-12-0${id}T10:00:00.000Z`,
    labels: kind === 'wrong' ? [] : ['unverified' as const], engineLabels: kind === 'wrong' ? ['figure' as const] : [],
  });

  function withCorrections() {
    const { api } = fakeOptionsApi();
    let items = [correction('1', 'wrong', 'Twelve trucks were seized.', 'https://news.example/a'), correction('2', 'missing', 'The market reopened.', null)];
    const corrections = {
      list: vi.fn(async () => items),
      delete: vi.fn(async (ids: readonly string[]) => {
        items = items.filter((c) => !ids.includes(c.id));
      }),
      clear: vi.fn(async () => {
        items = [];
      }),
      watch: vi.fn(() => () => undefined),
      openCheckPage: vi.fn(async () => undefined),
    };
    return { api: { ...api, corrections } as OptionsApi, corrections };
  }

  it('lists each correction with its labels, the engine’s, its source and date', async () => {
    const { api } = withCorrections();
    await mount(api);
    const rows = [...doc.querySelectorAll('#corrections-list li')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['wrong', 'missing']);
    expect(text(rows[0])).toContain('Note is wrong — “Twelve trucks were seized.”');
    expect(text(rows[0])).toContain('Your labels: none');
    expect(text(rows[0])).toContain('Source: https://news.example/a');
    expect(text(rows[1])).toContain('Source: pasted or dropped text');
    expect(text($('#corrections-count'))).toBe('2 corrections');
  });

  it('exports them in the corpus format, deletes one, then all', async () => {
    const { api, corrections } = withCorrections();
    await mount(api);
    await act(() => click($('#export-corrections')));
    await settle();
    const [name, body] = (api.download as ReturnType<typeof vi.fn>).mock.calls.at(-1) as [string, string];
    expect(name).toMatch(/^sahel-lens-corrections-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(body) as { format: string; articles: { source_url: string | null; sentences: { text: string; labels: string[] }[] }[] };
    expect(file.format).toBe('sahel-lens-corrections');
    expect(file.articles.map((a) => a.source_url)).toEqual(['https://news.example/a', null]);
    expect(text($('#corrections-result'))).toBe(`Exported ${name}.`);

    await act(() => click(doc.querySelector('[data-delete-correction="1"]')));
    await settle();
    expect(corrections.delete).toHaveBeenCalledWith(['1']);
    expect([...doc.querySelectorAll('#corrections-list li')]).toHaveLength(1);
    await act(() => click($('#delete-all-corrections')));
    await settle();
    expect(corrections.clear).toHaveBeenCalled();
    expect($('#corrections-none')).not.toBeNull();
  });
});
