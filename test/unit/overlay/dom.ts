/**
 * A linkedom page for overlay tests, with the bits linkedom lacks that the overlay relies on:
 * focus tracking (document/shadow activeElement) and keyboard events.
 */
import { parseHTML } from 'linkedom';

export interface TestPage {
  doc: Document;
  win: Window;
  /** The element that has focus, through shadow roots. */
  focused(): Element | null;
  /** Dispatches a keydown on `target` (bubbling, composed) with the given key and modifiers. */
  key(target: EventTarget, key: string, mods?: { altKey?: boolean; shiftKey?: boolean; code?: string; untrusted?: boolean }): KeyboardEvent;
}

function rootOf(node: Node): Node {
  let n: Node = node;
  while (n.parentNode) n = n.parentNode;
  return n;
}

export function testPage(html = '<!doctype html><html lang="en"><head></head><body><main><p>Page text.</p><button id="page-btn">page</button></main></body></html>'): TestPage {
  const { document, window } = parseHTML(html);
  const doc = document as unknown as Document;
  const win = window as unknown as Window;
  let active: Element | null = null;
  const setActive = (el: Element): void => {
    active = el;
  };
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.createElement('button'))) as { focus?: () => void };
  const elementProto = (window as unknown as { HTMLElement: { prototype: Record<string, unknown> } }).HTMLElement.prototype;
  for (const p of [proto as Record<string, unknown>, elementProto]) {
    p.focus = function focus(this: Element) {
      setActive(this);
    };
  }
  Object.defineProperty(doc, 'activeElement', {
    configurable: true,
    get() {
      if (!active || !active.isConnected) return doc.body;
      const r = rootOf(active) as Node & { host?: Element };
      return r.nodeType === 11 && r.host ? r.host : active;
    },
  });
  // Shadow roots report the focused element inside them.
  const attach = elementProto.attachShadow as (this: Element, init: ShadowRootInit) => ShadowRoot;
  elementProto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const sr = attach.call(this, init);
    Object.defineProperty(sr, 'activeElement', {
      configurable: true,
      get: () => (active && rootOf(active) === sr ? active : null),
    });
    return sr;
  };
  const key = (target: EventTarget, k: string, mods: { altKey?: boolean; shiftKey?: boolean; code?: string; untrusted?: boolean } = {}) => {
    const Ev = (window as unknown as { Event: typeof Event }).Event;
    const ev = new Ev('keydown', { bubbles: true, cancelable: true, composed: true }) as KeyboardEvent;
    Object.defineProperties(ev, {
      key: { value: k },
      code: { value: mods.code ?? '' },
      altKey: { value: !!mods.altKey },
      shiftKey: { value: !!mods.shiftKey },
      ctrlKey: { value: false },
      metaKey: { value: false },
      isComposing: { value: false },
      // The reader's keys are trusted; `untrusted` plays a page's synthetic event.
      isTrusted: { value: !mods.untrusted },
    });
    target.dispatchEvent(ev);
    return ev;
  };
  return { doc, win, focused: () => active, key };
}
