/**
 * The one object that owns our UI on a page: the `<sahel-lens-overlay>` host element (on
 * `document.documentElement`, never inside the article), its open shadow root, the Preact
 * render, the keyboard shortcuts and hover timers, and a single `destroy()` that removes all
 * of it. State lives here (not in hooks) so every change renders synchronously: tests and the
 * content script can act and read the DOM at once.
 */
import { h, render } from 'preact';
import type { Claim, Lang } from '../engine/types';
import type { Anchor } from '../page/anchors';
import { installStyle } from '../page/highlight';
import { App } from './app';
import { labelNames, t } from './i18n';
import { OVERLAY_CSS } from './styles';
import { CORRECTION_CSS } from './correction';
import type { CorrectionSubmission, OpenHow, OverlayActions, OverlayView } from './types';
import { buildSummary, orderedLabels } from './view-model';

/** The tag of our only element in the page (an undefined custom element; see the constructor). */
export const HOST_TAG = 'sahel-lens-overlay';

/** How the page layer hooks into the overlay. */
export interface OverlayOptions {
  /** Told when a card opens (its claim id) or closes (null): the page emphasises that sentence. */
  onActiveChange?(id: string | null): void;
  /** Page-wide keyboard shortcuts (Alt+Shift+L/J/K). Default true. */
  shortcuts?: boolean;
  /** Hover-intent delay before a marker previews its card (ms). Default 450. */
  hoverDelayMs?: number;
  /** Stores a reader's correction; cards offer "This note is wrong" only when given. */
  onCorrection?(draft: CorrectionSubmission): Promise<void>;
}

/** What the overlay shows. */
export interface OverlayData {
  lang: Lang;
  claims: readonly Claim[];
  anchors: ReadonlyMap<string, Anchor>;
  viewport: { width: number; scrollX: number };
}

/** The deepest focused element, through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  for (let i = 0; i < 32 && a?.shadowRoot?.activeElement; i++) a = a.shadowRoot.activeElement;
  return a;
}

function focusSafely(el: Element | null | undefined): void {
  try {
    (el as HTMLElement | null | undefined)?.focus?.({ preventScroll: true });
  } catch {
    /* element gone or not focusable */
  }
}

/** Owns the overlay host, its shadow root and the Preact tree; see the module comment. */
export class Overlay implements OverlayActions {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Layer for fallback highlight boxes (outside Preact's tree, inside the shadow root). */
  readonly layer: HTMLElement;
  private readonly doc: Document;
  private readonly win: Window | null;
  private readonly mount: HTMLElement;
  private readonly opts: OverlayOptions;
  private readonly removeStyle: () => void;
  private data: OverlayData = { lang: 'en', claims: [], anchors: new Map(), viewport: { width: 1024, scrollX: 0 } };
  private openId: string | null = null;
  private openedByHover = false;
  private summaryOpen = false;
  private announce = '';
  private returnFocus: Element | null = null;
  private summaryReturn: Element | null = null;
  private hoverOpenTimer: ReturnType<typeof setTimeout> | null = null;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(doc: Document, opts: OverlayOptions = {}) {
    this.doc = doc;
    this.win = doc.defaultView;
    this.opts = opts;
    // A custom element name without a definition: content scripts have no customElements
    // registry in Chrome, and an undefined autonomous element can still host a shadow root.
    this.host = doc.createElement(HOST_TAG);
    // Inline, important: page CSS cannot move, hide or resize our host.
    this.host.style.setProperty('all', 'initial', 'important');
    this.host.style.setProperty('position', 'absolute', 'important');
    this.host.style.setProperty('left', '0', 'important');
    this.host.style.setProperty('top', '0', 'important');
    this.host.style.setProperty('width', '0', 'important');
    this.host.style.setProperty('height', '0', 'important');
    this.host.style.setProperty('display', 'block', 'important');
    this.host.style.setProperty('z-index', '2147483647', 'important');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.removeStyle = installStyle(this.shadow, OVERLAY_CSS + CORRECTION_CSS);
    if (opts.onCorrection) {
      const store = opts.onCorrection;
      this.saveCorrection = (draft) => store(draft);
    }
    this.layer = doc.createElement('div');
    this.layer.className = 'sl-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.mount = doc.createElement('div');
    this.shadow.append(this.layer, this.mount);
    this.shadow.addEventListener('keydown', this.onShadowKeydown as EventListener);
    this.shadow.addEventListener('focusin', this.onShadowFocusIn);
    if (opts.shortcuts !== false) this.win?.addEventListener('keydown', this.onPageKeydown, true);
    (doc.documentElement ?? doc.body)?.appendChild(this.host);
    this.render();
  }

  /** Set when the page stores corrections (see OverlayOptions.onCorrection). */
  saveCorrection?: (draft: CorrectionSubmission) => Promise<void>;

  /** True while the host element is in the page. */
  get attached(): boolean {
    return this.host.isConnected;
  }

  /** Puts the host back if the page removed it. Returns false after destroy(). */
  reattach(): boolean {
    if (this.destroyed) return false;
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc.body)?.appendChild(this.host);
    return this.host.isConnected;
  }

