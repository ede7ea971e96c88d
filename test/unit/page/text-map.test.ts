import { describe, expect, it } from 'vitest';
import { domPositionAt, TextMapBuilder, textOffsetAt } from '../../../src/page/text-map';
import { parseDoc } from './helpers';

function nodes(): Text[] {
  const doc = parseDoc('<p>alpha beta</p><p><a>gamma</a> delta</p>');
  const out: Text[] = [];
  for (const p of doc.querySelectorAll('p')) {
    for (let n: Node | null = p.firstChild; n; n = n.nextSibling) out.push((n.nodeType === 3 ? n : n.firstChild) as Text);
  }
  return out;
}

describe('TextMapBuilder', () => {
  it('merges linear runs of one node into one segment and keeps separators unmapped', () => {
    const [a, g, d] = nodes() as [Text, Text, Text];
    const b = new TextMapBuilder();
    b.appendMapped('alpha', a, 0);
    b.appendMapped(' ', a, 5);
    b.appendMapped('beta', a, 6);
    b.appendSynthetic('\n\n');
    b.appendMapped('gamma', g, 0);
    b.appendMapped(' delta', d, 0);
    const map = b.build();
    expect(b.text()).toBe('alpha beta\n\ngamma delta');
    expect(map.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual([
      [0, 10, 0],
      [12, 17, 0],
      [17, 23, 0],
    ]);
  });

  it('truncates text and segments together', () => {
    const [a, g] = nodes() as [Text, Text];
    const b = new TextMapBuilder();
    b.appendMapped('alpha beta', a, 0);
    b.appendSynthetic('\n\n');
    b.appendMapped('gamma', g, 0);
    b.truncate(7);
    expect(b.text()).toBe('alpha b');
    expect(b.build().segments.map((s) => [s.start, s.end])).toEqual([[0, 7]]);
  });
});

describe('domPositionAt / textOffsetAt', () => {
  const [a, g, d] = nodes() as [Text, Text, Text];
  const b = new TextMapBuilder();
  b.appendMapped('alpha beta', a, 0);
  b.appendSynthetic('\n\n');
  b.appendMapped('gamma', g, 0);
  b.appendMapped(' delta', d, 0);
  const map = b.build();

  it('maps inside segments linearly', () => {
    expect(domPositionAt(map, 3, 'forward')).toEqual({ node: a, offset: 3 });
    expect(domPositionAt(map, 19, 'forward')).toEqual({ node: d, offset: 2 });
  });

  it('snaps over separators: starts forward, ends backward', () => {
    expect(domPositionAt(map, 10, 'forward')).toEqual({ node: g, offset: 0 });
    expect(domPositionAt(map, 11, 'backward')).toEqual({ node: a, offset: 10 });
    expect(domPositionAt(map, 10, 'backward')).toEqual({ node: a, offset: 10 });
  });

  it('puts an end at a node boundary at the end of the previous node', () => {
    expect(domPositionAt(map, 17, 'backward')).toEqual({ node: g, offset: 5 });
    expect(domPositionAt(map, 17, 'forward')).toEqual({ node: d, offset: 0 });
  });

  it('returns null beyond the text', () => {
    expect(domPositionAt(map, 99, 'forward')).toBeNull();
  });

  it('maps DOM positions back, and nodes outside the article to null', () => {
    expect(textOffsetAt(map, d, 3)).toBe(20);
    expect(textOffsetAt(map, g, 5)).toBe(17);
    const stranger = parseDoc('<p>x</p>').querySelector('p')!.firstChild!;
    expect(textOffsetAt(map, stranger, 0)).toBeNull();
  });
});
