/**
 * The keyboard shortcut (commands API). With text selected on the page, it annotates just the
 * selection (as "Check with Sahel Lens" does); otherwise it toggles annotations on the page.
 */
import { parseCheckSelectionResult, type AnnotateTabResult, type CheckSelectionResult, type Message } from '../shared/messages';
import { checkSelectionInTab, type CheckDeps } from './check-selection';

/** The command name declared in the manifest (suggested key Alt+Shift+S). */
export const TOGGLE_COMMAND = 'toggle-annotations';

/** The browser calls the command needs, replaceable in tests. */
export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  annotate(tabId: number, force: boolean): Promise<AnnotateTabResult>;
  /** Injects the content script without waiting for it (see CheckDeps.inject). */
  inject: CheckDeps['inject'];
  sleep?: CheckDeps['sleep'];
  openCheckPage: CheckDeps['openCheckPage'];
  /** The tab's URL, for a selection that opens in the check page. */
  tabUrl?(tabId: number): Promise<string | undefined>;
}

/**
 * Checks the selection if there is one; else sends `background:toggle` to the tab's content
 * script. Where none runs (a site outside the list), the shortcut's activeTab grant lets us
 * inject it first.
 */
export async function handleCommand(
  command: string,
  tabId: number | undefined,
  deps: CommandDeps,
): Promise<'checked' | 'toggled' | 'annotated' | 'ignored' | 'failed'> {
  if (command !== TOGGLE_COMMAND) return 'ignored';
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined) return 'ignored';
  // Ask the content script about the selection; where none listens (a page outside the list),
  // the shortcut's activeTab grant lets us inject it first.
  let injected = false;
  let check: CheckSelectionResult | null = null;
  try {
    check = parseCheckSelectionResult(await deps.sendToTab(id, { type: 'background:check-selection' }));
  } catch {
    const result = await deps.inject(id);
    if (!result.ok) return 'failed';
    injected = true;
    check = await checkSelectionInTab(id, { ...deps, inject: async () => result });
  }
  if (check?.ok) {
    if (check.total === 0 && check.text.trim()) {
      const url = (await deps.tabUrl?.(id)) ?? '';
      await deps.openCheckPage({ text: check.text, url: /^https?:/i.test(url) ? url : null });
    }
    return 'checked';
  }
  // Just injected: the script may already show notes (it treats the page as allowed), so a
  // toggle could hide them. "Annotate now" is what the reader asked for.
  if (injected) {
    const result = await deps.annotate(id, true);
    return result.ok ? 'annotated' : 'failed';
  }
  try {
    await deps.sendToTab(id, { type: 'background:toggle' });
    return 'toggled';
  } catch {
    const result = await deps.annotate(id, true);
    return result.ok ? 'annotated' : 'failed';
  }
}
