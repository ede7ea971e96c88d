/**
 * The always-on content script. It runs on every listed site, and most pages there are not
 * about the Sahel, so it must cost next to nothing: it is built as one standalone classic
 * script (no module loader, no webextension-polyfill), and on each page it
 *  1. waits for the page to be idle;
 *  2. takes a first look (title, URL path, first heading, first paragraphs) for a Sahel name,
 *     and stops there when there is none — the common case;
 *  3. otherwise reads the text of all its paragraphs (or, on a page with few `<p>`, walks its
 *     text in one sliced TreeWalker pass) and runs the engine's small topic gate;
 *  4. has the background inject the annotator (Preact overlay, settings, and the engine's
 *     client; the engine itself runs in the background) only for a page judged about the
 *     Sahel, a near miss (the annotator judges the extracted article alone), or when the
 *     reader asks; from then on the annotator does the work and this script only forwards
 *     messages.
 * The popup reads its status through a function left on the content script's own global, and
 * it listens for messages only once woken (src/shared/tab-messages.ts): on a page not about the
 * Sahel it never touches the extension APIs, whose bindings cost more to create than all of
 * the above.
 */
// First: in an instrumented build (benchmark only) it times everything below; otherwise empty.
import { timedReply } from '../page/instrument';
import { TOPIC_SCAN_LIMIT, topicGate, type TopicResult } from '../engine/topic';
import { runSliced, whenIdle } from '../page/schedule';
import { parseMessage, type Message, type PageStatus } from '../shared/messages';
import type { Annotator } from './annotator';
import { injectedAnnotator, type AnnotatorScriptApi } from './annotator-global';
import { firstLook, paragraphsText } from './first-look';
import { warnOnce } from './log';
import { pageTextSteps } from './page-text';
import { answering, contentRuntime } from './runtime';
import { idleStatus } from './status';

const FLAG = '__sahelLensContentScript';
/** Same names as WAKE_GLOBAL and STATUS_GLOBAL in src/shared/tab-messages.ts (not imported: that module needs the polyfill). */
const WAKE = '__sahelLensWake';
const STATUS = '__sahelLensStatus';

/**
 * The annotator: injected into this frame by the background on request (it runs
 * `scripting.executeScript` with the annotator's file), which leaves its entry point on this
 * world's global. No extension file is web-accessible, so a page cannot probe for one.
 */
async function loadAnnotatorScript(): Promise<AnnotatorScriptApi> {
  const ready = injectedAnnotator();
  if (ready) return ready;
  const runtime = contentRuntime();
  if (!runtime) throw new Error('no extension runtime');
  const reply = (await timedReply(runtime.sendMessage({ type: 'content:load-annotator' }))) as { ok?: unknown; detail?: unknown } | undefined;
  const api = injectedAnnotator();
  if (api) return api;
  throw new Error(`the annotator was not loaded${reply && typeof reply.detail === 'string' ? `: ${reply.detail}` : ''}`);
}

/** Page-level topic score from which the annotator looks at the extracted article alone. */
const NEAR_MISS = 0.4;

/** Fewer characters than this in the first look: the article may still be loading. */
const LITTLE_TEXT = 2000;

/** Rescans of a page that had little text, 3 s and 6 s apart. */
const LATE_SCANS = 2;

const NOT_SAHEL: TopicResult = { aboutSahel: false, score: 0, reasons: ['no Sahel name in the title or opening'] };

interface ContentState {
  topic: TopicResult | null;
  scan: Promise<TopicResult | null> | null;
  annotator: Promise<Annotator> | null;
  href: string;
  lateScans: number;
  stopWatchingUrl: (() => void) | null;
}

/**
 * Calls `onChange` when the page may have moved to another URL without a reload: Navigation
 * API events where the browser has them, else a cheap poll of `location.href`.
 */
function watchUrl(win: Window, onChange: () => void): () => void {
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', onChange);
    return () => nav.removeEventListener('navigatesuccess', onChange);
  }
  const timer = setInterval(onChange, 1500);
  return () => clearInterval(timer);
}

