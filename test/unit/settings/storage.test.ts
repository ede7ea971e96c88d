import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, flush, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const {
  BACKEND_KEY,
  RESET_REPORT_KEY,
  SETTINGS_KEY,
  clearResetReport,
  getResetReport,
  getSettings,
  getStorageArea,
  replaceSettings,
  updateSettings,
  watchResetReport,
  watchSettings,
} = await import('../../../src/settings/storage');
const { defaultSettings } = await import('../../../src/settings/defaults');

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;

beforeEach(() => {
  resetFakeBrowser();
  vi.clearAllMocks();
});

describe('getSettings', () => {
  it('returns the defaults when nothing is stored, without writing', async () => {
    expect(await getSettings()).toEqual({ settings: defaultSettings(), reset: [] });
    expect(sync.set).not.toHaveBeenCalled();
    expect(local.set).not.toHaveBeenCalled();
  });

  it('resets a corrupt field only, writes the repair back and records it for the options page', async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), enabled: false, noteLanguage: 42, addedSites: ['ok.org'] };
    const { settings, reset } = await getSettings();
    expect(reset).toEqual(['noteLanguage']);
    expect(settings).toEqual({ ...defaultSettings(), enabled: false, addedSites: ['ok.org'] });
    expect(sync.data[SETTINGS_KEY]).toEqual(settings);
    expect(await getResetReport()).toEqual({ at: expect.any(Number), fields: ['noteLanguage'] });
    // Repaired: the next read reports nothing new, and the report stays until dismissed.
    expect((await getSettings()).reset).toEqual([]);
    expect((await getResetReport())?.fields).toEqual(['noteLanguage']);
    await clearResetReport();
    expect(await getResetReport()).toBeNull();
  });

  it('merges successive repairs into one report', async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), enabled: 'maybe' };
    await getSettings();
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), labels: { ...defaultSettings().labels, analyst: null } };
    await getSettings();
    expect((await getResetReport())?.fields).toEqual(['enabled', 'labels.analyst']);
  });

  it('migrates the unversioned object and writes it back without a reset report', async () => {
    sync.data[SETTINGS_KEY] = { enabled: false };
    const { settings, reset } = await getSettings();
    expect(reset).toEqual([]);
    expect(settings.enabled).toBe(false);
    expect(sync.data[SETTINGS_KEY]).toEqual(settings);
    expect(local.data[RESET_REPORT_KEY]).toBeUndefined();
  });

  it('reads storage.local when storage.sync fails', async () => {
    sync.fail = 'all';
    local.data[SETTINGS_KEY] = { ...defaultSettings(), noteLanguage: 'en' };
    expect((await getSettings()).settings.noteLanguage).toBe('en');
  });
});

