/**
 * Which flagged sentence is under a point. Highlights receive no events, so a click on the
 * page is turned into a caret position (caretPositionFromPoint in Firefox and recent
 * Chromium, caretRangeFromPoint in older Chromium), mapped to an article offset, and looked
 * up among the flagged spans. The point must also fall inside the sentence's painted boxes:
 * a caret snaps to the nearest text even when the click was in the margin.
 */
import { ELEMENT_NODE, TEXT_NODE } from './dom-walk';
import { textOffsetAt, type TextMap } from './text-map';

/** A flagged sentence's article-text span. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** The caret (node, offset) at viewport point (x, y), or null where the browser gives none. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  try {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      if (p?.offsetNode) return { node: p.offsetNode, offset: p.offset };
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      if (r) return { node: r.startContainer, offset: r.startOffset };
    }
  } catch {
    /* hostile or exotic document */
  }
  return null;
}

/** The span containing article offset `offset` (spans sorted by start, non-overlapping), or null. */
export function spanAt(spans: readonly Span[], offset: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Resolves a caret inside an element (between children) to a Text node position. */
function toTextPosition(node: Node, offset: number): { node: Node; offset: number } {
  if (node.nodeType !== ELEMENT_NODE) return { node, offset };
  let n: Node | null = node.childNodes[offset] ?? node.childNodes[offset - 1] ?? null;
  for (let i = 0; n && n.nodeType !== TEXT_NODE && i < 64; i++) n = n.firstChild;
  return n && n.nodeType === TEXT_NODE ? { node: n, offset: 0 } : { node, offset };
}

function inRects(range: Range, x: number, y: number, slop: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r && x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * The id of the flagged sentence painted under viewport point (x, y), or null. `rangeOf`
 * gives the live Range of a span id (to confirm the point is on its text, not beside it).
 */
export function spanAtPoint(
  doc: Document,
  x: number,
  y: number,
  map: TextMap,
  spans: readonly Span[],
  rangeOf: (id: string) => Range | null,
): string | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const pos = toTextPosition(caret.node, caret.offset);
  const off = textOffsetAt(map, pos.node, pos.offset);
  if (off === null) return null;
  // A caret after the last character of a sentence reports the offset just past it.
  const span = spanAt(spans, off) ?? (off > 0 ? spanAt(spans, off - 1) : null);
  if (!span) return null;
  const range = rangeOf(span.id);
  try {
    if (range && !inRects(range, x, y, 2)) return null;
  } catch {
    return null;
  }
  return span.id;
}
