import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topicGate } from '../../../src/engine/topic';
import { pageTextSteps } from '../../../src/content/page-text';
import { drain } from '../../../src/page/dom-walk';
import { newsDoc, parseDoc, ROOT } from '../page/helpers';

describe('the always-on page scan', () => {
  it('collects the visible text with paragraph breaks, without script or style text', () => {
    const doc = parseDoc(`<html><head><title>T</title><style>p{}</style></head><body>
      <p>First <a href="#">linked</a> words.</p><script>var x = "never";</script><div>Second block</div>
      <noscript>no script text</noscript></body></html>`);
    const text = drain(pageTextSteps(doc));
    expect(text.trim().split('\n\n').map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['First linked words.', 'Second block']);
  });

  it('enters open shadow roots', () => {
    const doc = parseDoc('<html><body><div id="h"></div><p>light</p></body></html>');
    const sr = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'from the shadow';
    sr.appendChild(p);
    expect(drain(pageTextSteps(doc))).toContain('from the shadow');
  });

  it('is bounded and sliced', () => {
    const doc = parseDoc(`<html><body>${'<p>some words here</p>'.repeat(20_000)}</body></html>`);
    const gen = pageTextSteps(doc, 50_000, 500);
    let yields = 0;
    let r = gen.next();
    while (!r.done) {
      yields++;
      r = gen.next();
    }
    expect(r.value.length).toBeLessThanOrEqual(50_000);
    expect(yields).toBeGreaterThan(5);
  });

  it('feeds the topic gate: the design article page is about the Sahel, a real non-Sahel page is not', () => {
    const { doc } = newsDoc('seed-kidal-convoy');
    const text = drain(pageTextSteps(doc));
    expect(topicGate({ title: doc.title, text }).aboutSahel).toBe(true);
    const fr = newsDoc('fr-wire-kidal-reprise').doc;
    expect(topicGate({ title: fr.title, text: drain(pageTextSteps(fr)) }).aboutSahel).toBe(true);
    const other = parseDoc(`<html><head><title>Gardening tips</title></head><body><article>${'<p>The garden, the orchard and the river are lovely in spring, says the gardener.</p>'.repeat(10)}</article></body></html>`);
    expect(topicGate({ title: other.title, text: drain(pageTextSteps(other)) }).aboutSahel).toBe(false);
  });

  it('judges the real saved pages as not about the Sahel (when present)', () => {
    const dir = join(ROOT, '../shared/fixtures/real-pages');
    let index: { name: string }[] = [];
    try {
      index = JSON.parse(readFileSync(join(dir, 'INDEX.json'), 'utf8'));
    } catch {
      return; // fixtures absent
    }
    const flagged = index.filter((e) => {
      const doc = parseDoc(readFileSync(join(dir, e.name, 'source.html'), 'utf8'));
      return topicGate({ title: doc.title, text: drain(pageTextSteps(doc)) }).aboutSahel;
    });
    expect(flagged.map((e) => e.name)).toEqual([]);
  });
});
