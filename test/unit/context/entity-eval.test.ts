import { describe, expect, it } from 'vitest';
import { evaluateEntities, resolveGoldName, scoreArticle } from '../../../cli/lib/entity-eval';
import { loadCorpus } from '../../../cli/lib/corpus';
import { builtinIndex } from '../../../src/context/pack';

const idx = builtinIndex();

describe('entity scoring', () => {
  it('resolves gold names the way the corpus lists them', () => {
    expect(resolveGoldName(idx, 'Kidal recapture, November 2023')).toBe('kidal-recapture');
    expect(resolveGoldName(idx, 'Burkina Faso Armed Forces and the VDP')).toBe('burkina-army');
    expect(resolveGoldName(idx, 'Barkaram (Lake Chad) attack on Chadian army, October 2024')).toBe('barkaram-attack');
    expect(resolveGoldName(idx, 'JNIM fuel blockade of Bamako and southern Mali (from September 2025)')).toBe('fuel-blockade');
    expect(resolveGoldName(idx, 'Algiers Accord (2015)')).toBe('algiers-accord');
    // A country in brackets picks a reference several countries share.
    expect(resolveGoldName(idx, 'CNDH (Niger)')).toBe('cndh-niger');
    expect(resolveGoldName(idx, 'CNDH')).toBeUndefined();
    expect(resolveGoldName(idx, 'Nothing Known Here')).toBeUndefined();
  });

  it('counts hits, misses, extras and unresolved names', () => {
    const s = scoreArticle(idx, 't', ['JNIM', 'Kidal', 'No Such Thing'], ['jnim', 'fama']);
    expect(s.missed).toEqual(['kidal']);
    expect(s.extra).toEqual(['fama']);
    expect(s.unresolved).toEqual(['No Such Thing']);
    const corpus = loadCorpus(['seed']);
    const perfect = evaluateEntities(corpus, idx, (a) => a.entities.map((n) => resolveGoldName(idx, n) ?? ''));
    expect(perfect.precision).toBe(1);
    expect(perfect.recall).toBe(1);
    const empty = evaluateEntities(corpus, idx, () => []);
    expect(empty.recall).toBe(0);
  });

  it('links the seed and dev corpus with precision and recall of at least 0.95', () => {
    const corpus = loadCorpus(['seed', 'dev']);
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    const r = evaluateEntities(corpus, idx);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  });
});
