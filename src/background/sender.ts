/**
 * Who sent a message, and whether that kind of sender may send that message. Pure.
 * runtime.onMessage only hears the extension's own contexts, but a compromised or confused
 * content script must still not be able to drive the popup's privileged actions, so each
 * message type names the senders it accepts.
 */
import type { Message, MessageType } from '../shared/messages';

/** The parts of runtime.MessageSender we look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The frame of the tab the message came from (0: the top frame). */
  frameId?: number;
}

/** The extension itself: its id and its base URL (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface SelfInfo {
  id: string;
  baseUrl: string;
}

/** 'page': one of the extension's own pages (popup, options, even when opened in a tab). */
export type SenderKind = 'page' | 'content' | null;

/**
 * Classifies a sender: null (reject) unless it carries our extension id; then an extension
 * page when its URL is under our base URL, a content script when it comes from a web page tab.
 */
export function classifySender(sender: SenderInfo, self: SelfInfo): SenderKind {
  if (!sender.id || sender.id !== self.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0) return 'content';
  return null;
}

/** The senders the background accepts each message from; messages for content scripts are absent. */
const ACCEPTS: Partial<Record<MessageType, readonly SenderKind[]>> = {
  'content:status': ['content'],
  'popup:annotate-tab': ['page'],
  'popup:get-badge': ['page', 'content'],
  // Content scripts may ask too: Firefox e2e tests cannot open moz-extension:// pages themselves.
  'options:open-page': ['page', 'content'],
  'content:load-annotator': ['content'],
  'content:load-page-engine': ['content'],
  'content:annotate': ['content'],
};

/** True when the background should act on `message` from a sender of this kind. */
export function acceptsFrom(message: Message, kind: SenderKind): boolean {
  return kind !== null && (ACCEPTS[message.type]?.includes(kind) ?? false);
}
