/**
 * The popup: switches (everywhere, this site), what was found on this page, the page actions
 * (open summary, annotate this page, always run on this site), the label filters, the note
 * language, and a link to the options page. All browser access goes through `api`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Label } from '../../engine/types';
import { grantedSitesPatch, isSiteDisabled, siteEnabledPatch } from '../../settings/sites';
import type { NoteLanguage, Settings, SettingsPatch } from '../../settings/types';
import { t } from '../lib/i18n';
import type { PopupApi, TabInfo } from '../lib/popup-api';
import { actionsFor, type Line, type PageState } from '../lib/view-model';
import { LabelToggles } from './label-toggles';
import { LanguageChoice } from './language-choice';
import { PageStatusView } from './page-status';
import { Switch } from './switch';

/** The browser access and the status polling interval. */
export interface PopupAppProps {
  api: PopupApi;
  /** How often to ask the page for its status again while the popup is open (ms; 0 = never). */
  pollMs?: number;
}

function sameState(a: PageState, b: PageState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The whole popup. Renders nothing interactive until settings are loaded. */
export function PopupApp({ api, pollMs = 1000 }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [permission, setPermission] = useState(false);
  const [shortcut, setShortcut] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Line | null>(null);
  const pageRef = useRef(page);
  pageRef.current = page;
  const statusHeading = useRef<HTMLHeadingElement>(null);
  // A button that did its job disappears; keep keyboard focus in the section instead of losing it.
  const refocus = (): void => {
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) statusHeading.current?.focus();
    }, 0);
  };

  const refreshPage = useCallback(
    async (target: TabInfo | null | undefined) => {
      if (target === undefined) return;
      const next: PageState =
        target === null || !target.web
          ? { kind: 'no-tab' }
          : await api.pageStatus(target.id).then((s) => (s ? { kind: 'status', status: s } : { kind: 'no-script' }));
      if (!sameState(pageRef.current, next)) setPage(next);
    },
    [api],
  );

  // Load settings, tab, shortcut; keep settings in step with other pages.
  useEffect(() => {
    let live = true;
    void api.getSettings().then((s) => live && setSettings(s));
    void api.currentTab().then((tb) => live && setTab(tb)).catch(() => live && setTab(null));
    void api.shortcut().then((k) => live && setShortcut(k)).catch(() => undefined);
    const stop = api.watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  // The page's status: now, and again while the popup stays open (annotating takes a moment).
  useEffect(() => {
    void refreshPage(tab);
    if (!pollMs || tab === undefined || tab === null) return undefined;
    const timer = setInterval(() => void refreshPage(tab), pollMs);
    return () => clearInterval(timer);
  }, [tab, pollMs, refreshPage]);

  useEffect(() => {
    if (!tab?.hostname) return;
    void api.hasSitePermission(tab.hostname).then(setPermission).catch(() => setPermission(false));
  }, [api, tab, settings?.addedSites.join(',')]);

  const change = (patch: SettingsPatch): void => {
    void api
      .updateSettings(patch)
      .then((s) => setSettings(s))
      .catch((e: unknown) => setFeedback({ key: 'errorGeneric', subs: [String(e)] }));
  };

  if (settings === null || tab === undefined) {
    return (
      <main class="popup" aria-busy="true">
        <h1 class="title">{t('extName')}</h1>
      </main>
    );
  }

  const host = tab?.hostname ?? null;
  const actions = actionsFor(tab, page, settings, permission);

  const annotate = (): void => {
    if (!tab) return;
    setBusy(true);
    setFeedback({ key: 'annotating' });
    void api
      .annotate(tab.id, true)
      .then((r) => {
        if (r.ok) setFeedback({ key: 'annotateDone' });
        else if (r.reason === 'no-access') setFeedback({ key: 'annotateNoAccess' });
        else if (r.reason === 'unsupported') setFeedback({ key: 'annotateUnsupported' });
        else setFeedback({ key: 'annotateFailed', subs: [r.detail ?? ''] });
        return refreshPage(tab);
      })
      .finally(() => {
        setBusy(false);
        refocus();
      });
  };

  const addSite = (): void => {
    if (!tab || !host) return;
    // The permission request must come first, synchronously, inside the click (user gesture).
    const granted = api.requestSitePermission(host);
    setBusy(true);
    void granted
      .then(async (ok) => {
        if (!ok) {
          setFeedback({ key: 'siteAddRefused', subs: [host] });
          return;
        }
        setPermission(true);
        const current = await api.getSettings();
        setSettings(await api.updateSettings(grantedSitesPatch(current, [host])));
        await api.annotate(tab.id, false);
        setFeedback({ key: 'siteAddedNow', subs: [host] });
        await refreshPage(tab);
      })
      .catch((e: unknown) => setFeedback({ key: 'errorGeneric', subs: [String(e)] }))
      .finally(() => {
        setBusy(false);
        refocus();
      });
  };

  const openSummary = (): void => {
    if (tab) void api.openSummary(tab.id).then((ok) => (ok ? api.closePopup() : setFeedback({ key: 'statusNoScript' })));
  };

  return (
    <main class="popup">
      <h1 class="title">{t('extName')}</h1>

      <section class="group switches" aria-label={t('globalSwitch')}>
        <Switch
          id="global-switch"
          label={t('globalSwitch')}
          hint={t('globalSwitchHint')}
          checked={settings.enabled}
          onChange={(on) => change({ enabled: on })}
        />
        {host ? (
          <Switch
            id="site-switch"
            label={t('siteSwitch', [host])}
            hint={settings.enabled ? undefined : t('siteOffGlobal')}
            checked={!isSiteDisabled(settings, host)}
            disabled={!settings.enabled}
            onChange={(on) => change(siteEnabledPatch(settings, host, on))}
          />
        ) : null}
      </section>

      <section class="group" aria-labelledby="status-heading">
        <h2 id="status-heading" tabIndex={-1} ref={statusHeading}>
          {t('statusHeading')}
        </h2>
        <PageStatusView state={page} />
        {actions.listed && host ? (
          <p class="hint">{t(actions.listed === 'outlet' ? 'siteIsOutlet' : 'siteIsAdded', [host])}</p>
        ) : null}
        <div class="actions">
          {actions.openSummary ? (
            <button type="button" id="open-summary" onClick={openSummary}>
              {t('openSummary')}
            </button>
          ) : null}
          {actions.annotateNow ? (
            <button type="button" id="annotate-now" disabled={busy} aria-describedby="annotate-hint" onClick={annotate}>
              {t('annotateNow')}
            </button>
          ) : null}
          {actions.annotateNow ? (
            <p class="hint" id="annotate-hint">
              {t('annotateHint')}
            </p>
          ) : null}
          {actions.addSite && host ? (
            <button type="button" id="add-site" disabled={busy} aria-describedby="add-site-hint" onClick={addSite}>
              {t('addSite', [host])}
            </button>
          ) : null}
          {actions.addSite && host ? (
            <p class="hint" id="add-site-hint">
              {t('addSiteHint')}
            </p>
          ) : null}
        </div>
        <p id="popup-feedback" class="feedback" role="status" aria-live="polite">
          {feedback ? t(feedback.key, feedback.subs) : ''}
        </p>
      </section>

      <LabelToggles labels={settings.labels} onChange={(label: Label, on: boolean) => change({ labels: { [label]: on } })} />
      <LanguageChoice value={settings.noteLanguage} onChange={(v: NoteLanguage) => change({ noteLanguage: v })} />

      <footer class="footer">
        <a
          id="open-check"
          href="../check/index.html"
          onClick={(e) => {
            e.preventDefault();
            void api.openCheckPage().then(() => api.closePopup());
          }}
        >
          {t('popupCheckText')}
        </a>
        {' · '}
        <a
          id="open-options"
          href="../options/index.html"
          onClick={(e) => {
            e.preventDefault();
            void api.openOptions().then(() => api.closePopup());
          }}
        >
          {t('openOptions')}
        </a>
        {shortcut ? <p class="hint">{t('shortcutHint', [shortcut])}</p> : null}
      </footer>
    </main>
  );
}
