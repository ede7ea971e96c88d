/**
 * The toolbar badge: the number of flagged claims shown on each tab's page, from the content
 * script's `content:status`. The browser keeps the per-tab text (and resets it when the tab
 * navigates), so nothing here must survive the service worker being stopped.
 */
import type { PageStatus } from '../shared/messages';

/** The badge colour: the highlight amber, dark enough for white text (contrast 5.9:1). */
export const BADGE_COLOR = '#8a4b00';

/** The badge text for a status: the count of claims shown, '' when none or switched off. */
export function badgeText(status: PageStatus): string {
  if (!status.active || status.total <= 0) return '';
  return status.total > 999 ? '999+' : String(Math.floor(status.total));
}

/** The browser calls the badge needs (browser.action in both browsers). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  getBadgeText(details: { tabId: number }): Promise<string>;
}

/** Updates one tab's badge and tooltip from a status. `title(n)` words the tooltip. */
export async function showStatus(api: BadgeApi, tabId: number, status: PageStatus, title: (text: string) => string): Promise<void> {
  const text = badgeText(status);
  await api.setBadgeText({ tabId, text });
  await api.setTitle({ tabId, title: title(text) });
}
