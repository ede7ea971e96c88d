/**
 * The always-on content script. It must cost almost nothing on the many pages that are not
 * about the Sahel, so it only: waits for the page to be idle, collects the page's text in one
 * sliced TreeWalker pass, runs the engine's small topic gate, and answers the popup. Only when
 * the page looks like Sahel news (or the reader asks) does it load `./annotator`, the part
 * with the engine, the context pack, Preact and the settings schema.
 *
 * A near miss (Sahel names all over, but drowned by a busy page template: menus, teasers,
 * comments) gets a second look at the extracted article alone. No real non-Sahel page in our
 * fixtures scores anywhere near the threshold, so this costs nothing on them.
 *
 * Keep the imports here small: this file and what it imports ship on every listed site
 * (budget: 50 KB gzipped).
 */
import browser from 'webextension-polyfill';
import { topicGate, type TopicResult } from '../engine/topic';
import { extractArticleSteps } from '../page/extract';
import { runSliced, whenIdle } from '../page/schedule';
import { parseMessage, type Message, type PageStatus } from '../shared/messages';
import type { Annotator } from './annotator';
import { warnOnce } from './log';
import { pageTextSteps } from './page-text';
import { idleStatus } from './status';

const FLAG = '__sahelLensContentScript';

/** Page-level topic score from which the extracted article alone is judged again. */
const NEAR_MISS = 0.4;

interface ContentState {
  topic: TopicResult | null;
  scan: Promise<TopicResult | null> | null;
  annotator: Promise<Annotator> | null;
  href: string;
  lateScans: number;
  poll: ReturnType<typeof setInterval> | null;
}

function main(win: Window): void {
  const state: ContentState = { topic: null, scan: null, annotator: null, href: win.location.href, lateScans: 0, poll: null };

  /** Loads the heavy part once; later calls get the same instance. */
  const loadAnnotator = (force: boolean): Promise<Annotator> => {
    state.annotator ??= import('./annotator').then((m) => {
      // The annotator watches navigation and late content itself from now on.
      if (state.poll !== null) clearInterval(state.poll);
      state.poll = null;
      return m.startAnnotator(win, { topic: state.topic, force });
    });
    return state.annotator;
  };

  /** Scans the page text in idle slices and judges its topic. Never rejects. */
  const scan = (): Promise<TopicResult | null> => {
    const job = (async () => {
      await whenIdle(win, 2000);
      const text = await runSliced(win, pageTextSteps(win.document));
      let topic = topicGate({ title: win.document.title, text });
      if (!topic.aboutSahel && topic.score >= NEAR_MISS) {
        const found = await runSliced(win, extractArticleSteps(win.document));
        if (found) {
          const { article } = found;
          const second = topicGate({ title: article.title ?? win.document.title, text: article.text, blocks: article.blocks });
          if (second.aboutSahel) topic = second;
        }
      }
      state.topic = topic;
      if (topic.aboutSahel) await loadAnnotator(false);
      else if (text.length < 2000 && state.lateScans < 2) {
        // Little text yet: the article may still be loading (client-rendered pages).
        state.lateScans++;
        setTimeout(() => void scan(), 3000 * state.lateScans);
      }
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

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const msg: Message | null = parseMessage(raw);
    if (!msg) return undefined;
    try {
      if (state.annotator) return state.annotator.then((a) => a.handleMessage(msg));
      switch (msg.type) {
        case 'popup:get-status':
          return statusNow();
        case 'popup:annotate-now':
        case 'background:toggle':
          // Nothing shown yet: both mean "annotate this page now".
          return loadAnnotator(true).then((a) => a.handleMessage({ type: 'popup:annotate-now' }));
        default:
          return undefined;
      }
    } catch (e) {
      warnOnce('message failed', e);
      return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  // Single-page sites change articles without a reload: until the annotator takes over,
  // compare the URL once in a while (one string comparison) and scan again on a change.
  state.poll = setInterval(() => {
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
  }, 1500);

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
