/**
 * Paints flagged sentences without touching the page's DOM tree.
 *
 * Preferred: the CSS Custom Highlight API — one `Highlight` per label registered as
 * `sahel-lens-<label>`, styled by `::highlight()` rules in a stylesheet adopted by (or, where
 * adopting fails, a `<style>` added to) the document; those rules must live in the tree of the
 * text, so a shadow root holding article text gets its own copy. Fallback where
 * `CSS.highlights` is missing: translucent boxes from `range.getClientRects()`, drawn inside a
 * layer the overlay owns (in its shadow root), so the page tree still gains nothing.
 */
import type { Label } from '../engine/types';
import { SURFACES, type Scheme } from '../ui/tokens';
import { ACTIVE_HIGHLIGHT, LABEL_ORDER, LABEL_STYLES, highlightName } from './label-style';

/** One flagged sentence to paint. */
export interface HighlightItem {
  id: string;
  range: Range;
  labels: readonly Label[];
}

/** How the highlighter paints. */
export interface HighlighterOptions {
  /** Where fallback boxes go: an element inside the overlay's shadow root (called lazily). */
  fallbackLayer?: () => HTMLElement | null;
  /** Force a mode (tests, or a caller that knows better). */
  mode?: 'css' | 'boxes';
}

interface HighlightCtor {
  new (...ranges: Range[]): HighlightLike;
}
interface HighlightLike {
  add(r: Range): unknown;
  clear(): void;
  priority: number;
}
interface HighlightRegistry {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}

function registryOf(win: Window): { registry: HighlightRegistry; Ctor: HighlightCtor } | null {
  try {
    const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
    const registry = w.CSS?.highlights;
    const Ctor = w.Highlight;
    if (registry && typeof registry.set === 'function' && typeof Ctor === 'function') return { registry, Ctor };
  } catch {
    /* no API */
  }
  return null;
}

/**
 * The `::highlight()` rules: colour + distinct underline per label, plus the open-note emphasis,
 * from the tokens, light by default and dark under `prefers-color-scheme: dark`. The open
 * sentence sets its text colour as well as its background, so its contrast does not depend on
 * the page's own text colour.
 */
export function highlightCss(): string {
  const rules = (scheme: Scheme): string => {
    const lines = LABEL_ORDER.map((label) => {
      const s = LABEL_STYLES[label];
      return (
        `::highlight(${highlightName(label)}){background-color:${s.tint[scheme]};color:inherit;` +
        `text-decoration-line:underline;text-decoration-style:${s.line};text-decoration-color:${s.color[scheme]};` +
        `text-decoration-thickness:2px;text-decoration-skip-ink:none}`
      );
    });
    const active = SURFACES[scheme];
    lines.push(`::highlight(${ACTIVE_HIGHLIGHT}){background-color:${active.activeBg};color:${active.activeFg}}`);
    return lines.join('\n');
  };
  return `${rules('light')}\n@media (prefers-color-scheme: dark){\n${rules('dark')}\n}`;
}

type StyleRoot = Document | ShadowRoot;

