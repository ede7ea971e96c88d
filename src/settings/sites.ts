/**
 * Per-site logic, pure: is Sahel Lens on for a hostname, is the hostname on the list, and the
 * settings patches the popup and options page write. No storage and no browser API here.
 *
 * Two kinds of entries, matched differently on purpose:
 *  - `disabledSites` holds a site key (the hostname without a leading "www."); it covers the
 *    host and its subdomains, so switching off on www.lemonde.fr also silences afrique.lemonde.fr.
 *  - `addedSites` holds exact hostnames, because the permission asked for is for that one host.
 */
import { normalizeHostname } from './schema';
import { isOutletHost } from './outlets';
import type { Settings, SettingsPatch } from './types';

/** The key a site is switched off under: the hostname, lowercased, without a leading "www.". */
export function siteKey(hostname: string): string {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  return h.startsWith('www.') ? h.slice(4) : h;
}

/** True when a stored site key covers `hostname`: the same host or one of its subdomains. */
export function siteCovers(entry: string, hostname: string): boolean {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  return h === entry || h.endsWith(`.${entry}`);
}

/** True when the reader switched Sahel Lens off for this site (whatever the global switch says). */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.some((entry) => siteCovers(entry, hostname));
}

/**
 * True when Sahel Lens should annotate pages of `hostname`: the global switch is on and the
 * reader has not switched it off for this site. The content script checks this on load and
 * on every settings change.
 */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteDisabled(settings, hostname);
}

/** True when the reader added this exact host ("Add this site"). */
export function isSiteAdded(settings: Settings, hostname: string): boolean {
  const h = normalizeHostname(hostname);
  return h !== null && settings.addedSites.includes(h);
}

/** Why a host is on the list: a built-in outlet, a site the reader added, or not listed (null). */
export function siteListing(settings: Settings, hostname: string): 'outlet' | 'added' | null {
  if (isOutletHost(hostname)) return 'outlet';
  if (isSiteAdded(settings, hostname)) return 'added';
  return null;
}

/** True when the content script runs on this host by itself (built-in outlet or added site). */
export function isSiteListed(settings: Settings, hostname: string): boolean {
  return siteListing(settings, hostname) !== null;
}

/**
 * The patch that switches Sahel Lens on or off for the site of `hostname`. Switching on removes
 * every entry that covers the host (also a broader one such as "lemonde.fr" for a subdomain).
 */
export function siteEnabledPatch(settings: Settings, hostname: string, enabled: boolean): SettingsPatch {
  const key = siteKey(hostname);
  if (enabled) {
    return { disabledSites: settings.disabledSites.filter((entry) => !siteCovers(entry, hostname)) };
  }
  if (isSiteDisabled(settings, hostname)) return {};
  return { disabledSites: [...settings.disabledSites, key] };
}

/** The patch that adds `hostname` to the reader's sites (no change if invalid or present). */
export function addSitePatch(settings: Settings, hostname: string): SettingsPatch {
  const h = normalizeHostname(hostname);
  if (h === null || settings.addedSites.includes(h)) return {};
  return { addedSites: [...settings.addedSites, h] };
}

/**
 * The patch for hosts the reader granted access to ("Add this site", or the browser's own
 * permission UI): each is added to the reader's sites and switched on, as the popup's "Add this
 * site" does. The background applies it on its own, since the popup may close before it can.
 */
export function grantedSitesPatch(settings: Settings, hostnames: readonly string[]): SettingsPatch {
  let { addedSites, disabledSites } = settings;
  for (const host of hostnames) {
    addedSites = addSitePatch({ ...settings, addedSites }, host).addedSites ?? addedSites;
    disabledSites = siteEnabledPatch({ ...settings, disabledSites }, host, true).disabledSites ?? disabledSites;
  }
  const patch: SettingsPatch = {};
  if (addedSites.length !== settings.addedSites.length) patch.addedSites = addedSites;
  if (disabledSites.length !== settings.disabledSites.length) patch.disabledSites = disabledSites;
  return patch;
}

/** The patch that removes `hostname` from the reader's sites. */
export function removeSitePatch(settings: Settings, hostname: string): SettingsPatch {
  const h = normalizeHostname(hostname) ?? hostname;
  return { addedSites: settings.addedSites.filter((s) => s !== h) };
}

/**
 * The host permission origins for one added site: that exact host, over https and http (the
 * latter also covers local test servers). Both fall under the manifest's optional patterns.
 */
export function originsForSite(hostname: string): string[] {
  const h = normalizeHostname(hostname);
  return h === null ? [] : [`https://${h}/*`, `http://${h}/*`];
}

/** The exact hostname an origin pattern such as `https://example.org/*` names, or null for wildcards. */
export function hostOfOrigin(pattern: string): string | null {
  const m = /^(?:https?|\*):\/\/([^/*:]+)\/.*$/.exec(pattern);
  return m?.[1] ? normalizeHostname(m[1]) : null;
}

/** The hostname of an http(s) URL, or null for other schemes (about:, chrome:, file:, …). */
export function httpHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}
