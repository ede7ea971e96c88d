/** Issue 17: the summary groups parties by side, with names in the note language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromTxt } from '../../../cli/lib/article';
import { builtinIndex } from '../../../src/context/pack';
import { BUILTIN_PACK } from '../../../src/context/pack';
import { annotate } from '../../../src/engine';
import type { Lang } from '../../../src/engine/types';
import { ACTOR_SIDES, SIDES, placeSource, sideOfEntity } from '../../../src/overlay/sides';
import { buildSummary } from '../../../src/overlay/view-model';

const CORPUS = join(import.meta.dirname, '../../data/corpus');

function sidesOf(file: string, lang: Lang) {
  const article = articleFromTxt(readFileSync(join(CORPUS, file), 'utf8'));
  const { claims } = annotate(article, { context: builtinIndex(), noteLanguage: lang });
  return buildSummary(claims, lang).sides.map((s) => ({ name: s.name, count: s.count, items: s.items.map((i) => i.name).sort() }));
}

describe('parties grouped by side', () => {
  it('the Algerian drone dispute: Algeria (army, defence ministry, foreign ministry) and Mali (junta, army general staff…), in French', () => {
    const fr = sidesOf('dev/fr-radio-drone-algerie.txt', 'fr');
    expect(fr.map((s) => s.name).sort()).toEqual(['Algérie', 'Mali']);
    const dz = fr.find((s) => s.name === 'Algérie')!;
    expect(dz.items).toEqual(['armée', 'ministère de la Défense', 'ministère des Affaires étrangères']);
    expect(dz.count).toBe(3);
    const ml = fr.find((s) => s.name === 'Mali')!;
    expect(ml.items).toEqual(expect.arrayContaining(['junte', 'état-major']));
    // Names in the note language: no English body names left on a French summary.
    expect(JSON.stringify(fr)).not.toMatch(/Algerian|ministry|army/);
  });

  it('the same article with English notes', () => {
    const en = sidesOf('dev/fr-radio-drone-algerie.txt', 'en');
    expect(en.find((s) => s.name === 'Algeria')!.items).toEqual(['army', 'defence ministry', 'foreign ministry']);
    expect(en.find((s) => s.name === 'Mali')!.items).toEqual(expect.arrayContaining(['junta', 'army general staff']));
  });

  it('the design article: the separatists, the Malian army, and Russia’s Africa Corps, each with its claim count', () => {
    const en = sidesOf('seed/seed-kidal-convoy.txt', 'en');
    expect(en.map((s) => s.name)).toEqual(['The separatists', 'Mali', 'Russia']);
    expect(en.find((s) => s.name === 'Mali')!.items).toEqual(['army']);
    expect(en.find((s) => s.name === 'Russia')!.items).toEqual(['Africa Corps']);
    const total = en.reduce((n, s) => n + s.count, 0);
    const summary = buildSummary(annotate(articleFromTxt(readFileSync(join(CORPUS, 'seed/seed-kidal-convoy.txt'), 'utf8')), { context: builtinIndex() }).claims, 'en');
    expect(total).toBe(summary.parties.reduce((n, p) => n + p.count, 0));
    // Each item lists its claims, in document order, for the disclosure to open on.
    for (const side of summary.sides) for (const item of side.items) expect(item.claims.length).toBe(item.count);
  });

  it('places sides from the pack: a state body by its country, others by the table; unknown parties stand alone', () => {
    expect(sideOfEntity('fama')).toBe('mali');
    expect(sideOfEntity('niger-army')).toBe('niger');
    expect(sideOfEntity('jnim')).toBe('jihadists');
    expect(sideOfEntity('hrw')).toBeUndefined();
    for (const [id, side] of Object.entries(ACTOR_SIDES)) {
      expect(BUILTIN_PACK.entries.find((e) => e.id === id)?.party, `${id} is a party in the pack`).toBe(true);
      expect(SIDES.some((s) => s.id === side), side).toBe(true);
    }
    expect(placeSource({ kind: 'party', name: 'FLA' }, 'en')).toMatchObject({ side: 'separatists', item: 'FLA' });
    expect(placeSource({ kind: 'party', name: 'Malian army general staff' }, 'fr')).toMatchObject({ side: 'mali', sideName: 'Mali', item: 'état-major' });
    expect(placeSource({ kind: 'party', name: 'armed group' }, 'en')).toMatchObject({ side: 'party:armed group', item: 'armed group' });
  });
});
