import { describe, expect, it } from 'vitest';
import { computeAnchors } from '../../../src/page/anchors';

type R = { left: number; top: number; width: number; height: number };
function range(...rects: R[]): Range {
  const full = rects.map((r) => ({ ...r, right: r.left + r.width, bottom: r.top + r.height }));
  return { getClientRects: () => full } as unknown as Range;
}

describe('computeAnchors', () => {
  const origin = { left: -0, top: -500 }; // the page is scrolled down by 500 px

  it('puts markers in the left gutter, at the first line, in host coordinates', () => {
    const a = computeAnchors([{ id: 'c0', range: range({ left: 200, top: 100, width: 400, height: 22 }, { left: 200, top: 122, width: 100, height: 22 }) }], {
      origin, column: { left: 200, right: 880 }, viewportWidth: 1200,
    }).get('c0')!;
    expect(a.top).toBe(600);
    expect(a.bottom).toBe(644);
    expect(a.left).toBe(200);
    expect(a.markerLeft).toBe(200 - 22 - 6);
    expect(a.markerTop).toBe(600);
  });

  it('uses the right gutter on narrow layouts, and inline placement when there is no room', () => {
    const right = computeAnchors([{ id: 'c0', range: range({ left: 10, top: 0, width: 300, height: 20 }) }], {
      origin: { left: 0, top: 0 }, column: { left: 10, right: 320 }, viewportWidth: 400,
    }).get('c0')!;
    expect(right.markerLeft).toBe(326);
    const inline = computeAnchors([{ id: 'c0', range: range({ left: 4, top: 0, width: 380, height: 20 }) }], {
      origin: { left: 0, top: 0 }, column: { left: 4, right: 396 }, viewportWidth: 400,
    }).get('c0')!;
    expect(inline.markerLeft).toBeLessThanOrEqual(400 - 22 - 2);
  });

  it('steps markers of sentences starting on the same line apart', () => {
    const m = computeAnchors(
      [
        { id: 'a', range: range({ left: 200, top: 100, width: 300, height: 22 }) },
        { id: 'b', range: range({ left: 500, top: 100, width: 300, height: 22 }) },
      ],
      { origin: { left: 0, top: 0 }, column: { left: 200, right: 880 }, viewportWidth: 1200 },
    );
    const a = m.get('a')!;
    const b = m.get('b')!;
    expect(Math.abs(a.markerLeft - b.markerLeft) >= 22 || Math.abs(a.markerTop - b.markerTop) >= 22).toBe(true);
  });

  it('gives no anchor to a sentence without a box (hidden, collapsed)', () => {
    const m = computeAnchors([{ id: 'x', range: range() }], { origin, column: null, viewportWidth: 800 });
    expect(m.has('x')).toBe(false);
  });
});
