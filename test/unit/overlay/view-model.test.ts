import { describe, expect, it } from 'vitest';
import { buildSummary, orderedLabels, safeUrl, snippet, sourceName } from '../../../src/overlay/view-model';
import { sampleAnnotations } from './sample';

describe('view model', () => {
  const claims = sampleAnnotations().claims;

  it('shortens sentences on a word boundary', () => {
    expect(snippet('short one')).toBe('short one');
    const s = snippet('The separatist group claimed it inflicted heavy losses on Malian troops and members of a force.', 40);
    expect(s.length).toBeLessThanOrEqual(41);
    expect(s).toMatch(/^The separatist group claimed it\S*…$/);
  });

  it('keeps only http(s) links', () => {
    expect(safeUrl('https://acleddata.com/')).toBe('https://acleddata.com/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });

  it('lists labels in the legend’s order and names sources', () => {
    expect(orderedLabels(['figure', 'party-claim'])).toEqual(['party-claim', 'figure']);
    expect(sourceName(claims[4]!, 'en')).toBe('Rida Lyammouri (Policy Center for the New South)');
    expect(sourceName(claims[2]!, 'en')).toBe('unnamed source');
  });

  it('summarises counts, parties, analysts, unverified material and at most three checks', () => {
    const s = buildSummary(claims, 'en');
    expect(s.counts).toEqual({ 'party-claim': 3, figure: 1, unverified: 2, analyst: 1 });
    expect(s.total).toBe(6);
    expect(s.parties.map((p) => p.name)).toContain('FLA');
    expect(s.analysts).toEqual([{ id: 'c12', text: 'Rida Lyammouri (Policy Center for the New South)' }]);
    expect(s.unverified.map((u) => u.id)).toEqual(['c9', 'c11']);
    expect(s.checks.length).toBe(3);
    expect(s.checks.map((c) => c.id)).toEqual(['c0', 'c0', 'c11']);
    expect(s.checks[1]!.text).toContain('“Ten” comes only from Malian army');
  });

  it('has nothing to check on an article without notes', () => {
    const s = buildSummary([], 'fr');
    expect(s.total).toBe(0);
    expect(s.checks).toEqual([]);
  });
});
