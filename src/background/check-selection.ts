/**
 * "Check with Sahel Lens" (issue 15): the context-menu item on a selection, and the keyboard
 * shortcut with text selected, annotate just that selection in place, through the activeTab
 * grant the click or the shortcut gives (no standing host permission). Where the page cannot be
 * annotated in place — a PDF viewer, a browser page, a frame, a canvas, or a selection that gets
 * no note at all — the selected text opens in the check page instead, where every sentence can
 * be corrected. Browser calls come in through `CheckDeps`, so this is tested without a browser.
 */
import { parseCheckSelectionResult, type AnnotateTabResult, type CheckSelectionResult, type Message } from '../shared/messages';

/** Context-menu item on a selection. */
export const CHECK_MENU_ID = 'sahel-lens-check-selection';
/** Context-menu item on the toolbar button: open the check page. */
export const CHECK_PAGE_MENU_ID = 'sahel-lens-open-check-page';

/** A text handed to the check page (kept in storage.session until the page reads it). */
export interface PendingCheck {
  text: string;
  /** The page the text was selected on (http(s) only; null otherwise). */
  url: string | null;
}

/** storage.session key of the text waiting for the check page. */
export const PENDING_CHECK_KEY = 'pendingCheck';

/** The browser calls a check needs. */
export interface CheckDeps {
  /**
   * Injects the content script into the tab (executeScript, under the click's or the shortcut's
   * activeTab grant) without waiting for it to look at the page: asked at once about the
   * selection, it annotates just that, never the whole page first.
   */
  inject(tabId: number): Promise<AnnotateTabResult>;
  /** Waits (between tries to reach a just-injected script); default setTimeout. */
  sleep?(ms: number): Promise<void>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  /** Opens the check page, with a text to check when `pending` is given. */
  openCheckPage(pending: PendingCheck | null): Promise<void>;
}

/** The context-menu items: [id, i18n key of the title, contexts]. */
export const MENU_ITEMS: readonly { id: string; titleKey: string; contexts: ('selection' | 'action')[] }[] = [
  { id: CHECK_MENU_ID, titleKey: 'contextMenuCheck', contexts: ['selection'] },
  { id: CHECK_PAGE_MENU_ID, titleKey: 'contextMenuCheckPage', contexts: ['action'] },
];

function httpUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** Asks the tab's content script (injecting it if needed) to annotate the selection; null when it cannot. */
export async function checkSelectionInTab(tabId: number, deps: CheckDeps): Promise<CheckSelectionResult | null> {
  const ask = async (): Promise<CheckSelectionResult | null> => parseCheckSelectionResult(await deps.sendToTab(tabId, { type: 'background:check-selection' }));
  try {
    return await ask();
  } catch {
    // Nothing listening: a page outside the list. The click's activeTab grant lets us inject.
  }
  const injected = await deps.inject(tabId);
  if (!injected.ok) return null;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // The injected script listens once it has run and been woken: a few quick tries.
  for (let i = 0; i < 10; i++) {
    try {
      return await ask();
    } catch {
      await sleep(100);
    }
  }
  return null;
}

/** What the menu click did. */
export type MenuOutcome = 'annotated' | 'opened' | 'ignored';

/** Handles a click on one of our context-menu items. */
export async function handleMenuClick(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string; frameId?: number },
  tab: { id?: number; url?: string } | undefined,
  deps: CheckDeps,
): Promise<MenuOutcome> {
  if (info.menuItemId === CHECK_PAGE_MENU_ID) {
    await deps.openCheckPage(null);
    return 'opened';
  }
  if (info.menuItemId !== CHECK_MENU_ID) return 'ignored';
  const pageUrl = httpUrl(info.pageUrl ?? tab?.url);
  let text = info.selectionText ?? '';
  // In place only in the top frame of a web page: the content script runs there alone.
  if (tab?.id !== undefined && tab.id >= 0 && (info.frameId ?? 0) === 0 && pageUrl) {
    const result = await checkSelectionInTab(tab.id, deps);
    if (result?.ok && result.total > 0) return 'annotated';
    // The page's own selection text keeps paragraph breaks that selectionText loses.
    if (result?.ok && result.text.trim()) text = result.text;
  }
  await deps.openCheckPage(text.trim() ? { text, url: pageUrl } : null);
  return 'opened';
}
