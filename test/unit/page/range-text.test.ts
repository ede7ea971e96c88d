import { describe, expect, it } from 'vitest';
import { drain } from '../../../src/engine/steps';
import { rangeTextSteps, stretchOfNode } from '../../../src/page/range-text';
import { domPositionAt } from '../../../src/page/text-map';
import { parseDoc } from './helpers';

describe('rangeTextSteps', () => {
  const doc = parseDoc(
    '<html lang="fr"><body><div id="post"><p>Premier   <b>paragraphe</b>\n ici.</p><script>no()</script><p>Second.</p><ul><li>Un point.</li></ul></div></body></html>',
  );
  const post = doc.getElementById('post') as Element;

  it('reads a whole element with blocks, collapsed whitespace and a map to the DOM', () => {
    const got = drain(rangeTextSteps(stretchOfNode(post), { url: 'https://x.example/p' }));
    expect(got?.article).toEqual({
      text: 'Premier paragraphe ici.\n\nSecond.\n\nUn point.',
      blocks: [
        { start: 0, end: 23, kind: 'p' },
        { start: 25, end: 32, kind: 'p' },
        { start: 34, end: 43, kind: 'li' },
      ],
      langHint: 'fr',
      url: 'https://x.example/p',
    });
    const pos = domPositionAt(got!.map, 8, 'forward');
    expect(pos?.node.data).toBe('paragraphe');
    expect(pos?.offset).toBe(0);
    expect(got!.map.segments.every((s) => s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start) === got!.article.text.slice(s.start, s.end))).toBe(true);
  });

  it('reads only between the boundaries (a selection inside text nodes)', () => {
    const first = post.querySelector('p')!.firstChild as Text; // "Premier   "
    const second = post.querySelectorAll('p')[1]!.firstChild as Text; // "Second."
    const got = drain(rangeTextSteps({ root: post, start: { node: first, offset: 3 }, end: { node: second, offset: 3 } }));
    expect(got?.article.text).toBe('mier paragraphe ici.\n\nSec');
    expect(got?.map.segments[0]).toMatchObject({ node: first, nodeOffset: 3 });
  });

  it('handles element boundaries and returns null for a stretch with no text', () => {
    const ul = post.querySelector('ul')!;
    expect(drain(rangeTextSteps({ root: post, start: { node: post, offset: 2 }, end: { node: post, offset: 3 } }))?.article.text).toBe('Second.');
    expect(drain(rangeTextSteps({ root: ul, start: { node: ul, offset: 0 }, end: { node: ul, offset: 0 } }))).toBeNull();
  });

  it('stops at maxChars and says so', () => {
    const got = drain(rangeTextSteps(stretchOfNode(post), { maxChars: 20 }));
    expect(got?.truncated).toBe(true);
    expect(got?.article.text).toBe('Premier paragraphe');
  });
});
