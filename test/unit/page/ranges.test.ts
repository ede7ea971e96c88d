import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract';
import { boundsForOffsets, rangeForOffsets } from '../../../src/page/ranges';
import { parseDoc } from './helpers';

const HTML = `<html><body><article>
  <p>The army said <a href="#">ten <em>fighters</em></a> were killed. The rebels denied it, and said they had seized trucks.</p>
  <p>A second paragraph with nothing special in it, long enough to be read as prose.</p>
</article></body></html>`;

/** linkedom has no Range.setStart: a minimal stand-in records the boundary points. */
function withFakeRange(doc: Document): void {
  (doc as unknown as { createRange: () => unknown }).createRange = () => {
    const r = {
      startContainer: null as Node | null,
      startOffset: 0,
      endContainer: null as Node | null,
      endOffset: 0,
      setStart(n: Node, o: number) { r.startContainer = n; r.startOffset = o; },
      setEnd(n: Node, o: number) { r.endContainer = n; r.endOffset = o; },
      get collapsed() { return r.startContainer === r.endContainer && r.startOffset === r.endOffset; },
    };
    return r;
  };
}

describe('ranges', () => {
  const doc = parseDoc(HTML);
  const got = extractArticle(doc)!;
  const text = got.article.text;

  it('spans a sentence that runs across <a> and <em>', () => {
    const s = text.indexOf('The army');
    const e = text.indexOf('killed.') + 7;
    const b = boundsForOffsets(got.map, s, e)!;
    expect(b.start.node.data.slice(b.start.offset)).toBe('The army said ');
    expect(b.end.node.data.slice(0, b.end.offset)).toBe(' were killed.');
  });

  it('refuses empty, reversed, out-of-range and separator-only spans', () => {
    expect(boundsForOffsets(got.map, 5, 5)).toBeNull();
    expect(boundsForOffsets(got.map, 9, 3)).toBeNull();
    expect(boundsForOffsets(got.map, 0, text.length + 1)).toBeNull();
    const sep = text.indexOf('\n\n');
    expect(boundsForOffsets(got.map, sep, sep + 2)).toBeNull();
  });

  it('makes a Range from the bounds, and null where the DOM has no Range support', () => {
    const e = text.indexOf('killed.') + 7;
    expect(rangeForOffsets(got.map, 0, e)).toBeNull(); // linkedom: no setStart
    withFakeRange(doc);
    const r = rangeForOffsets(got.map, 0, e)!;
    expect(r).not.toBeNull();
    expect((r.startContainer as Text).data.slice(r.startOffset)).toBe('The army said ');
    expect((r.endContainer as Text).data.slice(0, r.endOffset)).toBe(' were killed.');
  });

  it('gives null once the text nodes left the document', () => {
    withFakeRange(doc);
    const e = text.indexOf('killed.') + 7;
    doc.querySelector('article')!.remove();
    expect(rangeForOffsets(got.map, 0, e)).toBeNull();
  });
});
