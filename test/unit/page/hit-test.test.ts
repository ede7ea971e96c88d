import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract';
import { spanAt, spanAtPoint, type Span } from '../../../src/page/hit-test';
import { parseDoc } from './helpers';

const spans: Span[] = [
  { id: 'c0', start: 0, end: 10 },
  { id: 'c2', start: 20, end: 30 },
  { id: 'c5', start: 50, end: 60 },
];

describe('spanAt', () => {
  it('finds the span containing an offset, and none in the gaps', () => {
    expect(spanAt(spans, 0)?.id).toBe('c0');
    expect(spanAt(spans, 9)?.id).toBe('c0');
    expect(spanAt(spans, 10)).toBeNull();
    expect(spanAt(spans, 25)?.id).toBe('c2');
    expect(spanAt(spans, 59)?.id).toBe('c5');
    expect(spanAt(spans, 60)).toBeNull();
    expect(spanAt([], 3)).toBeNull();
  });
});

describe('spanAtPoint', () => {
  const doc = parseDoc(`<html><body><article>
    <p>The army said ten fighters were killed on Friday. The rebels denied it, and said they had seized trucks.</p>
    <p>A second paragraph with nothing special in it, long enough to be read as prose.</p></article></body></html>`);
  const got = extractArticle(doc)!;
  const text = got.article.text;
  const second = text.indexOf('The rebels');
  const flagged: Span[] = [{ id: 'c1', start: second, end: text.indexOf('trucks.') + 7 }];
  const p = doc.querySelector('p')!.firstChild as Text;
  const rect = { left: 0, right: 100, top: 0, bottom: 20, width: 100, height: 20 };
  const fakeRange = { getClientRects: () => [rect] } as unknown as Range;

  function caretAtOffset(off: number): void {
    (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: p, offset: off });
  }

  it('maps the caret under the point to the flagged sentence', () => {
    caretAtOffset(p.data.indexOf('denied'));
    expect(spanAtPoint(doc, 50, 10, got.map, flagged, () => fakeRange)).toBe('c1');
  });

  it('ignores carets outside flagged sentences', () => {
    caretAtOffset(p.data.indexOf('army'));
    expect(spanAtPoint(doc, 50, 10, got.map, flagged, () => fakeRange)).toBeNull();
  });

  it('ignores a point beside the text (the caret snapped to the nearest line end)', () => {
    caretAtOffset(p.data.indexOf('denied'));
    expect(spanAtPoint(doc, 400, 10, got.map, flagged, () => fakeRange)).toBeNull();
  });

  it('ignores carets in nodes outside the article, and documents without caret APIs', () => {
    const other = parseDoc('<p>elsewhere</p>').querySelector('p')!.firstChild!;
    (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: other, offset: 1 });
    expect(spanAtPoint(doc, 50, 10, got.map, flagged, () => fakeRange)).toBeNull();
    delete (doc as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    expect(spanAtPoint(doc, 50, 10, got.map, flagged, () => fakeRange)).toBeNull();
  });
});
