/**
 * The welcome page's live example: the design article, already in the page as one `<p>` (one
 * text node) per paragraph, annotated by the real engine with the built-in context pack, painted
 * by the page highlighter and explained by the real overlay, exactly as on a news site. Offline:
 * the article and the pack ship in the extension. One `destroy()` removes everything.
 */
import { builtinIndex } from '../context/pack';
import { annotate } from '../engine/annotate';
import { filterClaims } from '../engine/filter-claims';
import type { Annotations, ArticleBlock, ArticleText, Claim, Label } from '../engine/types';
import { uiLanguage } from '../overlay/i18n';
import { Overlay } from '../overlay/overlay';
import { computeAnchors } from '../page/anchors';
import { PageHighlighter } from '../page/highlight';
import { caretAt } from '../page/hit-test';
import type { NoteLanguage } from '../settings/types';

/** What the reader chose: which kinds of note, in which language. */
export interface DemoSettings {
  labels: Record<Label, boolean>;
  noteLanguage: NoteLanguage;
}

/** Annotates the example article in place; `show()` again whenever the settings change. */
export class DemoAnnotator {
  private readonly doc: Document;
  private readonly column: HTMLElement;
  private readonly texts: Text[];
  private readonly article: ArticleText;
  private readonly cache = new Map<NoteLanguage, Annotations>();
  private readonly highlighter: PageHighlighter;
  private readonly overlay: Overlay;
  private shown: Claim[] = [];
  private ranges = new Map<string, Range>();
  private resize: ResizeObserver | null = null;
  private frame = 0;

  /** `column` holds the article; `paragraphs` are its `<p>`s, each holding one text node. */
  constructor(doc: Document, column: HTMLElement, paragraphs: readonly HTMLElement[], title: string) {
    this.doc = doc;
    this.column = column;
    this.texts = paragraphs.map((p) => {
      const node = p.firstChild;
      if (!node || node.nodeType !== 3 || p.childNodes.length !== 1) throw new Error('DemoAnnotator: each paragraph must be one text node');
      return node as Text;
    });
    const blocks: ArticleBlock[] = [];
    let text = '';
    for (const t of this.texts) {
      if (text) text += '\n\n';
      const start = text.length;
      text += t.data;
      blocks.push({ start, end: text.length, kind: 'p' });
    }
    this.article = { title, text, blocks, langHint: 'en' };
    this.overlay = new Overlay(doc, { onActiveChange: (id) => this.highlighter.setActive(id) });
    this.highlighter = new PageHighlighter(doc, { fallbackLayer: () => this.overlay.layer });
    doc.addEventListener('click', this.onClick, true);
    const win = doc.defaultView;
    win?.addEventListener('resize', this.layout);
    const RO = (win as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
    if (RO) {
      this.resize = new RO(() => this.scheduleLayout());
      this.resize.observe(column);
    }
  }

  /** The overlay (tests and the page read its state). */
  get ui(): Overlay {
    return this.overlay;
  }

  /** Annotates (once per note language) and shows the notes the settings ask for. Returns how many. */
  show(settings: DemoSettings): number {
    let annotations = this.cache.get(settings.noteLanguage);
    if (!annotations) {
      annotations = annotate(this.article, { context: builtinIndex(), noteLanguage: settings.noteLanguage, force: true });
      this.cache.set(settings.noteLanguage, annotations);
    }
    const claims = filterClaims(annotations.claims, settings.labels);
    this.ranges = new Map();
    this.shown = [];
    for (const c of claims) {
      const r = this.rangeFor(c.start, c.end);
      if (!r) continue;
      this.ranges.set(c.id, r);
      this.shown.push(c);
    }
    this.highlighter.set(this.shown.map((c) => ({ id: c.id, range: this.ranges.get(c.id) as Range, labels: c.labels })));
    this.overlay.update({ lang: uiLanguage(settings.noteLanguage, annotations), claims: this.shown });
    this.layout();
    return this.shown.length;
  }

  /** Removes the overlay, the highlights and every listener. */
  destroy(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.defaultView?.removeEventListener('resize', this.layout);
    this.resize?.disconnect();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.highlighter.destroy();
    this.overlay.destroy();
  }

  /** A DOM range for article offsets [start, end). */
  private rangeFor(start: number, end: number): Range | null {
    const at = (offset: number): [Text, number] | null => {
      const blocks = this.article.blocks;
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i] as ArticleBlock;
        if (offset >= b.start && offset <= b.end) return [this.texts[i] as Text, offset - b.start];
      }
      return null;
    };
    const a = at(start);
    const b = at(end);
    if (!a || !b) return null;
    const r = this.doc.createRange();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  }

  private scheduleLayout(): void {
    const win = this.doc.defaultView;
    if (!win || this.frame) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private readonly layout = (): void => {
    const origin = this.overlay.host.getBoundingClientRect();
    const col = this.column.getBoundingClientRect();
    const width = this.doc.documentElement.clientWidth;
    const anchors = computeAnchors(
      this.shown.map((c) => ({ id: c.id, range: this.ranges.get(c.id) as Range })),
      { origin, column: col.width > 0 ? { left: col.left, right: col.right } : null, viewportWidth: width },
    );
    this.highlighter.refresh();
    this.overlay.update({ anchors, viewport: { width, scrollX: this.doc.defaultView?.scrollX ?? 0 } });
  };

  /** A click on a highlighted sentence opens its note, as on a news page. */
  private readonly onClick = (e: MouseEvent): void => {
    if (e.button !== 0 || e.composedPath().includes(this.overlay.host)) return;
    const caret = caretAt(this.doc, e.clientX, e.clientY);
    const i = caret ? this.texts.indexOf(caret.node as Text) : -1;
    if (!caret || i < 0) return;
    const offset = (this.article.blocks[i] as ArticleBlock).start + caret.offset;
    const hit = this.shown.find((c) => c.start <= offset && offset < c.end);
    if (hit) this.overlay.openClaim(hit.id, { focus: true });
  };
}
