/**
 * Watches the page for what should make us re-read the article: text that loads late or is
 * re-rendered, the article disappearing, and navigation without reload (history API).
 *
 * Cheap by construction:
 *  - the MutationObserver callback only files records (stops at the first relevant one,
 *    ignores our own nodes) and arms a timer;
 *  - re-reads are debounced (quiet period) with a maximum wait, and back off exponentially
 *    while the page keeps changing (a ticker rewriting text every 10 ms costs us one re-read
 *    per minute at worst, not one per change);
 *  - a mutation storm disconnects the observer for a while instead of filing every record;
 *  - navigation is seen through the Navigation API where present, else by polling
 *    `location.href` once a second (content scripts cannot wrap the page's pushState).
 */

/** Why a re-read (or an immediate removal) is due. */
export type ChangeReason = 'mutation' | 'navigation' | 'root-removed' | 'host-removed';

/** What to watch and whom to tell. */
export interface WatchOptions {
  win: Window;
  /** The current article root (null when none was found). */
  getRoot(): Element | null;
  /** True for nodes we own (overlay host, our style element): their mutations are ignored. */
  isOwn(node: Node): boolean;
  /** Called (never re-entrantly, never more than once per timer) when a re-read is due. */
  onChange(reason: ChangeReason): void;
  /** Quiet period before a re-read (ms, default 600). */
  debounceMs?: number;
  /** Longest wait for quiet (ms, default 3000). */
  maxWaitMs?: number;
  /** Longest back-off between re-reads on a restless page (ms, default 60000). */
  maxBackoffMs?: number;
  /** How often to compare location.href when the Navigation API is missing (ms, default 1000). */
  pollMs?: number;
}

/** A running watch. */
export interface Watcher {
  /** Stops observing and clears every timer; idempotent. */
  stop(): void;
  /** Re-arms after our own DOM work (drops records caused by it). */
  flushOwn(): void;
}

/** Strips the hash: an in-page anchor jump is not a new article. */
function pageUrl(href: string): string {
  const i = href.indexOf('#');
  return i === -1 ? href : href.slice(0, i);
}

/** Starts watching; see the module comment for what is watched and what it costs. */
export function watchPage(opts: WatchOptions): Watcher {
  const { win } = opts;
  const doc = win.document;
  const debounceMs = opts.debounceMs ?? 600;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  const maxBackoffMs = opts.maxBackoffMs ?? 60_000;

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;
  let lastFireAt = -Infinity;
  let backoff = 0; // extra delay after a recent re-read (ms)
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let windowStart = 0;
  let callbacksInWindow = 0;
  let href = pageUrl(win.location.href);

  const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

  const fire = (reason: ChangeReason): void => {
    timer = null;
    firstPendingAt = 0;
    if (stopped) return;
    const t = now();
    // A re-read due again within 10 s of the end of the last back-off means a restless page:
    // double the wait, up to the cap. A page that settled down starts from zero again.
    backoff = t - lastFireAt < backoff + 10_000 ? Math.min(maxBackoffMs, Math.max(1000, backoff * 2)) : 0;
    lastFireAt = t;
    try {
      opts.onChange(reason);
    } catch {
      /* the caller reports its own errors */
    }
  };

  const schedule = (reason: ChangeReason): void => {
    if (stopped) return;
    const t = now();
    if (!firstPendingAt) firstPendingAt = t;
    const sinceLast = t - lastFireAt;
    // Quiet period, but never past the max wait; and never sooner than the back-off allows.
    let delay = Math.min(debounceMs, Math.max(0, firstPendingAt + maxWaitMs - t));
    if (backoff) delay = Math.max(delay, backoff - sinceLast);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => fire(reason), Math.max(0, delay));
  };

  const isRelevant = (records: MutationRecord[]): ChangeReason | null => {
    const root = opts.getRoot();
    if (root && !root.isConnected) return 'root-removed';
    const n = Math.min(records.length, 200);
    for (let i = 0; i < n; i++) {
      const rec = records[i] as MutationRecord;
      if (opts.isOwn(rec.target)) continue;
      if (rec.type === 'childList') {
        let foreign = false;
        const removed = rec.removedNodes;
        for (let k = 0; k < removed.length && k < 50; k++) {
          if (opts.isOwn(removed[k] as Node)) return 'host-removed';
          foreign = true;
        }
        const added = rec.addedNodes;
        for (let k = 0; k < added.length && !foreign; k++) if (!opts.isOwn(added[k] as Node)) foreign = true;
        if (!foreign) continue; // only our own nodes came or went
      }
      // With an article: only changes inside it matter. Without: any change may be the
      // article arriving late.
      if (!root || root.contains(rec.target)) return 'mutation';
    }
    return records.length > n ? 'mutation' : null;
  };

  let observer: MutationObserver | null = null;
  const connect = (): void => {
    if (stopped || observer || !doc.documentElement) return;
    const MO = (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (typeof MO !== 'function') return;
    observer = new MO((records) => {
      if (stopped) return;
      const t = now();
      if (t - windowStart > 1000) {
        windowStart = t;
        callbacksInWindow = 0;
      }
      // A storm (over 50 callbacks a second): stop listening for a while, then look once.
      if (++callbacksInWindow > 50) {
        disconnect();
        const pause = Math.min(maxBackoffMs, Math.max(2000, backoff || 2000));
        reconnectTimer = setTimeout(() => {
          reconnectTimer = null;
          connect();
          schedule('mutation');
        }, pause);
        return;
      }
      const reason = isRelevant(records);
      if (!reason) return;
      if (reason === 'root-removed' || reason === 'host-removed') {
        // Annotations must go at once when the article does; the re-read is still debounced.
        try {
          opts.onChange(reason);
        } catch {
          /* caller's problem */
        }
        schedule('mutation');
        return;
      }
      schedule(reason);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const disconnect = (): void => {
    observer?.disconnect();
    observer = null;
  };

  const checkUrl = (): void => {
    if (stopped) return;
    let next: string;
    try {
      next = pageUrl(win.location.href);
    } catch {
      return;
    }
    if (next === href) return;
    href = next;
    // A new page in the same document: drop the old annotations now, re-read when it settles.
    backoff = 0;
    lastFireAt = -Infinity;
    try {
      opts.onChange('navigation');
    } catch {
      /* caller's problem */
    }
    schedule('mutation');
  };

  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const onNav = (): void => {
    // The URL changes after the event in some engines: check on the next tick.
    setTimeout(checkUrl, 0);
  };
  const hasNavApi = !!nav && typeof nav.addEventListener === 'function';
  if (hasNavApi) nav.addEventListener('currententrychange', onNav);
  win.addEventListener('popstate', onNav);
  // Even with the Navigation API, poll slowly as a safety net (engines differ); one string compare.
  const poll = setInterval(checkUrl, hasNavApi ? Math.max(opts.pollMs ?? 1000, 3000) : (opts.pollMs ?? 1000));

  connect();

  return {
    stop(): void {
      if (stopped) return;
      stopped = true;
      disconnect();
      if (timer !== null) clearTimeout(timer);
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      clearInterval(poll);
      if (hasNavApi) nav.removeEventListener('currententrychange', onNav);
      win.removeEventListener('popstate', onNav);
    },
    flushOwn(): void {
      // Records caused by our own work are still queued: take them and drop them.
      observer?.takeRecords();
    },
  };
}
