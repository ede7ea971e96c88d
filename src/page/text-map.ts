/**
 * The bridge between the article text handed to the engine and the page's Text nodes.
 *
 * The article text is not a copy of any node's data: whitespace runs collapse to one space,
 * blocks are joined by "\n\n", and a sentence can run across `<a>`, `<em>`… So the map is a
 * sorted list of segments, each a stretch of article text that corresponds one-to-one
 * (same length, same order) to a stretch of one Text node. Characters we synthesised
 * (block separators, a space standing for a line break) belong to no segment.
 *
 * Cost: lookups are binary searches, O(log segments); the reverse lookup builds one
 * per-node index lazily.
 */

/** One stretch of article text that is a stretch of one Text node. */
export interface TextSegment {
  /** First article-text offset covered (inclusive). */
  start: number;
  /** Last article-text offset covered (exclusive). */
  end: number;
  node: Text;
  /** Offset in `node.data` that corresponds to `start`. */
  nodeOffset: number;
}

/** The article text ↔ Text nodes map of one extraction. */
export interface TextMap {
  /** Sorted by `start`, non-overlapping. */
  readonly segments: readonly TextSegment[];
  /** Length of the article text the map was built for. */
  readonly length: number;
}

/** A position in a Text node. */
export interface DomPosition {
  node: Text;
  offset: number;
}

/**
 * Builds a TextMap while the article text is assembled. Adjacent emissions that continue the
 * same node linearly are merged into one segment, so a plain paragraph costs one segment.
 */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly segs: TextSegment[] = [];
  private len = 0;

  /** Current length of the assembled text. */
  get length(): number {
    return this.len;
  }

  /** Appends `str`, which is `node.data.slice(nodeOffset, nodeOffset + str.length)` after normalisation. */
  appendMapped(str: string, node: Text, nodeOffset: number): void {
    if (!str) return;
    const last = this.segs[this.segs.length - 1];
    if (last && last.node === node && last.end === this.len && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += str.length;
    } else {
      this.segs.push({ start: this.len, end: this.len + str.length, node, nodeOffset });
    }
    this.parts.push(str);
    this.len += str.length;
  }

  /** Appends text that stands for no node character (a separator). */
  appendSynthetic(str: string): void {
    if (!str) return;
    this.parts.push(str);
    this.len += str.length;
  }

  /** Drops everything after `length` (used to discard a block that turned out to be junk). Cost: O(parts removed). */
  truncate(length: number): void {
    if (length >= this.len) return;
    while (this.len > length && this.parts.length) {
      const last = this.parts.pop() as string;
      this.len -= last.length;
      if (this.len < length) {
        this.parts.push(last.slice(0, length - this.len));
        this.len = length;
      }
    }
    while (this.segs.length) {
      const last = this.segs[this.segs.length - 1] as TextSegment;
      if (last.start >= length) this.segs.pop();
      else {
        if (last.end > length) last.end = length;
        break;
      }
    }
  }

  /** The text assembled so far. */
  text(): string {
    if (this.parts.length > 1) {
      const joined = this.parts.join('');
      this.parts.length = 0;
      this.parts.push(joined);
    }
    return this.parts[0] ?? '';
  }

  /** Freezes the map for the text assembled so far. */
  build(): TextMap {
    return { segments: this.segs.slice(), length: this.len };
  }
}

/** Index of the last segment whose start is <= offset, or -1. */
function segmentIndexAtOrBefore(segs: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segs[mid] as TextSegment).start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The DOM position for an article-text offset. `bias` says where to snap when the offset falls
 * on a synthesised character: 'forward' to the next real character (for a range start),
 * 'backward' to the end of the previous one (for a range end). Null when there is none.
 */
export function domPositionAt(map: TextMap, offset: number, bias: 'forward' | 'backward'): DomPosition | null {
  const segs = map.segments;
  if (!segs.length) return null;
  const i = segmentIndexAtOrBefore(segs, offset);
  const seg = i >= 0 ? segs[i] : undefined;
  if (seg) {
    // Strictly inside, or at the start: map linearly.
    if (offset < seg.end || (bias === 'backward' && offset === seg.end)) {
      if (bias === 'backward' && offset === seg.start && i > 0) {
        // An end exactly at a segment start belongs to the previous segment's end.
        const prev = segs[i - 1] as TextSegment;
        return { node: prev.node, offset: prev.nodeOffset + (prev.end - prev.start) };
      }
      return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
    }
    if (bias === 'backward') return { node: seg.node, offset: seg.nodeOffset + (seg.end - seg.start) };
  } else if (bias === 'backward') {
    return null;
  }
  const next = segs[i + 1];
  return next ? { node: next.node, offset: next.nodeOffset } : null;
}

/**
 * The part of [start, end) that falls on mapped characters, as [first, last) article offsets;
 * null when the span holds only synthesised characters (separators).
 */
export function mappedExtent(map: TextMap, start: number, end: number): [number, number] | null {
  const segs = map.segments;
  let i = segmentIndexAtOrBefore(segs, start);
  if (i < 0 || (segs[i] as TextSegment).end <= start) i++;
  const first = segs[i];
  if (!first) return null;
  const s = Math.max(start, first.start);
  const j = segmentIndexAtOrBefore(segs, end - 1);
  const last = segs[j];
  if (!last) return null;
  const e = Math.min(end, last.end);
  return s < e ? [s, e] : null;
}

const nodeIndexCache = new WeakMap<TextMap, Map<Text, number[]>>();

/**
 * The article-text offset of a DOM position inside a mapped Text node, or null when the node
 * is not part of the article. A position inside a collapsed whitespace run snaps to the
 * nearest mapped character before it.
 */
export function textOffsetAt(map: TextMap, node: Node, offset: number): number | null {
  let index = nodeIndexCache.get(map);
  if (!index) {
    index = new Map();
    map.segments.forEach((s, i) => {
      const list = index!.get(s.node);
      if (list) list.push(i);
      else index!.set(s.node, [i]);
    });
    nodeIndexCache.set(map, index);
  }
  const list = index.get(node as Text);
  if (!list) return null;
  let best: number | null = null;
  for (const i of list) {
    const s = map.segments[i] as TextSegment;
    const len = s.end - s.start;
    if (offset < s.nodeOffset) {
      if (best === null) best = s.start;
      break;
    }
    if (offset <= s.nodeOffset + len) return s.start + (offset - s.nodeOffset);
    best = s.end;
  }
  return best;
}
