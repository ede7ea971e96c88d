import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/engine/types';
import { highlightCss, PageHighlighter } from '../../../src/page/highlight';
import { LABEL_STYLES } from '../../../src/page/label-style';
import { parseDoc } from './helpers';

class FakeHighlight {
  ranges: unknown[];
  priority = 0;
  constructor(...r: unknown[]) {
    this.ranges = r;
  }
  add(r: unknown) {
    this.ranges.push(r);
  }
  clear() {
    this.ranges = [];
  }
}

function withHighlightApi(doc: Document): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const win = doc.defaultView as unknown as Record<string, unknown>;
  win.CSS = { highlights: registry };
  win.Highlight = FakeHighlight;
  return registry;
}

const fakeRange = (root: Node) => ({ startContainer: root, getClientRects: () => [{ left: 10, top: 20, width: 50, height: 18, right: 60, bottom: 38 }] }) as unknown as Range;

describe('the visual language', () => {
  it('gives every label its own colour and its own underline style', () => {
    const lines = new Set(LABELS.map((l) => LABEL_STYLES[l].line));
    for (const scheme of ['light', 'dark'] as const) {
      expect(new Set(LABELS.map((l) => LABEL_STYLES[l].color[scheme])).size, scheme).toBe(LABELS.length);
    }
    expect(lines.size).toBe(LABELS.length);
    const css = highlightCss();
    for (const l of LABELS) expect(css).toContain(`::highlight(sahel-lens-${l})`);
    expect(css).toContain('text-decoration-style:wavy');
  });
});

describe('PageHighlighter with the CSS Custom Highlight API', () => {
  it('registers one Highlight per label, adds one stylesheet, and removes both on clear', () => {
    const doc = parseDoc('<html><head></head><body><p>x</p></body></html>');
    const registry = withHighlightApi(doc);
    const hl = new PageHighlighter(doc);
    expect(hl.mode).toBe('css');
    const r1 = fakeRange(doc.body);
    const r2 = fakeRange(doc.body);
    hl.set([
      { id: 'c0', range: r1, labels: ['party-claim', 'figure'] },
      { id: 'c1', range: r2, labels: ['unverified'] },
    ]);
    expect([...registry.keys()].sort()).toEqual(['sahel-lens-figure', 'sahel-lens-party-claim', 'sahel-lens-unverified']);
    expect(registry.get('sahel-lens-party-claim')!.ranges).toEqual([r1]);
    // linkedom cannot adopt sheets: the <style> fallback goes into <head>.
    expect(doc.querySelectorAll('style[data-sahel-lens]').length).toBe(1);
    hl.setActive('c1');
    expect(registry.get('sahel-lens-active')!.ranges).toEqual([r2]);
    hl.set([{ id: 'c0', range: r1, labels: ['analyst'] }]);
    expect([...registry.keys()]).toEqual(['sahel-lens-analyst']);
    expect(doc.querySelectorAll('style[data-sahel-lens]').length).toBe(1);
    hl.clear();
    expect(registry.size).toBe(0);
    expect(doc.querySelectorAll('style[data-sahel-lens]').length).toBe(0);
    expect(doc.body.textContent).toBe('x');
    // linkedom's windows share globals: leave no API behind for the next test.
    const win = doc.defaultView as unknown as Record<string, unknown>;
    delete win.CSS;
    delete win.Highlight;
  });
});

describe('PageHighlighter fallback boxes', () => {
  it('draws one box per line rect inside the given layer, and nothing in the page', () => {
    const doc = parseDoc('<html><head></head><body><p>x</p></body></html>');
    const layer = doc.createElement('div');
    (layer as unknown as { getBoundingClientRect: () => unknown }).getBoundingClientRect = () => ({ left: 0, top: -100 });
    const hl = new PageHighlighter(doc, { fallbackLayer: () => layer });
    expect(hl.mode).toBe('boxes');
    hl.set([{ id: 'c0', range: fakeRange(doc.body), labels: ['unverified'] }]);
    const boxes = layer.querySelectorAll('[data-sl-boxes] > div');
    expect(boxes.length).toBe(1);
    const style = boxes[0]!.getAttribute('style') ?? '';
    expect(style).toContain('top:120px');
    expect(style).toContain('double'); // the wavy label's stand-in
    expect(doc.body.innerHTML).toBe('<p>x</p>');
    hl.clear();
    expect(layer.querySelectorAll('[data-sl-boxes] > div').length).toBe(0);
  });
});
