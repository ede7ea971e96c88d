import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/engine/annotate.ts';
import { builtinIndex } from '../../../src/context/pack.ts';
import { loadCorpus } from '../../../cli/lib/corpus.ts';

describe('context linking (src/context)', () => {
  const index = builtinIndex();
  const seed = loadCorpus(['seed'])[0]!;
  const r = annotate(seed.article, { context: index });

  it('links the entities of the design article', () => {
    const ids = r.entities.map((e) => e.id);
    for (const id of ['kidal', 'africa-corps', 'wagner']) expect(ids).toContain(id);
    for (const e of r.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(seed.article.text.length);
  });

  it('gives party sources their context entry and notes their links', () => {
    const army = r.claims.find((c) => c.source?.name === 'Malian army');
    expect(army?.source?.entityId).toBe('fama');
    expect(army?.links.length).toBeGreaterThan(0);
    for (const l of army?.links ?? []) expect(l.url).toMatch(/^https:\/\//);
    const analyst = r.claims.find((c) => c.labels.includes('analyst'));
    expect(analyst?.entityIds.length).toBeGreaterThan(0);
  });

  it('works without a context index (no entities, no links)', () => {
    const bare = annotate(seed.article);
    expect(bare.entities).toEqual([]);
    expect(bare.claims.every((c) => c.links.length === 0)).toBe(true);
  });
});
