/**
 * The claim engine reached through the background (`content:annotate`): the page's main thread
 * only sends the article text and checks the annotations that come back. Any failure — no
 * answer in time (a background stopped, hung or killed), an error, a malformed reply, an
 * article too long to send — rejects, and the annotator then runs the engine on the page.
 */
import type { Annotations, ArticleText } from '../engine/types';
import type { NoteLanguage } from '../settings/types';
import { MAX_WIRE_TEXT, parseAnnotations } from '../shared/engine-wire';
import type { Message } from '../shared/messages';

/** Runs the engine somewhere else than the page; rejects when it cannot. */
export type RemoteEngine = (article: ArticleText, options: { noteLanguage: NoteLanguage; force: boolean }) => Promise<Annotations>;

/**
 * How long the page waits for the background (ms). A background woken from idle compiles the
 * engine first: a few hundred milliseconds on a slow machine; beyond this, the page's own
 * engine is quicker than waiting on.
 */
export const REMOTE_ENGINE_TIMEOUT_MS = 4000;

/** Rejects with a clear error when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The background engine, through `send` (runtime.sendMessage). */
export function backgroundEngine(send: (message: Message) => Promise<unknown>, timeoutMs = REMOTE_ENGINE_TIMEOUT_MS): RemoteEngine {
  return async (article, { noteLanguage, force }) => {
    if (article.text.length > MAX_WIRE_TEXT) throw new Error(`article of ${article.text.length} characters: too long to send`);
    const plain: ArticleText = { text: article.text, blocks: article.blocks.map(({ start, end, kind }) => ({ start, end, kind })) };
    if (article.title !== undefined) plain.title = article.title;
    if (article.langHint !== undefined) plain.langHint = article.langHint;
    if (article.url !== undefined) plain.url = article.url;
    const reply = (await withTimeout(send({ type: 'content:annotate', article: plain, noteLanguage, force }), timeoutMs, 'background engine')) as
      | { ok?: unknown; annotations?: unknown; detail?: unknown }
      | null
      | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('background engine: no answer');
    if (reply.ok !== true) throw new Error(`background engine: ${typeof reply.detail === 'string' ? reply.detail : 'failed'}`);
    const annotations = parseAnnotations(reply.annotations, article.text);
    if (!annotations) throw new Error('background engine: malformed annotations');
    return annotations;
  };
}