  /** True for our host element (mutation filters use it to ignore our own changes). */
  isOwn(node: Node): boolean {
    return node === this.host;
  }

  /** The id of the open card, if any. */
  get openClaimId(): string | null {
    return this.openId;
  }

  /** True when the summary panel is open. */
  get isSummaryOpen(): boolean {
    return this.summaryOpen;
  }

  /** Replaces what is shown (claims, anchors, language, viewport); keeps the open card if it still exists. */
  update(data: Partial<OverlayData>): void {
    this.data = { ...this.data, ...data };
    if (this.openId && !this.data.claims.some((c) => c.id === this.openId)) {
      this.openId = null;
      this.opts.onActiveChange?.(null);
    }
    this.render();
  }

  openClaim(id: string, how: OpenHow): void {
    const claim = this.data.claims.find((c) => c.id === id);
    if (!claim || this.destroyed) return;
    this.clearHoverTimers();
    // Keep the first place focus came from across jumps between cards.
    if (!this.openId || (this.openedByHover && !how.hover)) this.returnFocus = how.from ?? deepActiveElement(this.doc);
    this.openId = id;
    this.openedByHover = !!how.hover;
    const labels = labelNames(this.data.lang, orderedLabels(claim.labels));
    // A trailing zero-width space makes a repeated announcement differ, so it is read again.
    const msg = t(this.data.lang, 'announce.open', { labels, explanation: claim.explanation });
    this.announce = this.announce === msg ? `${msg}\u200b` : msg;
    this.render();
    this.opts.onActiveChange?.(id);
    const card = this.shadow.querySelector('[data-sl-card]');
    // Only jumps scroll (summary items, next/previous, conflicting account): a card opened
    // from a marker or the text sits right under what the reader is looking at, and the page
    // should not move under their pointer.
    if (how.scroll) {
      const marker = this.shadow.querySelector(`[data-sl-claim="${cssEscape(id)}"]`);
      try {
        marker?.scrollIntoView?.({ block: 'center', behavior: this.reducedMotion() ? 'auto' : 'smooth' });
      } catch {
        /* layout APIs missing (tests) */
      }
    }
    if (how.focus) focusSafely(card);
  }

