/**
 * The background's message handling: validate (parseMessage), check the sender, dispatch.
 * Browser calls come in through `RouterDeps`, so this is testable without a browser.
 */
import { parseMessage, type AnnotateTabResult, type BackgroundReply, type EngineReply, type PageStatus } from '../shared/messages';
import type { EngineRequest } from './engine-service';
import type { PageScript } from './annotator-file';
import { acceptsFrom, classifySender, type SelfInfo, type SenderInfo } from './sender';

/** What the router may do for an accepted message; each is a browser call in index.ts. */
export interface RouterDeps {
  self: SelfInfo;
  showStatus(tabId: number, status: PageStatus): Promise<void>;
  annotate(tabId: number, force: boolean): Promise<AnnotateTabResult>;
  /** Opens an extension page; false when the path is not one of ours. */
  openPage(path: string, tabId: number | undefined): Promise<boolean>;
  badgeText(tabId: number): Promise<string>;
  /** Injects one of the page scripts into one frame of a tab (scripting.executeScript files). */
  loadScript(tabId: number, frameId: number, script: PageScript): Promise<BackgroundReply>;
  /** Runs the claim engine (src/background/engine-service.ts). */
  annotateArticle(request: EngineRequest): Promise<EngineReply>;
}

/**
 * Handles one incoming runtime message. Returns undefined (no answer) for anything malformed,
 * from a sender that is not the extension, or not meant for the background; otherwise a
 * promise of the response.
 */
export function routeMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const kind = classifySender(sender, deps.self);
  if (!acceptsFrom(message, kind)) return undefined;
  const senderTab = sender.tab?.id;
  switch (message.type) {
    case 'content:status':
      if (senderTab === undefined) return undefined;
      return deps.showStatus(senderTab, message.status).then(() => ({ ok: true }));
    case 'popup:annotate-tab':
      return deps.annotate(message.tabId, message.force);
    case 'options:open-page':
      // A content script asking for the popup gets it for its own tab.
      return deps.openPage(message.path, message.tabId ?? (kind === 'content' ? senderTab : undefined)).then((ok) => ({ ok }));
    case 'popup:get-badge': {
      const tabId = message.tabId ?? senderTab;
      if (tabId === undefined) return Promise.resolve({ text: '' });
      return deps.badgeText(tabId).then((text) => ({ text }));
    }
    case 'content:load-annotator':
    case 'content:load-page-engine':
      if (senderTab === undefined) return undefined;
      return deps.loadScript(senderTab, sender.frameId ?? 0, message.type === 'content:load-annotator' ? 'annotator' : 'page-engine');
    case 'content:annotate':
      return deps.annotateArticle({ article: message.article, noteLanguage: message.noteLanguage, force: message.force });
    default:
      return undefined;
  }
}
