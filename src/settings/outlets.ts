/**
 * The curated outlets Sahel Lens runs on without being asked: the manifest's `host_permissions`
 * and content-script `matches` are built from OUTLET_MATCH_PATTERNS, so this list is also the
 * extension's whole standing access to the web. Anything else needs the reader's gesture
 * ("Annotate this page" with activeTab, or "Add this site" with an optional permission).
 *
 * Chosen for regular first-hand coverage of Mali, Burkina Faso, Niger, Chad and Mauritania in
 * English or French:
 *  - wire services, whose copy most other outlets republish;
 *  - international broadcasters with Africa desks (several publish in both languages);
 *  - international papers and magazines with Africa sections;
 *  - specialist outlets on conflict and humanitarian crises in the region;
 *  - Sahelian outlets from the countries concerned (and Nigeria, for the Lake Chad basin).
 * Only https: every outlet listed serves its articles over https.
 */

/** Main language of an outlet's coverage. */
export type OutletLang = 'en' | 'fr';
/** What kind of outlet; the options page groups the list by it. */
export type OutletKind = 'wire' | 'broadcaster' | 'paper' | 'specialist' | 'sahelian';

/** One built-in outlet. */
export interface Outlet {
  /** Registrable domain; subdomains are covered too (`afrique.lemonde.fr`). */
  host: string;
  name: string;
  /** Main language of its Sahel coverage. */
  lang: OutletLang;
  /** Publishes in both English and French. */
  bilingual?: true;
  kind: OutletKind;
}

/** The built-in outlets, grouped by kind. */
export const OUTLETS: readonly Outlet[] = [
  // Wire services
  { host: 'reuters.com', name: 'Reuters', lang: 'en', kind: 'wire' },
  { host: 'apnews.com', name: 'Associated Press', lang: 'en', kind: 'wire' },
  { host: 'afp.com', name: 'AFP', lang: 'fr', bilingual: true, kind: 'wire' },
  { host: 'apanews.net', name: 'APAnews (Agence de presse africaine)', lang: 'fr', bilingual: true, kind: 'wire' },
  // International broadcasters
  { host: 'bbc.com', name: 'BBC News / BBC Afrique', lang: 'en', bilingual: true, kind: 'broadcaster' },
  { host: 'bbc.co.uk', name: 'BBC News (UK)', lang: 'en', kind: 'broadcaster' },
  { host: 'france24.com', name: 'France 24', lang: 'fr', bilingual: true, kind: 'broadcaster' },
  { host: 'rfi.fr', name: 'RFI', lang: 'fr', bilingual: true, kind: 'broadcaster' },
  { host: 'aljazeera.com', name: 'Al Jazeera English', lang: 'en', kind: 'broadcaster' },
  { host: 'dw.com', name: 'Deutsche Welle', lang: 'en', bilingual: true, kind: 'broadcaster' },
  { host: 'tv5monde.com', name: 'TV5Monde Info', lang: 'fr', kind: 'broadcaster' },
  { host: 'africanews.com', name: 'Africanews', lang: 'en', bilingual: true, kind: 'broadcaster' },
  // International papers and magazines
  { host: 'theguardian.com', name: 'The Guardian', lang: 'en', kind: 'paper' },
  { host: 'nytimes.com', name: 'The New York Times', lang: 'en', kind: 'paper' },
  { host: 'lemonde.fr', name: 'Le Monde / Le Monde Afrique', lang: 'fr', kind: 'paper' },
  { host: 'lefigaro.fr', name: 'Le Figaro', lang: 'fr', kind: 'paper' },
  { host: 'liberation.fr', name: 'Libération', lang: 'fr', kind: 'paper' },
  { host: 'jeuneafrique.com', name: 'Jeune Afrique', lang: 'fr', kind: 'paper' },
  { host: 'theafricareport.com', name: 'The Africa Report', lang: 'en', kind: 'paper' },
  // Specialist outlets
  { host: 'thenewhumanitarian.org', name: 'The New Humanitarian', lang: 'en', kind: 'specialist' },
  { host: 'humangle.org', name: 'HumAngle', lang: 'en', kind: 'specialist' },
  { host: 'mondafrique.com', name: 'Mondafrique', lang: 'fr', kind: 'specialist' },
  // Sahelian and regional outlets
  { host: 'sahelien.com', name: 'Sahelien.com', lang: 'fr', kind: 'sahelian' },
  { host: 'studiotamani.org', name: 'Studio Tamani (Mali)', lang: 'fr', kind: 'sahelian' },
  { host: 'maliweb.net', name: 'Maliweb (Mali)', lang: 'fr', kind: 'sahelian' },
  { host: 'journaldumali.com', name: 'Journal du Mali', lang: 'fr', kind: 'sahelian' },
  { host: 'lefaso.net', name: 'Lefaso.net (Burkina Faso)', lang: 'fr', kind: 'sahelian' },
  { host: 'burkina24.com', name: 'Burkina 24 (Burkina Faso)', lang: 'fr', kind: 'sahelian' },
  { host: 'actuniger.com', name: 'ActuNiger (Niger)', lang: 'fr', kind: 'sahelian' },
  { host: 'alwihdainfo.com', name: 'Alwihda Info (Chad)', lang: 'fr', kind: 'sahelian' },
  { host: 'cridem.org', name: 'Cridem (Mauritania)', lang: 'fr', kind: 'sahelian' },
  { host: 'premiumtimesng.com', name: 'Premium Times (Nigeria)', lang: 'en', kind: 'sahelian' },
];

/**
 * One match pattern per outlet, `https://*.<host>/*`, which covers the domain itself and its
 * subdomains. Used verbatim for `host_permissions` and content-script `matches`.
 */
export const OUTLET_MATCH_PATTERNS: readonly string[] = OUTLETS.map((o) => `https://*.${o.host}/*`);

/** The outlet a hostname belongs to (the domain itself or a subdomain of it), or null. */
export function outletForHost(hostname: string): Outlet | null {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return OUTLETS.find((o) => h === o.host || h.endsWith(`.${o.host}`)) ?? null;
}

/** True when `hostname` is one of the built-in outlets or a subdomain of one. */
export function isOutletHost(hostname: string): boolean {
  return outletForHost(hostname) !== null;
}
