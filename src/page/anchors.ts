/**
 * Where markers and cards go: layout reads of the flagged ranges, turned into coordinates
 * relative to the overlay host (which sits at the document's top-left, absolutely positioned,
 * so the page's layout never moves). One batch of reads, no writes: at most one layout flush.
 */

/** Where one flagged sentence and its marker are, in overlay-host coordinates. */
export interface Anchor {
  /** Top of the sentence's first line box, host coordinates (px). */
  top: number;
  /** Bottom of its last line box. */
  bottom: number;
  /** Left edge of the text column. */
  left: number;
  /** Right edge of the text column. */
  right: number;
  /** Where the sentence's marker goes. */
  markerLeft: number;
  markerTop: number;
}

/** A flagged sentence to place. */
export interface AnchorInput {
  id: string;
  range: Range;
}

/** What placing needs to know about the page. */
export interface AnchorOptions {
  /** The host's client rect (its origin is ours). */
  origin: { left: number; top: number };
  /** Client rect of the article's text column, if known. */
  column: { left: number; right: number } | null;
  /** Viewport width (client px): markers never push the page wider. */
  viewportWidth: number;
  /** Marker size (px). */
  marker?: number;
}

/**
 * Anchors for flagged ranges, keyed by id. A sentence without a visible box (collapsed,
 * display:none) gets no anchor. Markers sit in the gutter left of the column, else right of
 * it, else after the sentence; markers that would overlap are shifted.
 */
export function computeAnchors(items: readonly AnchorInput[], opts: AnchorOptions): Map<string, Anchor> {
  const size = opts.marker ?? 22;
  const gap = 6;
  const out = new Map<string, Anchor>();
  const placed: { left: number; top: number }[] = [];
  for (const { id, range } of items) {
    let rects: DOMRectList | DOMRect[];
    try {
      rects = range.getClientRects();
    } catch {
      continue;
    }
    let first: DOMRect | null = null;
    let last: DOMRect | null = null;
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (!r || (r.width < 1 && r.height < 1)) continue;
      if (!first) first = r;
      last = r;
    }
    if (!first || !last) continue;
    const colLeft = opts.column?.left ?? first.left;
    const colRight = opts.column?.right ?? Math.max(first.right, last.right);
    let markerLeft: number;
    let side: 'left' | 'right' | 'inline';
    if (colLeft - size - gap >= 2) {
      markerLeft = colLeft - size - gap;
      side = 'left';
    } else if (colRight + gap + size <= opts.viewportWidth - 2) {
      markerLeft = colRight + gap;
      side = 'right';
    } else {
      markerLeft = Math.min(last.right + 2, opts.viewportWidth - size - 2);
      side = 'inline';
    }
    let markerTop = (side === 'inline' ? last.top : first.top) + Math.max(0, (first.height - size) / 2);
    // Two sentences starting on one line: step sideways into the gutter, else downwards.
    for (let guard = 0; guard < 8; guard++) {
      const clash = placed.find((p) => Math.abs(p.left - markerLeft) < size && Math.abs(p.top - markerTop) < size);
      if (!clash) break;
      if (side === 'left' && markerLeft - size - 2 >= 2) markerLeft -= size + 2;
      else if (side === 'right' && markerLeft + 2 * size + 2 <= opts.viewportWidth - 2) markerLeft += size + 2;
      else markerTop = clash.top + size + 2;
    }
    placed.push({ left: markerLeft, top: markerTop });
    out.set(id, {
      top: first.top - opts.origin.top,
      bottom: last.bottom - opts.origin.top,
      left: colLeft - opts.origin.left,
      right: colRight - opts.origin.left,
      markerLeft: markerLeft - opts.origin.left,
      markerTop: markerTop - opts.origin.top,
    });
  }
  return out;
}