describe('updateSettings', () => {
  it('writes a patch to sync, merging single labels', async () => {
    const next = await updateSettings({ labels: { figure: false }, noteLanguage: 'fr' });
    expect(next.labels).toEqual({ unverified: true, 'party-claim': true, figure: false, analyst: true });
    expect(sync.data[SETTINGS_KEY]).toEqual(next);
    expect(await getStorageArea()).toBe('sync');
  });

  it('falls back to storage.local when a sync write fails, and stays there', async () => {
    sync.fail = 'write';
    await updateSettings({ enabled: false });
    expect(local.data[SETTINGS_KEY]).toMatchObject({ enabled: false });
    expect(local.data[BACKEND_KEY]).toBe('local');
    expect(await getStorageArea()).toBe('local');
    // Sync works again, but local stays the one source so the two never disagree.
    sync.fail = false;
    await updateSettings({ noteLanguage: 'en' });
    expect(sync.data[SETTINGS_KEY]).toBeUndefined();
    expect((await getSettings()).settings).toMatchObject({ enabled: false, noteLanguage: 'en' });
  });

  it('applies quick successive patches in order without losing one', async () => {
    await Promise.all([
      updateSettings({ labels: { figure: false } }),
      updateSettings({ labels: { analyst: false } }),
      updateSettings({ disabledSites: ['a.org'] }),
    ]);
    const { settings } = await getSettings();
    expect(settings.labels).toMatchObject({ figure: false, analyst: false, unverified: true });
    expect(settings.disabledSites).toEqual(['a.org']);
  });

  it('rejects an invalid patch and writes nothing', async () => {
    await expect(updateSettings({ noteLanguage: 'de' as never })).rejects.toThrow(/noteLanguage/);
    expect(sync.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('keeps what a newer version of the extension stored: its version and its own fields', async () => {
    const newer = { ...defaultSettings(), version: 99, noteLanguage: 'fr', digest: { weekly: true }, theme: 'sepia' };
    sync.data[SETTINGS_KEY] = newer;
    const read = await getSettings();
    expect(read.reset).toEqual([]);
    expect(read.settings.noteLanguage).toBe('fr');
    expect(sync.data[SETTINGS_KEY]).toEqual(newer);
    expect(await getResetReport()).toBeNull();
    // A change made here writes the known field and keeps the rest as the newer version left it.
    await updateSettings({ labels: { figure: false } });
    expect(sync.data[SETTINGS_KEY]).toEqual({ ...newer, labels: { ...newer.labels, figure: false } });
  });

  it('a newer version’s corrupt known field is still reset, its own fields still kept', async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), version: 99, enabled: 'yes', theme: 'sepia' };
    const read = await getSettings();
    expect(read.reset).toEqual(['enabled']);
    expect(sync.data[SETTINGS_KEY]).toEqual({ ...defaultSettings(), version: 99, theme: 'sepia' });
  });

  it('keeps the other fields when one stored field was corrupt', async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), disabledSites: ['x.org'], enabled: 7 };
    const next = await updateSettings({ noteLanguage: 'fr' });
    expect(next).toEqual({ ...defaultSettings(), disabledSites: ['x.org'], noteLanguage: 'fr' });
    expect((await getResetReport())?.fields).toEqual(['enabled']);
  });
});

describe('watchResetReport', () => {
  it('hears a repair even when it leaves the settings unchanged', async () => {
    await updateSettings({ noteLanguage: 'auto' });
    const settingsCb = vi.fn();
    const reportCb = vi.fn();
    watchSettings(settingsCb);
    watchResetReport(reportCb);
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), noteLanguage: 'klingon' };
    await getSettings();
    await flush();
    expect(reportCb).toHaveBeenLastCalledWith({ at: expect.any(Number), fields: ['noteLanguage'] });
    await clearResetReport();
    await flush();
    expect(reportCb).toHaveBeenLastCalledWith(null);
  });

  it('records the report before the repaired settings are written', async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), enabled: 3 };
    await getSettings();
    const reportWrite = local.set.mock.invocationCallOrder[0]!;
    const settingsWrite = sync.set.mock.invocationCallOrder[0]!;
    expect(reportWrite).toBeLessThan(settingsWrite);
  });
});

describe('replaceSettings', () => {
  it('replaces everything', async () => {
    await updateSettings({ disabledSites: ['a.org'] });
    const incoming = { ...defaultSettings(), enabled: false, addedSites: ['b.org'] };
    await replaceSettings(incoming);
    expect((await getSettings()).settings).toEqual(incoming);
  });
});

describe('watchSettings', () => {
  it('calls back with the new settings on every change, and stops when asked', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await updateSettings({ enabled: false });
    await flush();
    await updateSettings({ enabled: true });
    await flush();
    expect(seen).toEqual([false, true]);
    stop();
    await updateSettings({ enabled: false });
    await flush();
    expect(seen).toEqual([false, true]);
  });

  it('ignores unrelated keys and changes that leave the settings equal', async () => {
    const cb = vi.fn();
    watchSettings(cb);
    await local.set({ somethingElse: 1 });
    await flush();
    expect(cb).not.toHaveBeenCalled();
    await updateSettings({ enabled: false });
    await flush();
    await updateSettings({ enabled: false });
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('hears changes made after a fallback to local', async () => {
    sync.fail = 'write';
    const cb = vi.fn();
    watchSettings(cb);
    await updateSettings({ noteLanguage: 'fr' });
    await flush();
    expect(cb).toHaveBeenLastCalledWith(expect.objectContaining({ noteLanguage: 'fr' }));
  });
});