function main(win: Window): void {
  const state: ContentState = { topic: null, scan: null, annotator: null, href: win.location.href, lateScans: 0, stopWatchingUrl: null };

  /** Loads the heavy part once; later calls get the same instance (a failed load is tried again). */
  const loadAnnotator = (force: boolean, scope: Range | null = null): Promise<Annotator> => {
    listen();
    if (state.annotator) return state.annotator;
    const loading = loadAnnotatorScript().then((m) => {
      // The annotator watches navigation and late content itself from now on.
      state.stopWatchingUrl?.();
      state.stopWatchingUrl = null;
      return m.startAnnotator(win, { topic: state.topic, force, scope });
    });
    state.annotator = loading;
    loading.catch(() => {
      if (state.annotator === loading) state.annotator = null;
    });
    return loading;
  };

  const rescanLater = (): void => {
    if (state.lateScans >= LATE_SCANS) return;
    state.lateScans++;
    setTimeout(() => void scan(), 3000 * state.lateScans);
  };

  /** Looks at the page, scans it if needed, and judges its topic. Never rejects. */
  const scan = (): Promise<TopicResult | null> => {
    const job = (async () => {
      await whenIdle(win, 2000);
      if (state.annotator) return state.topic;
      const doc = win.document;
      const look = firstLook(doc, win.location.pathname);
      if (!look.mentionsSahel) {
        state.topic = NOT_SAHEL;
        if (look.paragraphChars < LITTLE_TEXT) rescanLater();
        return NOT_SAHEL;
      }
      // The gate reads prose paragraphs: the page's <p> elements give them for a few native
      // reads; a page that keeps its text elsewhere (or in shadow roots) gets the full walk.
      const paragraphs = paragraphsText(doc, Infinity, TOPIC_SCAN_LIMIT);
      const text = paragraphs.length >= LITTLE_TEXT ? paragraphs : await runSliced(win, pageTextSteps(doc));
      const topic = topicGate({ title: doc.title, text });
      state.topic = topic;
      if (topic.aboutSahel || topic.score >= NEAR_MISS) await loadAnnotator(false);
      else if (text.length < LITTLE_TEXT) rescanLater();
      return topic;
    })().catch((e: unknown) => {
      warnOnce('page scan failed', e);
      return null;
    });
    state.scan = job;
    return job;
  };

  const statusNow = async (): Promise<PageStatus> => {
    await state.scan;
    if (state.annotator) return (await state.annotator).status();
    return idleStatus(state.topic);
  };

  const handle = (raw: unknown): Promise<unknown> | undefined => {
    const msg: Message | null = parseMessage(raw);
    if (!msg) return undefined;
    if (state.annotator) return state.annotator.then((a) => a.handleMessage(msg));
    switch (msg.type) {
      case 'popup:get-status':
        return statusNow();
      case 'background:check-selection': {
        // The reader's selection only (context menu, or the shortcut with text selected).
        const sel = win.getSelection();
        if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return Promise.resolve({ ok: false, reason: 'no-selection' });
        const range = sel.getRangeAt(0).cloneRange();
        return loadAnnotator(true, range).then((a) => a.checkRange(range));
      }
      case 'popup:annotate-now':
      case 'background:toggle':
        // Nothing shown yet: both mean "annotate this page now".
        return loadAnnotator(true).then((a) => a.handleMessage({ type: 'popup:annotate-now' }));
      default:
        return undefined;
    }
  };
  let listening = false;
  /** Registers the message listener (once); true when there is an extension runtime to listen on. */
  const listen = (): boolean => {
    const runtime = contentRuntime();
    if (runtime && !listening) {
      listening = true;
      runtime.onMessage.addListener(answering(handle, (e) => warnOnce('message failed', e)));
    }
    return listening;
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g[WAKE] = listen;
  g[STATUS] = statusNow;

  // Single-page sites change articles without a reload: until the annotator takes over, look
  // again when the URL changes.
  state.stopWatchingUrl = watchUrl(win, () => {
    let href: string;
    try {
      href = win.location.href;
    } catch {
      return;
    }
    if (href === state.href || state.annotator) return;
    state.href = href;
    state.lateScans = 0;
    setTimeout(() => void scan(), 1000);
  });

  void scan();
}

try {
  const g = globalThis as unknown as Record<string, unknown>;
  // Injected twice ("Annotate this page" on a listed site): run once.
  if (!g[FLAG]) {
    g[FLAG] = true;
    main(window);
  }
} catch (e) {
  warnOnce('could not start', e);
}
