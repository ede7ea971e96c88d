import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK, BUILTIN_PACK_FILE, builtinIndex } from '../../../src/context/pack';
import { mergePacks } from '../../../src/context/merge';
import { formatFault, validatePack, type PackFault } from '../../../src/context/schema';
import type { ContextEntry, ContextPack } from '../../../src/context/types';
import { resolveGoldName } from '../../../cli/lib/entity-eval';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function entry(over: Partial<ContextEntry> = {}): ContextEntry {
  return {
    id: 'test-group',
    kind: 'armed-group',
    name: 'Test Group',
    aliases: { en: ['TG'], fr: ['Groupe test'] },
    description: { en: 'A group invented for this test, with enough words.', fr: 'Un groupe inventé pour ce test, avec assez de mots.' },
    links: [{ title: 'Example', url: 'https://example.org/test' }],
    related: [],
    reviewed: '2026-11-25',
    party: true,
    ...over,
  };
}

function faults(raw: unknown, strict = false): PackFault[] {
  const r = validatePack(raw, { requireKnownIds: strict });
  return r.ok ? [] : r.errors;
}

function has(fs: PackFault[], entryId: string, field: string): boolean {
  return fs.some((f) => f.entry === entryId && f.field === field);
}

describe('built-in pack', () => {
  it('is a JSON file of the same kind as a reader\'s own pack, valid under the same schema', () => {
    const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../..', BUILTIN_PACK_FILE);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    // Alone, as a reader's file is checked on import…
    const alone = validatePack(raw);
    if (!alone.ok) throw new Error(alone.errors.map(formatFault).join('\n'));
    // …and imported over an empty base, as the options page would merge it.
    const merged = mergePacks({ version: 'empty', entries: [] }, raw);
    expect(merged.errors.map(formatFault)).toEqual([]);
    expect(merged.added.length).toBe(BUILTIN_PACK.entries.length);
    // What the extension ships is that file, not a second copy of it.
    expect(BUILTIN_PACK).toEqual(raw);
  });

  it('has no second version as code: no TypeScript pack literals beside the JSON file', () => {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/context');
    expect(existsSync(resolve(dir, 'pack'))).toBe(false);
  });

  it('passes the schema with every cross-entry check on', () => {
    const r = validatePack(BUILTIN_PACK, { requireKnownIds: true });
    if (!r.ok) throw new Error(r.errors.map(formatFault).join('\n'));
    expect(r.ok).toBe(true);
  });

  it('has at least 60 entries, of every main kind', () => {
    const kinds = new Map<string, number>();
    for (const e of BUILTIN_PACK.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(BUILTIN_PACK.entries.length).toBeGreaterThanOrEqual(60);
    for (const k of ['armed-group', 'state-force', 'foreign-force', 'government', 'person', 'place', 'event', 'source', 'guide']) {
      expect(kinds.get(k) ?? 0, k).toBeGreaterThan(0);
    }
  });

  it('reviews every entry (the pack version is the latest review date) and links only over https', () => {
    for (const e of BUILTIN_PACK.entries) {
      expect(e.reviewed >= '2026-11-25' && e.reviewed <= BUILTIN_PACK.version, `${e.id} ${e.reviewed}`).toBe(true);
      for (const l of e.links) expect(l.url.startsWith('https://'), `${e.id} ${l.url}`).toBe(true);
    }
  });

  it('marks armies, armed groups and foreign forces as parties, and analysts as not', () => {
    for (const e of BUILTIN_PACK.entries) {
      if (['armed-group', 'state-force', 'foreign-force', 'government'].includes(e.kind)) expect(e.party, e.id).toBe(true);
      if (e.kind === 'source' || e.kind === 'guide' || e.kind === 'place') expect(e.party ?? false, e.id).toBe(false);
    }
  });

  it('gives different English and French descriptions', () => {
    for (const e of BUILTIN_PACK.entries) expect(e.description.en, e.id).not.toBe(e.description.fr);
  });

  it('states the key facts the issue insists on', () => {
    const idx = builtinIndex();
    const d = (id: string) => idx.byId.get(id)?.description.en ?? '';
    expect(d('fla')).toMatch(/30 November 2024/);
    expect(d('csp')).toMatch(/FLA/);
    expect(d('wagner')).toMatch(/6 June 2025/);
    expect(d('wagner')).toMatch(/Africa Corps/);
    expect(d('africa-corps')).toMatch(/June 2025/);
    expect(d('algiers-accord')).toMatch(/25 January 2024/);
    // Disputed tolls are attributed, and disagreement is said.
    expect(d('barsalogho-attack')).toMatch(/UN/);
    expect(d('barsalogho-attack')).toMatch(/JNIM claimed/);
    expect(d('tinzaouaten-battle')).toMatch(/None is verified/);
  });

  it('does not link Dan Na Ambassagou from generic words for hunters', () => {
    const e = builtinIndex().byId.get('dan-na-ambassagou');
    const names = [...(e?.aliases.en ?? []), ...(e?.aliases.fr ?? [])].join(' ').toLowerCase();
    expect(names).not.toMatch(/dozo|hunter|chasseur/);
  });

  // The research file lives outside the repo; these run where it is available.
  const mdPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/context/SAHEL-CONTEXT.md');
  const md = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : null;

  it.skipIf(!md)('covers every actor, place, event and source of SAHEL-CONTEXT.md', () => {
    const missing: string[] = [];
    for (const section of (md as string).split('\n## ')) {
      if (!/^[1-4]\./.test(section)) continue;
      for (const m of section.matchAll(/^### (.+)$/gm)) {
        const t = m[1] as string;
        const cands = [t, ...[...t.matchAll(/\(([^)]*)\)/g)].map((x) => x[1] as string), ...t.split(/\s+\/\s+|\s+—\s+|\s+and\s+/)];
        if (!cands.some((c) => c.trim() && resolveGoldName(builtinIndex(), c.trim()))) missing.push(t);
      }
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(!md)('is written in its own words: no 8-word run shared with SAHEL-CONTEXT.md', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const source = norm(md as string);
    const copied: string[] = [];
    for (const e of BUILTIN_PACK.entries) {
      for (const lang of ['en', 'fr'] as const) {
        const w = norm(e.description[lang]).split(' ');
        for (let i = 0; i + 8 <= w.length; i++) {
          const g = w.slice(i, i + 8).join(' ');
          if (source.includes(g)) copied.push(`${e.id}.${lang}: ${g}`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

describe('schema faults name the entry and the field', () => {
  const pack = (...entries: unknown[]): unknown => ({ version: 't', entries });

  it('accepts a good minimal pack', () => {
    expect(faults(pack(entry()))).toEqual([]);
  });

  it('missing French description', () => {
    const e = clone(entry()) as unknown as { description: Record<string, string> };
    delete e.description.fr;
    expect(has(faults(pack(e)), 'test-group', 'description.fr')).toBe(true);
  });

  it('empty English description', () => {
    expect(has(faults(pack(entry({ description: { en: '  ', fr: 'Un texte français assez long ici.' } }))), 'test-group', 'description.en')).toBe(true);
  });

  it('a link that is not https', () => {
    const fs = faults(pack(entry({ links: [{ title: 'x', url: 'https://ok.example' }, { title: 'y', url: 'http://insecure.example' }] })));
    expect(has(fs, 'test-group', 'links[1].url')).toBe(true);
    expect(fs.find((f) => f.field === 'links[1].url')?.message).toMatch(/https/);
  });

  it('no link at all, a javascript: URL', () => {
    expect(has(faults(pack(entry({ links: [] }))), 'test-group', 'links')).toBe(true);
    expect(has(faults(pack(entry({ links: [{ title: 'x', url: 'javascript:alert(1)' }] }))), 'test-group', 'links[0].url')).toBe(true);
  });

  it('bad id, kind and date', () => {
    expect(has(faults(pack(entry({ id: 'Bad Id' }))), 'Bad Id', 'id')).toBe(true);
    expect(has(faults(pack({ ...entry(), kind: 'militia' })), 'test-group', 'kind')).toBe(true);
    expect(has(faults(pack(entry({ reviewed: '2026-13-40' }))), 'test-group', 'reviewed')).toBe(true);
  });

  it('an entry without an id is named by its position', () => {
    const e = clone(entry()) as Partial<ContextEntry>;
    delete e.id;
    expect(has(faults(pack(entry({ id: 'first' }), e)), '#1', 'id')).toBe(true);
  });

  it('unknown fields are refused', () => {
    expect(has(faults(pack({ ...entry(), aliasses: [] })), 'test-group', 'aliasses')).toBe(true);
  });

  it('duplicate ids', () => {
    const fs = faults(pack(entry(), entry({ aliases: { en: ['Other'], fr: [] } })));
    expect(has(fs, 'test-group', 'id')).toBe(true);
    expect(fs[0]?.message).toMatch(/duplicate/);
  });

  it('an alias claimed by two entries (accents and case folded)', () => {
    const a = entry({ id: 'a-one', aliases: { en: ['Ségou Front'], fr: [] } });
    const b = entry({ id: 'b-two', name: 'B', aliases: { en: ['x'], fr: ['SEGOU front'] } });
    const fs = faults(pack(a, b));
    expect(has(fs, 'b-two', 'aliases.fr[0]')).toBe(true);
    expect(fs.find((f) => f.entry === 'b-two')?.message).toMatch(/a-one/);
  });

  it('a name clashing with another entry’s alias', () => {
    const fs = faults(pack(entry({ id: 'a-one', aliases: { en: ['Gold'], fr: [] } }), entry({ id: 'b-two', name: 'gold', aliases: { en: [], fr: [] } })));
    expect(has(fs, 'b-two', 'name')).toBe(true);
  });

  it('unknown related ids, only when asked', () => {
    const p = pack(entry({ related: ['nowhere'] }));
    expect(faults(p)).toEqual([]);
    expect(has(faults(p, true), 'test-group', 'related[0]')).toBe(true);
  });

  it('self-reference, options pointing at no alias, guides without display names', () => {
    expect(has(faults(pack(entry({ related: ['test-group'] }))), 'test-group', 'related[0]')).toBe(true);
    expect(has(faults(pack(entry({ caseSensitive: ['Nope'] }))), 'test-group', 'caseSensitive[0]')).toBe(true);
    expect(has(faults(pack(entry({ kind: 'guide', party: false }))), 'test-group', 'displayName.fr')).toBe(true);
  });

  it('a generic alias that is someone’s specific alias, a stop phrase that is an alias', () => {
    const a = entry({ id: 'a-one', genericAliases: ['TG'], country: ['x'] });
    expect(has(faults(pack(a)), 'a-one', 'genericAliases[0]')).toBe(true);
    expect(has(faults({ version: 't', entries: [entry()], stopPhrases: ['Groupe test'] }), '(pack)', 'stopPhrases[0]')).toBe(true);
  });

  it('generic aliases need a country; they may have several', () => {
    expect(has(faults(pack(entry({ genericAliases: ['the band'] }))), 'test-group', 'country')).toBe(true);
    expect(faults(pack(entry({ genericAliases: ['the band'], country: ['mali', 'niger'] })))).toEqual([]);
  });

  it('not a pack at all', () => {
    expect(has(faults(42), '(pack)', '(entry)')).toBe(true);
    expect(has(faults({ version: 'x' }), '(pack)', 'entries')).toBe(true);
  });

  it('formats a fault on one line', () => {
    expect(formatFault({ entry: 'fla', field: 'links[0].url', message: 'must be an https:// URL' })).toBe(
      'entry "fla", field "links[0].url": must be an https:// URL',
    );
  });

  it('returns a typed pack that keeps the optional fields', () => {
    const r = validatePack(pack(entry({ salient: false, country: ['mali'] })));
    expect(r.ok).toBe(true);
    const p = (r as { ok: true; pack: ContextPack }).pack;
    expect(p.entries[0]?.salient).toBe(false);
    expect(p.entries[0]?.country).toEqual(['mali']);
  });
});
