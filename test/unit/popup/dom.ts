/**
 * A linkedom document installed as the global DOM, so Preact components can be rendered and
 * clicked in vitest (node environment) without jsdom.
 */
import { parseHTML } from 'linkedom';

/** The element focus() was last called on (linkedom keeps no activeElement). */
export const focused: { element: Element | null } = { element: null };

/** Installs a fresh document with `<div id="app">` and returns it. */
export function installDom(): { document: Document; window: Window & typeof globalThis; root: HTMLElement } {
  const { window, document } = parseHTML('<!doctype html><html lang="en"><head><title></title></head><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = document;
  for (const name of ['Node', 'Element', 'HTMLElement', 'HTMLInputElement', 'Event', 'CustomEvent', 'MouseEvent', 'Text', 'DocumentFragment', 'SVGElement']) {
    const ctor = (window as unknown as Record<string, unknown>)[name];
    if (ctor) g[name] = ctor;
  }
  // linkedom has no `checked` property and no focus(); give inputs and elements what Preact and the UI use.
  const proto = (window as unknown as { HTMLInputElement: { prototype: object } }).HTMLInputElement.prototype;
  if (!Object.getOwnPropertyDescriptor(proto, 'checked')) {
    Object.defineProperty(proto, 'checked', {
      configurable: true,
      get(this: Element & { _checked?: boolean }) {
        return this._checked ?? this.hasAttribute('checked');
      },
      set(this: { _checked?: boolean }, v: unknown) {
        this._checked = Boolean(v);
      },
    });
  }
  const elProto = (window as unknown as { HTMLElement: { prototype: Record<string, unknown> } }).HTMLElement.prototype;
  elProto.focus = function (this: Element) {
    focused.element = this;
  };
  focused.element = null;
  const root = document.getElementById('app') as unknown as HTMLElement;
  return { document: document as unknown as Document, window: window as unknown as Window & typeof globalThis, root };
}

/** Dispatches a click on an element (buttons, links). */
export function click(el: Element | null): void {
  if (!el) throw new Error('click: no element');
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true, cancelable: true }));
}

/** Sets a checkbox or radio and dispatches `change`, as a reader's click would. */
export function check(el: Element | null, checked: boolean): void {
  if (!el) throw new Error('check: no element');
  (el as HTMLInputElement).checked = checked;
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
}

/** The text of an element with whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
