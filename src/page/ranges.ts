/**
 * Article-text offsets → DOM Ranges. Pure anchoring: no UI, no layout. A sentence may start
 * in one Text node and end in another (across <a>, <em>…); the TextMap knows where each
 * stretch of text lives, so this is two binary searches.
 */
import { domPositionAt, mappedExtent, type DomPosition, type TextMap } from './text-map';

/** Start and end DOM positions of a span of article text. */
export interface TextBounds {
  start: DomPosition;
  end: DomPosition;
}

/**
 * The DOM boundary points for article-text offsets [start, end): the start snaps forward and
 * the end backward over characters we synthesised (block separators). Null when the span
 * covers no mapped character or the offsets are out of range.
 */
export function boundsForOffsets(map: TextMap, start: number, end: number): TextBounds | null {
  if (!(start >= 0) || !(end > start) || end > map.length) return null;
  // Snapping could cross over a span made only of separators: keep to mapped characters.
  const extent = mappedExtent(map, start, end);
  if (!extent) return null;
  const s = domPositionAt(map, extent[0], 'forward');
  const e = domPositionAt(map, extent[1], 'backward');
  if (!s || !e) return null;
  return { start: s, end: e };
}

/**
 * A live DOM Range over the article text [start, end), or null when there is none (out of
 * range offsets, nodes gone, or a DOM without Range support such as linkedom).
 */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range | null {
  const b = boundsForOffsets(map, start, end);
  if (!b) return null;
  try {
    const doc = b.start.node.ownerDocument;
    if (!b.start.node.isConnected || !b.end.node.isConnected) return null;
    const range = doc.createRange();
    range.setStart(b.start.node, Math.min(b.start.offset, b.start.node.length));
    range.setEnd(b.end.node, Math.min(b.end.offset, b.end.node.length));
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
