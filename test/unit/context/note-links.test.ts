import { describe, expect, it } from 'vitest';
import { builtinIndex } from '../../../src/context/pack';
import { entryCard, linksForClaim, MAX_NOTE_LINKS, type ClaimForLinks, type NoteLink } from '../../../src/context/note-links';
import type { Label } from '../../../src/engine/types';

const idx = builtinIndex();

function claim(labels: Label[], source?: ClaimForLinks['source'], entityIds: string[] = []): ClaimForLinks {
  return source ? { labels, source, entityIds } : { labels, entityIds };
}
const entryIds = (ls: NoteLink[]) => ls.map((l) => l.entryId);

describe('links per label', () => {
  it('party claim: the party first, then the monitors', () => {
    const ls = linksForClaim(claim(['party-claim'], { kind: 'party', name: 'FLA' }), idx, 'en');
    expect(ls[0]).toMatchObject({ entryId: 'fla', role: 'party' });
    expect(entryIds(ls)).toEqual(['fla', 'acled', 'crisis-group']);
    expect(ls[1]?.title).toMatch(/ACLED/);
  });

  it('party claim: resolves the party by entity id, by alias, or from the sentence', () => {
    expect(linksForClaim(claim(['party-claim'], { kind: 'party', name: 'whatever', entityId: 'jnim' }), idx, 'en')[0]?.entryId).toBe('jnim');
    expect(linksForClaim(claim(['party-claim'], { kind: 'party', name: 'armée malienne' }), idx, 'fr')[0]?.entryId).toBe('fama');
    expect(linksForClaim(claim(['party-claim'], { kind: 'party', name: 'the rebels' }, ['kidal', 'csp']), idx, 'en')[0]?.entryId).toBe('csp');
  });

  it('party claim: a party with its own monitors uses them', () => {
    const ls = linksForClaim(claim(['party-claim'], { kind: 'party', name: 'Wagner' }), idx, 'en');
    expect(entryIds(ls)).toEqual(['wagner', 'acled', 'all-eyes-on-wagner', 'the-sentry']);
  });

  it('party claim with no known party: advice on who is speaking, then monitors', () => {
    const ls = linksForClaim(claim(['party-claim'], { kind: 'party', name: 'a spokesman' }), idx, 'en');
    expect(entryIds(ls)).toEqual(['guide-who-speaks', 'acled', 'crisis-group']);
  });

  it('analyst: the analyst’s organisation', () => {
    const ls = linksForClaim(claim(['analyst'], { kind: 'analyst', name: 'Human Rights Watch' }), idx, 'en');
    expect(ls).toEqual([{ title: 'Human Rights Watch: about this source', url: 'https://www.hrw.org', entryId: 'hrw', role: 'analyst' }]);
    const viaSentence = linksForClaim(claim(['analyst'], { kind: 'analyst', name: 'Salif Kanouté' }, ['bamako', 'acled']), idx, 'en');
    expect(entryIds(viaSentence)).toEqual(['acled']);
    expect(linksForClaim(claim(['analyst'], { kind: 'analyst', name: 'Unknown Institute' }), idx, 'en')).toEqual([]);
  });

  it('figure: who gives it, where independent counts are kept, advice on tolls', () => {
    const ls = linksForClaim(claim(['figure'], { kind: 'other', name: 'a security source' }), idx, 'en');
    expect(entryIds(ls).slice(0, 3)).toEqual(['acled', 'ocha', 'guide-tolls-differ']);
    expect(ls.filter((l) => l.role === 'counts').length).toBeGreaterThanOrEqual(2);
    const withGiver = linksForClaim(claim(['figure'], { kind: 'party', name: 'Chadian army' }), idx, 'en');
    expect(entryIds(withGiver).slice(0, 3)).toEqual(['chad-army', 'acled', 'ocha']);
  });

  it('unverified: reverse image search, geolocation, who posted first, then a fact-checker', () => {
    const en = linksForClaim(claim(['unverified']), idx, 'en');
    expect(entryIds(en).slice(0, 4)).toEqual(['guide-reverse-image', 'guide-geolocation', 'guide-first-poster', 'afp-factcheck']);
    const fr = linksForClaim(claim(['unverified']), idx, 'fr');
    expect(fr[0]?.title).toBe('Rechercher l’origine des images');
    expect(entryIds(fr)[3]).toBe('africa-check');
  });
});

describe('several labels', () => {
  it('interleaves, keeps the party first, drops duplicates and caps the list', () => {
    const ls = linksForClaim(claim(['unverified', 'figure', 'party-claim'], { kind: 'party', name: 'JNIM' }), idx, 'en');
    expect(ls.length).toBe(MAX_NOTE_LINKS);
    expect(ls[0]?.entryId).toBe('jnim');
    expect(ls[1]?.entryId).toBe('guide-reverse-image');
    expect(new Set(ls.map((l) => l.url)).size).toBe(ls.length);
    expect(new Set(ls.map((l) => l.entryId)).size).toBe(ls.length);
    const roles = new Set(ls.map((l) => l.role));
    for (const r of ['party', 'verify', 'monitor'] as const) expect(roles.has(r), r).toBe(true);
  });

  it('gives no links to a claim with no labels, and only https links otherwise', () => {
    expect(linksForClaim(claim([]), idx, 'en')).toEqual([]);
    for (const labels of [['party-claim'], ['figure'], ['unverified'], ['analyst']] as Label[][]) {
      for (const l of linksForClaim(claim(labels, { kind: 'party', name: 'FAMa' }, ['hrw']), idx, 'fr')) {
        expect(l.url.startsWith('https://')).toBe(true);
      }
    }
  });

  it('writes titles in the note language and prefers links in it', () => {
    const fr = linksForClaim(claim(['party-claim'], { kind: 'party', name: 'FLA' }), idx, 'fr');
    expect(fr[0]?.title).toBe('Front de libération de l’Azawad (FLA) : contexte');
    expect(fr[0]?.url).toMatch(/impact\.sn/);
    const en = linksForClaim(claim(['party-claim'], { kind: 'party', name: 'FLA' }), idx, 'en');
    expect(en[0]?.url).toMatch(/westafricamaps/);
  });
});

describe('entry cards for the overlay', () => {
  it('shows name and description in the requested language', () => {
    const fr = entryCard(idx, 'wagner', 'fr');
    expect(fr?.name).toBe('Groupe Wagner');
    expect(fr?.description).toMatch(/juin 2025/);
    expect(fr?.party).toBe(true);
    const en = entryCard(idx, 'wagner', 'en');
    expect(en?.description).toMatch(/June 2025/);
    expect(en?.related.map((r) => r.id)).toContain('africa-corps');
  });

  it('returns undefined for an unknown id', () => {
    expect(entryCard(idx, 'nowhere', 'en')).toBeUndefined();
  });
});
