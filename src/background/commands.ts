/** The keyboard shortcut (commands API): toggles annotations on the current tab's page. */
import type { AnnotateTabResult, Message } from '../shared/messages';

/** The command name declared in the manifest (suggested key Alt+Shift+S). */
export const TOGGLE_COMMAND = 'toggle-annotations';

/** The browser calls the command needs, replaceable in tests. */
export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  annotate(tabId: number, force: boolean): Promise<AnnotateTabResult>;
}

/**
 * Sends `background:toggle` to the tab's content script. Where none runs (a site outside the
 * list), the shortcut's activeTab grant lets us inject it and annotate the page instead.
 */
export async function handleCommand(
  command: string,
  tabId: number | undefined,
  deps: CommandDeps,
): Promise<'toggled' | 'annotated' | 'ignored' | 'failed'> {
  if (command !== TOGGLE_COMMAND) return 'ignored';
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined) return 'ignored';
  try {
    await deps.sendToTab(id, { type: 'background:toggle' });
    return 'toggled';
  } catch {
    const result = await deps.annotate(id, true);
    return result.ok ? 'annotated' : 'failed';
  }
}