/** The reader's colour scheme (light when unknown). */
function schemeOf(win: Window | null): Scheme {
  try {
    return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/**
 * Adds `css` to a document or shadow root and returns the function that removes it. Tries a
 * constructed, adopted stylesheet first (no DOM node, not subject to a page's style-src CSP),
 * then a `<style>` element (Firefox content scripts may refuse to adopt sheets across the Xray
 * boundary).
 */
export function installStyle(root: StyleRoot, css: string): () => void {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const win = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  try {
    const Sheet = win?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (Array.prototype.includes.call(root.adoptedStyleSheets, sheet)) {
        return () => {
          try {
            root.adoptedStyleSheets = Array.prototype.filter.call(root.adoptedStyleSheets, (s: CSSStyleSheet) => s !== sheet) as CSSStyleSheet[];
          } catch {
            /* page replaced the list: nothing of ours left to remove */
          }
        };
      }
    }
  } catch {
    /* fall through to a <style> element */
  }
  const style = doc.createElement('style');
  style.setAttribute('data-sahel-lens', '');
  style.textContent = css;
  const parent = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
  parent?.appendChild(style);
  return () => style.remove();
}

/** Owns our highlights on one page: set, emphasise one, refresh (fallback), clear. */
export class PageHighlighter {
  readonly mode: 'css' | 'boxes';
  private readonly doc: Document;
  private readonly api: ReturnType<typeof registryOf>;
  private readonly opts: HighlighterOptions;
  private items: HighlightItem[] = [];
  private activeId: string | null = null;
  private readonly styleRemovers = new Map<StyleRoot, () => void>();
  private boxes: HTMLElement | null = null;

  constructor(doc: Document, opts: HighlighterOptions = {}) {
    this.doc = doc;
    this.opts = opts;
    this.api = doc.defaultView ? registryOf(doc.defaultView) : null;
    this.mode = opts.mode ?? (this.api ? 'css' : 'boxes');
  }

  /** Replaces everything shown with `items` (one entry per flagged sentence). */
  set(items: HighlightItem[]): void {
    this.items = items;
    if (this.activeId && !items.some((i) => i.id === this.activeId)) this.activeId = null;
    this.paint();
  }

  /** Emphasises the sentence whose note is open (null: none). */
  setActive(id: string | null): void {
    if (id === this.activeId) return;
    this.activeId = id;
    this.paint();
  }

  /** Recomputes fallback boxes after layout changes (no-op with the highlight API). */
  refresh(): void {
    if (this.mode === 'boxes') this.paintBoxes();
  }

  /** Removes every highlight, box and stylesheet we added. */
  clear(): void {
    this.items = [];
    this.activeId = null;
    this.unpaintCss();
    for (const remove of this.styleRemovers.values()) remove();
    this.styleRemovers.clear();
    this.boxes?.replaceChildren();
  }

  /** Same as clear(); the highlighter may be reused afterwards. */
  destroy(): void {
    this.clear();
    this.boxes?.remove();
    this.boxes = null;
  }

  private paint(): void {
    if (this.mode === 'css') this.paintCss();
    else this.paintBoxes();
  }

  private unpaintCss(): void {
    if (!this.api) return;
    for (const label of LABEL_ORDER) this.api.registry.delete(highlightName(label));
    this.api.registry.delete(ACTIVE_HIGHLIGHT);
  }

  private paintCss(): void {
    const api = this.api;
    if (!api) return;
    this.unpaintCss();
    if (!this.items.length) return;
    const css = highlightCss();
    LABEL_ORDER.forEach((label, i) => {
      const h = new api.Ctor();
      // Earlier labels in LABEL_ORDER paint on top where a sentence has several.
      h.priority = LABEL_ORDER.length - i;
      let any = false;
      for (const item of this.items) {
        if (!item.labels.includes(label)) continue;
        h.add(item.range);
        any = true;
        this.ensureStyle(item.range, css);
      }
      if (any) api.registry.set(highlightName(label), h);
    });
    const active = this.activeId ? this.items.find((i) => i.id === this.activeId) : undefined;
    if (active) {
      const h = new api.Ctor(active.range);
      h.priority = LABEL_ORDER.length + 1;
      api.registry.set(ACTIVE_HIGHLIGHT, h);
    }
    this.ensureStyle(null, css);
  }

  /** Our rules must be in the tree of the highlighted text: the document, or a shadow root. */
  private ensureStyle(range: Range | null, css: string): void {
    let root: StyleRoot = this.doc;
    if (range) {
      const r = range.startContainer.getRootNode?.();
      if (r && r.nodeType === 11) root = r as ShadowRoot;
      else return; // the document gets its sheet below
    }
    if (!this.styleRemovers.has(root)) this.styleRemovers.set(root, installStyle(root, css));
  }

  private paintBoxes(): void {
    const layer = this.opts.fallbackLayer?.() ?? null;
    if (!layer) return;
    if (!this.boxes || !this.boxes.isConnected) {
      this.boxes = layer.ownerDocument.createElement('div');
      this.boxes.setAttribute('data-sl-boxes', '');
      this.boxes.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none';
      layer.appendChild(this.boxes);
    }
    const origin = layer.getBoundingClientRect();
    const scheme = schemeOf(layer.ownerDocument.defaultView);
    const frag = layer.ownerDocument.createDocumentFragment();
    let count = 0;
    for (const item of this.items) {
      const label = LABEL_ORDER.find((l) => item.labels.includes(l));
      if (!label) continue;
      const s = LABEL_STYLES[label];
      const active = item.id === this.activeId;
      const rects = item.range.getClientRects();
      for (let i = 0; i < rects.length && count < 5000; i++) {
        const r = rects[i];
        if (!r || r.width < 1 || r.height < 1) continue;
        const box = layer.ownerDocument.createElement('div');
        box.style.cssText =
          `position:absolute;left:${r.left - origin.left}px;top:${r.top - origin.top}px;` +
          `width:${r.width}px;height:${r.height}px;background:${active ? SURFACES[scheme].activeBox : s.tint[scheme]};` +
          // No wavy borders in CSS: a double line stands in for the wavy underline.
          `border-bottom:${s.line === 'wavy' ? '3px double' : `2px ${s.line}`} ${s.color[scheme]};box-sizing:border-box`;
        frag.appendChild(box);
        count++;
      }
    }
    this.boxes.replaceChildren(frag);
  }
}
