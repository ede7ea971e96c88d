/**
 * The options page: the reset notice (if stored settings were repaired), the sites the reader
 * added and the sites switched off, export/import of settings, the custom context pack, and
 * the built-in outlets. All browser access goes through `api`.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../popup/lib/i18n';
import type { StoredCustomPack } from '../../settings/custom-pack';
import { siteEnabledPatch } from '../../settings/sites';
import type { ResetReport, StorageAreaName } from '../../settings/storage';
import type { Settings } from '../../settings/types';
import type { OptionsApi } from '../lib/options-api';
import { BackupSection } from './backup-section';
import { CorrectionsSection } from './corrections-section';
import { OutletsTable } from './outlets-table';
import { PackSection } from './pack-section';
import { ResetNotice } from './reset-notice';
import { ResultMessage, type Outcome } from './result-message';
import { AddedSites, DisabledSites } from './site-lists';

/** The whole options page. */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [report, setReport] = useState<ResetReport | null>(null);
  const [area, setArea] = useState<StorageAreaName | null>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [pack, setPack] = useState<StoredCustomPack | null>(null);
  const [sitesOutcome, setSitesOutcome] = useState<Outcome>(null);

  useEffect(() => {
    let live = true;
    const refresh = (s: Settings): void => {
      if (!live) return;
      setSettings(s);
      void api.storageArea().then((a) => live && setArea(a));
    };
    // Reading the settings repairs them if needed, so the report is read after that.
    void api.getSettings().then((s) => {
      refresh(s);
      return api.getResetReport().then((r) => live && setReport(r));
    });
    void api.getCustomPack().then((p) => live && setPack(p));
    const stopSettings = api.watchSettings(refresh);
    const stopReport = api.watchResetReport((r) => live && setReport(r));
    const stopPack = api.watchCustomPack((p) => live && setPack(p));
    return () => {
      live = false;
      stopSettings();
      stopReport();
      stopPack();
    };
  }, [api]);

  const added = settings?.addedSites.join('\n') ?? '';
  useEffect(() => {
    if (!settings) return;
    void api.sitePermissions(settings.addedSites).then(setGranted);
  }, [api, added]);

  if (!settings) {
    return (
      <main class="options" aria-busy="true">
        <h1>{t('optionsTitle')}</h1>
      </main>
    );
  }

  const removeSite = (host: string): void => {
    void api
      .removeSite(host)
      .then(() => setSitesOutcome({ ok: true, text: t('siteRemoved', [host]) }))
      .catch((e: unknown) => setSitesOutcome({ ok: false, title: t('errorGeneric', [String(e)]), lines: [] }));
  };

  const grantSite = (host: string): void => {
    // Synchronously inside the click: the browser requires a user gesture.
    void api.requestSite(host).then((ok) => {
      if (ok) setGranted((g) => ({ ...g, [host]: true }));
      else setSitesOutcome({ ok: false, title: t('siteAddRefused', [host]), lines: [] });
    });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {area ? (
        <p class="hint" id="storage-area" data-area={area}>
          {t(area === 'sync' ? 'storageSync' : 'storageLocal')}
        </p>
      ) : null}
      <ResetNotice report={report} onDismiss={() => void api.clearResetReport().then(() => setReport(null))} />
      <AddedSites sites={settings.addedSites} granted={granted} onRemove={removeSite} onGrant={grantSite} />
      <ResultMessage id="sites-result" outcome={sitesOutcome} />
      <DisabledSites
        sites={settings.disabledSites}
        onEnable={(site) => void api.updateSettings(siteEnabledPatch(settings, site, true))}
      />
      <BackupSection getSettings={api.getSettings} replaceSettings={api.replaceSettings} download={api.download} />
      <PackSection stored={pack} importPack={api.importCustomPack} removePack={api.removeCustomPack} />
      {api.corrections ? <CorrectionsSection api={api.corrections} download={api.download} /> : null}
      <OutletsTable />
    </main>
  );
}
