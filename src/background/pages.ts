/** Opening the extension's own pages in a tab (`options:open-page`). Pure URL building here. */
import { EXTENSION_PAGES } from '../shared/messages';

/** The popup page: opened with `?tab=<id>` so it knows which tab it is about. */
export const POPUP_PAGE = 'src/popup/index.html';

/**
 * The URL to open for `path` (one of EXTENSION_PAGES, else null). For the popup, `tabId`
 * becomes `?tab=<id>`. `getURL` is runtime.getURL.
 */
export function extensionPageUrl(path: string, tabId: number | undefined, getURL: (p: string) => string): string | null {
  const clean = path.replace(/^\/+/, '');
  if (!EXTENSION_PAGES.includes(clean)) return null;
  const query = clean === POPUP_PAGE && tabId !== undefined ? `?tab=${tabId}` : '';
  return getURL(clean) + query;
}
