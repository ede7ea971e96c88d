/** Which tab the popup is about: `?tab=<id>` when opened as a page, else the active tab. Pure parsing here. */

/** The tab id from a `?tab=<id>` query string, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
