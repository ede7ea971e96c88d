/**
 * The extension APIs the always-on content script needs, read straight from the browser's
 * `browser` (Firefox) or `chrome` (Chromium) namespace. The always-on script does without
 * webextension-polyfill: loading and wrapping it cost more than everything else the script
 * does on a page that is not about the Sahel. Listeners answer through `sendResponse` and
 * return true, which both browsers accept.
 */
import { timedEntry } from '../page/instrument';

export type SendResponse = (reply: unknown) => void;
export type RawListener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: RawListener): void };
}

/** The runtime namespace of this content script, or null outside an extension (tests, pages). */
export function contentRuntime(scope: object = globalThis): ContentRuntime | null {
  const g = scope as { browser?: { runtime?: ContentRuntime }; chrome?: { runtime?: ContentRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  return runtime && typeof runtime.sendMessage === 'function' && runtime.onMessage ? runtime : null;
}

/**
 * Adapts a promise-returning handler to a raw listener: no answer (undefined) leaves the
 * message to other listeners; a rejection is reported and answered with undefined.
 */
export function answering(handle: (message: unknown) => Promise<unknown> | undefined, onError: (e: unknown) => void): RawListener {
  return timedEntry('message', (message: unknown, _sender: unknown, sendResponse: SendResponse) => {
    let reply: Promise<unknown> | undefined;
    try {
      reply = handle(message);
    } catch (e) {
      onError(e);
      return false;
    }
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => {
      onError(e);
      sendResponse(undefined);
    });
    return true;
  });
}
