import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type ChangeReason } from '../../../src/page/observe';
import { parseDoc } from './helpers';

/** A MutationObserver the test drives by hand. */
class FakeMO {
  static last: FakeMO | null = null;
  connected = false;
  constructor(private cb: (r: MutationRecord[]) => void) {
    FakeMO.last = this;
  }
  observe() {
    this.connected = true;
  }
  disconnect() {
    this.connected = false;
  }
  takeRecords() {
    return [];
  }
  fire(records: Partial<MutationRecord>[]) {
    if (this.connected) this.cb(records as MutationRecord[]);
  }
}

const empty = { length: 0 } as unknown as NodeList;
const list = (...nodes: Node[]) => Object.assign([...nodes], { item: (i: number) => nodes[i] }) as unknown as NodeList;

function setup() {
  const doc = parseDoc('<html><body><header id="h">x</header><article><p id="p">Text</p></article></body></html>');
  const root = doc.querySelector('article')!;
  const host = doc.createElement('sahel-lens-overlay');
  doc.documentElement.appendChild(host);
  const location = { href: 'https://example.org/a' };
  const listeners = new Map<string, () => void>();
  const win = {
    document: doc,
    location,
    MutationObserver: FakeMO,
    addEventListener: (t: string, f: () => void) => listeners.set(t, f),
    removeEventListener: (t: string) => listeners.delete(t),
  } as unknown as Window;
  const calls: ChangeReason[] = [];
  let currentRoot: Element | null = root;
  const watcher = watchPage({
    win,
    getRoot: () => currentRoot,
    isOwn: (n) => n === host,
    onChange: (r) => calls.push(r),
  });
  // The watcher makes a new observer when it reconnects after a storm: always the latest.
  const mo = { fire: (r: Partial<MutationRecord>[]) => FakeMO.last!.fire(r), get connected() { return FakeMO.last!.connected; } };
  const inArticle = (): Partial<MutationRecord> => ({ type: 'characterData', target: doc.getElementById('p')!.firstChild!, addedNodes: empty, removedNodes: empty });
  const outside = (): Partial<MutationRecord> => ({ type: 'characterData', target: doc.getElementById('h')!.firstChild!, addedNodes: empty, removedNodes: empty });
  return { doc, root, host, location, win, calls, watcher, mo, inArticle, outside, setRoot: (r: Element | null) => (currentRoot = r) };
}

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces a burst of changes in the article into one re-read', () => {
    const t = setup();
    for (let i = 0; i < 20; i++) {
      t.mo.fire([t.inArticle()]);
      vi.advanceTimersByTime(5);
    }
    expect(t.calls).toEqual([]);
    vi.advanceTimersByTime(700);
    expect(t.calls).toEqual(['mutation']);
    t.watcher.stop();
  });

  it('ignores changes outside the article and changes to our own nodes', () => {
    const t = setup();
    t.mo.fire([t.outside()]);
    t.mo.fire([{ type: 'childList', target: t.doc.documentElement, addedNodes: list(t.host), removedNodes: empty }]);
    t.mo.fire([{ type: 'characterData', target: t.host, addedNodes: empty, removedNodes: empty }]);
    vi.advanceTimersByTime(5000);
    expect(t.calls).toEqual([]);
    t.watcher.stop();
  });

  it('without an article yet, any change may be the article arriving', () => {
    const t = setup();
    t.setRoot(null);
    t.mo.fire([t.outside()]);
    vi.advanceTimersByTime(1000);
    expect(t.calls).toEqual(['mutation']);
    t.watcher.stop();
  });

  it('reports at once when the article leaves the page, and when our host is removed', () => {
    const t = setup();
    t.root.remove();
    t.mo.fire([{ type: 'childList', target: t.doc.body, addedNodes: empty, removedNodes: list(t.root) }]);
    expect(t.calls).toEqual(['root-removed']);
    t.setRoot(null);
    t.mo.fire([{ type: 'childList', target: t.doc.documentElement, addedNodes: empty, removedNodes: list(t.host) }]);
    expect(t.calls).toEqual(['root-removed', 'host-removed']);
    t.watcher.stop();
  });

  it('bounds the work on a page whose article text changes every 10 ms forever', () => {
    const t = setup();
    let callbacks = 0;
    const tenMinutes = 10 * 60 * 1000;
    for (let ms = 0; ms < tenMinutes; ms += 10) {
      if (t.mo.connected) {
        callbacks++;
        t.mo.fire([t.inArticle()]);
      }
      vi.advanceTimersByTime(10);
    }
    // Backing off: a few re-reads early on, then about one a minute.
    expect(t.calls.length).toBeGreaterThan(3);
    expect(t.calls.length).toBeLessThan(30);
    // Storms disconnect the observer: far fewer callbacks than the page's 60,000 changes.
    expect(callbacks).toBeLessThan(6000);
    t.watcher.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sees navigation without reload by the URL (hash jumps excluded)', () => {
    const t = setup();
    t.location.href = 'https://example.org/a#section-2';
    vi.advanceTimersByTime(1500);
    expect(t.calls).toEqual([]);
    t.location.href = 'https://example.org/b';
    vi.advanceTimersByTime(1100);
    expect(t.calls[0]).toBe('navigation');
    vi.advanceTimersByTime(1000);
    expect(t.calls).toEqual(['navigation', 'mutation']);
    t.watcher.stop();
  });

  it('stops cleanly: no calls and no timers after stop()', () => {
    const t = setup();
    t.mo.fire([t.inArticle()]);
    t.watcher.stop();
    vi.advanceTimersByTime(60_000);
    expect(t.calls).toEqual([]);
    expect(t.mo.connected).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
