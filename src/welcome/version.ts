/**
 * When the welcome page opens: on install, and on an update only when what it explains (the
 * four kinds of note, their look, the keys, the controls) has changed, which is what bumping
 * WELCOME_VERSION says. Pure: the background passes the stored version in.
 */

/** Bump when the welcome page's lesson changes (new kind of note, new marks, new keys). */
export const WELCOME_VERSION = 1;

/** storage.local key holding the WELCOME_VERSION the reader last saw. */
export const WELCOME_SEEN_KEY = 'welcomeSeen';

/** The welcome page, as an extension page path. */
export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * Whether to open the welcome page for a `runtime.onInstalled` reason, given the version the
 * reader last saw (undefined: never stored). Browser updates and shared-module events never
 * open it; an update opens it only when WELCOME_VERSION is newer than what was seen.
 */
export function shouldOpenWelcome(reason: string, seen: unknown, current = WELCOME_VERSION): boolean {
  if (reason === 'install') return true;
  if (reason !== 'update') return false;
  // Installed before the welcome page existed: they saw version 0 (the options tab).
  const last = typeof seen === 'number' && Number.isFinite(seen) ? seen : 0;
  return current > last;
}