  closeCard(restoreFocus = true): void {
    if (!this.openId) return;
    this.clearHoverTimers();
    const wasHover = this.openedByHover;
    this.openId = null;
    this.openedByHover = false;
    this.render();
    this.opts.onActiveChange?.(null);
    const back = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && !wasHover && back?.isConnected) focusSafely(back);
  }

  toggleSummary(): void {
    if (this.summaryOpen) this.closeSummary();
    else this.openSummary();
  }

  /** Opens the summary panel and moves focus into it. */
  openSummary(): void {
    if (this.destroyed) return;
    if (!this.summaryOpen) {
      const active = deepActiveElement(this.doc);
      this.summaryReturn = active;
    }
    this.summaryOpen = true;
    this.announce = t(this.data.lang, 'announce.summary');
    this.render();
    focusSafely(this.shadow.querySelector('[data-sl-summary-panel]'));
  }

  closeSummary(restoreFocus = true): void {
    if (!this.summaryOpen) return;
    this.summaryOpen = false;
    this.render();
    const back = this.summaryReturn;
    this.summaryReturn = null;
    if (restoreFocus) focusSafely(back?.isConnected ? back : this.shadow.querySelector('[data-sl-summary-toggle]'));
  }

  /** Opens the next (1) or previous (-1) note, from the open one or from the reading position. */
  step(delta: 1 | -1): void {
    const claims = this.data.claims;
    if (!claims.length) return;
    let i = this.openId ? claims.findIndex((c) => c.id === this.openId) : -1;
    if (i < 0) {
      // From the reading position: the first note below the top of the viewport.
      const top = this.win?.scrollY ?? 0;
      i = claims.findIndex((c) => (this.data.anchors.get(c.id)?.top ?? Infinity) >= top);
      if (i < 0) i = delta > 0 ? 0 : claims.length - 1;
      else if (delta < 0) i = Math.max(0, i - 1);
    } else {
      i = Math.min(claims.length - 1, Math.max(0, i + delta));
    }
    const target = claims[i];
    if (target) this.openClaim(target.id, { focus: true, scroll: true });
  }

  hoverMarker(id: string | null): void {
    const delay = this.opts.hoverDelayMs ?? 450;
    if (this.hoverOpenTimer) clearTimeout(this.hoverOpenTimer);
    this.hoverOpenTimer = null;
    if (id) {
      if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
      this.hoverCloseTimer = null;
      if (this.openId && !this.openedByHover) return; // a pinned card stays
      this.hoverOpenTimer = setTimeout(() => {
        this.hoverOpenTimer = null;
        if (!this.openId || this.openedByHover) this.openClaim(id, { focus: false, hover: true });
      }, delay);
    } else {
      this.scheduleHoverClose();
    }
  }

  hoverCard(inside: boolean): void {
    if (inside) {
      if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
      this.hoverCloseTimer = null;
    } else this.scheduleHoverClose();
  }

  /** Removes the host, the Preact tree, every listener and timer. Idempotent. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearHoverTimers();
    if (this.openId) this.opts.onActiveChange?.(null);
    try {
      render(null, this.mount);
    } catch {
      /* tree already gone */
    }
    this.win?.removeEventListener('keydown', this.onPageKeydown, true);
    this.shadow.removeEventListener('keydown', this.onShadowKeydown as EventListener);
    this.shadow.removeEventListener('focusin', this.onShadowFocusIn);
    this.removeStyle();
    this.host.remove();
  }

  private scheduleHoverClose(): void {
    if (!this.openedByHover || !this.openId) return;
    if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = setTimeout(() => {
      this.hoverCloseTimer = null;
      if (this.openedByHover) this.closeCard(false);
    }, 500);
  }

  private clearHoverTimers(): void {
    if (this.hoverOpenTimer) clearTimeout(this.hoverOpenTimer);
    if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
    this.hoverOpenTimer = null;
    this.hoverCloseTimer = null;
  }

  private reducedMotion(): boolean {
    try {
      return !!this.win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    } catch {
      return false;
    }
  }

  private view(): OverlayView {
    return {
      lang: this.data.lang,
      claims: this.data.claims,
      anchors: this.data.anchors,
      viewport: this.data.viewport,
      openId: this.openId,
      summaryOpen: this.summaryOpen,
      announce: this.announce,
      summary: buildSummary(this.data.claims, this.data.lang),
    };
  }

  private render(): void {
    if (this.destroyed) return;
    render(h(App, { view: this.view(), actions: this }), this.mount);
  }

  private readonly onShadowFocusIn = (): void => {
    // Focus inside a previewed card pins it.
    if (this.openedByHover) {
      this.openedByHover = false;
      if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
      this.hoverCloseTimer = null;
    }
  };

  private readonly onShadowKeydown = (e: KeyboardEvent): void => {
    // Only the reader's own keys: a page's synthetic events (isTrusted false) do not drive us.
    if (e.isTrusted === false || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      if (this.openId) this.closeCard();
      else if (this.summaryOpen) this.closeSummary();
      else return;
    } else if (e.key === ']') this.step(1);
    else if (e.key === '[') this.step(-1);
    else return;
    // Ours: the page's own key handlers do not see it.
    e.preventDefault();
    e.stopPropagation();
  };

  private readonly onPageKeydown = (e: KeyboardEvent): void => {
    // Only the reader's own keys: a page cannot toggle our notes, nor learn from
    // `defaultPrevented` that we listen, by dispatching synthetic key events.
    if (e.isTrusted === false || e.isComposing) return;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      if (e.code === 'KeyL') this.toggleSummary();
      else if (e.code === 'KeyJ') this.step(1);
      else if (e.code === 'KeyK') this.step(-1);
      else return;
      e.preventDefault();
      return;
    }
    // Escape from the page closes a card or panel it did not focus (a hover preview), and
    // lets the page see the key too.
    if (e.key === 'Escape' && !e.composedPath?.().includes(this.host)) {
      if (this.openId) this.closeCard(false);
      else if (this.summaryOpen) this.closeSummary(false);
    }
  };
}

/** Escapes a value for use in an attribute selector (ids are ours, but be strict anyway). */
function cssEscape(v: string): string {
  return v.replace(/["\\\n\r]/g, (c) => `\\${c}`);
}
