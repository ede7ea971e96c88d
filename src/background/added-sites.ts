/**
 * Sites the reader added ("Add this site"): the content script must run there as on the built-in
 * outlets, so it is registered dynamically (scripting.registerContentScripts) for exactly the
 * origins that are both in `settings.addedSites` and granted on this browser. Settings travel
 * with sync; permissions do not — a site added on another computer stays unregistered here
 * until the reader grants it from the options page.
 */
import { OUTLET_MATCH_PATTERNS } from '../settings/outlets';
import { hostOfOrigin } from '../settings/sites';
import type { ContentScriptFiles } from './annotate-tab';

/** The id of our one dynamic content-script registration. */
export const ADDED_SITES_SCRIPT_ID = 'sahel-lens-added-sites';

/** Granted origins that belong to an added site, sorted; outlet patterns are left to the manifest. */
export function addedSiteMatches(addedSites: readonly string[], grantedOrigins: readonly string[]): string[] {
  const matches = grantedOrigins.filter((origin) => {
    const host = hostOfOrigin(origin);
    return host !== null && addedSites.includes(host) && !OUTLET_MATCH_PATTERNS.includes(origin);
  });
  return [...new Set(matches)].sort();
}

/** Exact hosts named by newly granted origins, outlets and wildcards excluded (for permissions.onAdded). */
export function hostsOfGrantedOrigins(origins: readonly string[]): string[] {
  const hosts = origins
    .filter((o) => !OUTLET_MATCH_PATTERNS.includes(o))
    .map(hostOfOrigin)
    .filter((h): h is string => h !== null);
  return [...new Set(hosts)];
}

/** A dynamic registration as scripting.getRegisteredContentScripts reports it. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The browser calls the registration needs (scripting, permissions, settings), replaceable in tests. */
export interface RegistrationDeps {
  getRegistered(ids: string[]): Promise<RegisteredScript[]>;
  register(script: { id: string; matches: string[]; js: string[]; css: string[] }): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  grantedOrigins(): Promise<string[]>;
  addedSites(): Promise<string[]>;
  files(): ContentScriptFiles;
}

/**
 * Brings the dynamic registration in line with settings and permissions: registers, replaces or
 * removes it. Returns the match patterns registered afterwards ([] when none).
 */
export async function syncAddedSiteScripts(deps: RegistrationDeps): Promise<string[]> {
  const [added, granted, registered] = await Promise.all([
    deps.addedSites(),
    deps.grantedOrigins(),
    deps.getRegistered([ADDED_SITES_SCRIPT_ID]),
  ]);
  const wanted = addedSiteMatches(added, granted);
  const current = registered.find((s) => s.id === ADDED_SITES_SCRIPT_ID);
  const have = current ? [...(current.matches ?? [])].sort() : null;
  if (have !== null && have.join('\n') === wanted.join('\n')) return wanted;
  if (current) await deps.unregister([ADDED_SITES_SCRIPT_ID]);
  const { js, css } = deps.files();
  if (wanted.length > 0 && js.length > 0) {
    await deps.register({ id: ADDED_SITES_SCRIPT_ID, matches: wanted, js, css });
    return wanted;
  }
  return [];
}

/** Runs jobs one after another (overlapping syncs would race on the same registration id). */
export function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}
