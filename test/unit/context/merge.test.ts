import { describe, expect, it } from 'vitest';
import { buildContextIndex, findMentions } from '../../../src/context/linker';
import { mergePacks } from '../../../src/context/merge';
import { BUILTIN_PACK } from '../../../src/context/pack';
import type { ContextEntry } from '../../../src/context/types';

function newEntry(over: Partial<ContextEntry> = {}): ContextEntry {
  return {
    id: 'katiba-serma', kind: 'armed-group', name: 'Katiba Serma',
    aliases: { en: ['Serma brigade'], fr: ['katiba de Serma'] },
    description: { en: 'A JNIM unit named for this test.', fr: 'Une unité du JNIM nommée pour ce test.' },
    links: [{ title: 'Newsroom note', url: 'https://newsroom.example/serma' }],
    related: ['jnim'], reviewed: '2026-11-20', party: true,
    ...over,
  };
}

describe('mergePacks', () => {
  const snapshot = JSON.stringify(BUILTIN_PACK);

  it('adds new entries that may refer to built-in ones', () => {
    const r = mergePacks(BUILTIN_PACK, { version: 'newsroom-1', entries: [newEntry()] });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.added).toEqual(['katiba-serma']);
    expect(r.replaced).toEqual([]);
    expect(r.pack.entries.length).toBe(BUILTIN_PACK.entries.length + 1);
    expect(r.pack.version).toBe(`${BUILTIN_PACK.version}+newsroom-1`);
    const idx = buildContextIndex(r.pack);
    expect(findMentions('the Katiba Serma and JNIM', idx).map((e) => e.id)).toEqual(['katiba-serma', 'jnim']);
    expect(JSON.stringify(BUILTIN_PACK)).toBe(snapshot);
  });

  it('overrides a built-in entry by id, in place', () => {
    const base = BUILTIN_PACK.entries.find((e) => e.id === 'wamaps') as ContextEntry;
    const at = BUILTIN_PACK.entries.indexOf(base);
    const override = { ...base, description: { en: 'Our newsroom’s own note on this collective.', fr: 'La note de notre rédaction sur ce collectif.' } };
    const r = mergePacks(BUILTIN_PACK, { version: 'v2', entries: [override] });
    expect(r.ok).toBe(true);
    expect(r.replaced).toEqual(['wamaps']);
    expect(r.pack.entries[at]?.description.en).toMatch(/newsroom/);
    expect(r.pack.entries.length).toBe(BUILTIN_PACK.entries.length);
    expect(BUILTIN_PACK.entries[at]?.description.en).not.toMatch(/newsroom/);
  });

  it('refuses a bad file and changes nothing, naming entry and field', () => {
    const bad = newEntry({ links: [{ title: 'x', url: 'http://newsroom.example' }] });
    const r = mergePacks(BUILTIN_PACK, { version: 'v', entries: [newEntry({ id: 'fine-one', aliases: { en: ['Fine'], fr: [] } }), bad] });
    expect(r.ok).toBe(false);
    expect(r.pack).toBe(BUILTIN_PACK);
    expect(r.added).toEqual([]);
    expect(r.errors).toContainEqual(expect.objectContaining({ entry: 'katiba-serma', field: 'links[0].url' }));
    expect(JSON.stringify(BUILTIN_PACK)).toBe(snapshot);
  });

  it('refuses an alias already claimed by a built-in entry', () => {
    const r = mergePacks(BUILTIN_PACK, { version: 'v', entries: [newEntry({ aliases: { en: ['JNIM'], fr: [] } })] });
    expect(r.ok).toBe(false);
    expect(r.errors.some((f) => f.field.startsWith('aliases.en') && /jnim/.test(f.message))).toBe(true);
    expect(r.pack).toBe(BUILTIN_PACK);
  });

  it('refuses related ids that exist nowhere', () => {
    const r = mergePacks(BUILTIN_PACK, { version: 'v', entries: [newEntry({ related: ['no-such-entry'] })] });
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual(expect.objectContaining({ entry: 'katiba-serma', field: 'related[0]' }));
  });

  it('refuses what is not a pack', () => {
    for (const raw of [null, 'text', { entries: [] }, { version: 'v', entries: 'no' }]) {
      const r = mergePacks(BUILTIN_PACK, raw);
      expect(r.ok).toBe(false);
      expect(r.errors[0]?.entry).toBe('(pack)');
      expect(r.pack).toBe(BUILTIN_PACK);
    }
  });

  it('adds stop phrases', () => {
    const r = mergePacks(BUILTIN_PACK, { version: 'v', entries: [], stopPhrases: ['Mali Cup'] });
    expect(r.ok).toBe(true);
    expect(r.pack.stopPhrases).toContain('Mali Cup');
    expect(findMentions('the Mali Cup final', buildContextIndex(r.pack), { includeBackground: true })).toEqual([]);
  });
});
