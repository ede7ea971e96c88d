/** The sites the reader added (with their access state) and the sites where Sahel Lens is off. */
import { t } from '../../popup/lib/i18n';

/** The added sites, their access state, and the remove/grant handlers. */
export interface AddedSitesProps {
  sites: readonly string[];
  /** host → access granted in this browser (missing = not known yet). */
  granted: Readonly<Record<string, boolean>>;
  onRemove(host: string): void;
  /** Called synchronously from the click: it asks the browser for access. */
  onGrant(host: string): void;
}

/** Lists added sites; each can be removed (its access given back) or granted here. */
export function AddedSites({ sites, granted, onRemove, onGrant }: AddedSitesProps) {
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="hint">{t('sitesIntro')}</p>
      {sites.length === 0 ? (
        <p id="sites-empty">{t('sitesEmpty')}</p>
      ) : (
        <ul id="added-sites" class="site-list">
          {sites.map((host) => (
            <li key={host} data-host={host}>
              <span class="site-host">{host}</span>
              <span class="site-state">{granted[host] === false ? t('siteNotGranted') : granted[host] ? t('siteGranted') : ''}</span>
              {granted[host] === false ? (
                <button type="button" class="secondary" onClick={() => onGrant(host)}>
                  {t('siteGrant', [host])}
                </button>
              ) : null}
              <button type="button" class="secondary" data-action="remove" onClick={() => onRemove(host)}>
                {t('siteRemove', [host])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lists the sites where the reader switched Sahel Lens off, each with a "turn back on" button. */
export function DisabledSites({ sites, onEnable }: { sites: readonly string[]; onEnable(site: string): void }) {
  return (
    <section class="card" aria-labelledby="disabled-heading">
      <h2 id="disabled-heading">{t('disabledHeading')}</h2>
      {sites.length === 0 ? (
        <p>{t('disabledEmpty')}</p>
      ) : (
        <ul id="disabled-sites" class="site-list">
          {sites.map((site) => (
            <li key={site} data-host={site}>
              <span class="site-host">{site}</span>
              <button type="button" class="secondary" onClick={() => onEnable(site)}>
                {t('disabledEnable', [site])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
