/**
 * Everything the options page asks of the browser, behind one interface so its components can
 * be rendered in tests with a fake. `createOptionsApi()` is the real thing.
 */
import browser from 'webextension-polyfill';
import {
  clearResetReport,
  getResetReport,
  getSettings,
  getStorageArea,
  replaceSettings,
  updateSettings,
  watchResetReport,
  watchSettings,
  type ResetReport,
  type StorageAreaName,
} from '../../settings/storage';
import { getCustomPack, removeCustomPack, watchCustomPack, type StoredCustomPack } from '../../settings/custom-pack';
import { importCustomPack, type PackImportResult } from '../../settings/custom-pack-import';
import { validatePack } from '../../settings/pack-validator';
import { originsForSite, removeSitePatch } from '../../settings/sites';
import type { Settings, SettingsPatch } from '../../settings/types';
import { clearCorrections, deleteCorrections, listCorrections, watchCorrections } from '../../corrections/store';
import type { Correction } from '../../corrections/model';
import { CHECK_PAGE } from '../../shared/messages';

/** Every browser-backed call the options page makes. */
export interface OptionsApi {
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  replaceSettings(settings: Settings): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  storageArea(): Promise<StorageAreaName>;
  getResetReport(): Promise<ResetReport | null>;
  clearResetReport(): Promise<void>;
  watchResetReport(cb: (report: ResetReport | null) => void): () => void;
  /** Whether this browser granted access to each host. */
  sitePermissions(hosts: readonly string[]): Promise<Record<string, boolean>>;
  /** Asks for access to one host. MUST be called synchronously from a click handler. */
  requestSite(host: string): Promise<boolean>;
  /** Removes an added site from the settings and gives its access back. */
  removeSite(host: string): Promise<void>;
  /** Saves `text` as a file named `fileName` (the browser's download). */
  download(fileName: string, text: string): void;
  getCustomPack(): Promise<StoredCustomPack | null>;
  importCustomPack(text: string, fileName: string): Promise<PackImportResult>;
  removeCustomPack(): Promise<void>;
  watchCustomPack(cb: (stored: StoredCustomPack | null) => void): () => void;
  /** Readers' corrections (storage.local); the section is left out when absent. */
  corrections?: CorrectionsApi;
}

/** The corrections section's calls. */
export interface CorrectionsApi {
  list(): Promise<Correction[]>;
  delete(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  watch(cb: () => void): () => void;
  openCheckPage(): Promise<void>;
}

/** Offers `text` as a download through a temporary object URL (works in both browsers' extension pages). */
export function downloadText(doc: Document, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The real OptionsApi over webextension-polyfill. */
export function createOptionsApi(): OptionsApi {
  return {
    getSettings: async () => (await getSettings()).settings,
    updateSettings,
    replaceSettings,
    watchSettings,
    storageArea: getStorageArea,
    getResetReport,
    clearResetReport,
    watchResetReport,
    sitePermissions: async (hosts) => {
      const entries = await Promise.all(
        hosts.map(async (h) => [h, await browser.permissions.contains({ origins: originsForSite(h) }).catch(() => false)] as const),
      );
      return Object.fromEntries(entries);
    },
    requestSite: (host) => browser.permissions.request({ origins: originsForSite(host) }),
    removeSite: async (host) => {
      const { settings } = await getSettings();
      await updateSettings(removeSitePatch(settings, host));
      // Not granted on this browser (added elsewhere): nothing to give back, and that is fine.
      await browser.permissions.remove({ origins: originsForSite(host) }).catch(() => false);
    },
    download: (fileName, text) => downloadText(document, fileName, text),
    // The options page can afford the full check: it shows only a pack the content script will accept.
    getCustomPack: () => getCustomPack(validatePack),
    importCustomPack: (text, fileName) => importCustomPack(text, fileName),
    removeCustomPack,
    watchCustomPack: (cb) => watchCustomPack(cb, validatePack),
    corrections: {
      list: listCorrections,
      delete: deleteCorrections,
      clear: clearCorrections,
      watch: watchCorrections,
      openCheckPage: async () => {
        await browser.tabs.create({ url: browser.runtime.getURL(CHECK_PAGE) });
      },
    },
  };
}
