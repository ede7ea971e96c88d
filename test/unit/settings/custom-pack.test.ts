import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, flush, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const { CUSTOM_PACK_KEY, getCustomPack, removeCustomPack, watchCustomPack } = await import('../../../src/settings/custom-pack');
const { describePackImportError, importCustomPack, readPackFile } = await import('../../../src/settings/custom-pack-import');
const { validatePack } = await import('../../../src/settings/pack-validator');

const local = fakeBrowser.storage.local;

function entry(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'organisation',
    name: `Name of ${id}`,
    aliases: { en: [`Alias ${id}`], fr: [`Alias FR ${id}`] },
    description: { en: 'A newsroom note on this entry, long enough.', fr: 'Une note de la rédaction, assez longue.' },
    links: [{ title: 'Home', url: 'https://example.org/' }],
    related: [],
    reviewed: '2026-01-15',
    ...over,
  };
}

const pack = (entries: unknown[], version = 'newsroom-1') => JSON.stringify({ version, entries });

beforeEach(() => {
  resetFakeBrowser();
  vi.clearAllMocks();
});

describe('importCustomPack', () => {
  it('stores a valid pack in storage.local with its file name', async () => {
    const r = await importCustomPack(pack([entry('local-monitor'), entry('desk-guide', { related: ['fla'] })]), 'desk.json', undefined, () => 1234);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.replacedPrevious).toBe(false);
    expect(r.stored).toMatchObject({ importedAt: 1234, fileName: 'desk.json', pack: { version: 'newsroom-1' } });
    expect(r.stored.pack.entries.map((e) => e.id)).toEqual(['local-monitor', 'desk-guide']);
    expect(fakeBrowser.storage.sync.set).not.toHaveBeenCalled();
    expect((await getCustomPack())?.pack.entries).toHaveLength(2);
  });

  it('refuses a bad pack with the entry and field at fault, and keeps the stored pack', async () => {
    await importCustomPack(pack([entry('kept-entry')]), 'first.json');
    const before = structuredClone(local.data[CUSTOM_PACK_KEY]);
    local.set.mockClear();
    const r = await importCustomPack(
      pack([entry('good-one'), entry('bad-link', { links: [{ title: 'x', url: 'http://insecure.example' }] }), { ...entry('no-date'), reviewed: 'yesterday' }]),
      'second.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'invalid') throw new Error('expected a refusal');
    expect(r.error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entry: 'bad-link', field: 'links[0].url' }),
        expect.objectContaining({ entry: 'no-date', field: 'reviewed' }),
      ]),
    );
    expect(describePackImportError(r.error)).toMatch(/entry bad-link, field links\[0\]\.url: must be an https:\/\/ URL/);
    expect(local.set).not.toHaveBeenCalled();
    expect(local.data[CUSTOM_PACK_KEY]).toEqual(before);
    expect((await getCustomPack())?.pack.entries.map((e) => e.id)).toEqual(['kept-entry']);
  });

  it('refuses invalid JSON with its position, and an empty file', async () => {
    const r = await importCustomPack('{"version": "1", "entries": [}', 'broken.json');
    expect(r).toMatchObject({ ok: false, error: { kind: 'json', line: 1 } });
    expect(await importCustomPack('', 'empty.json')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(local.set).not.toHaveBeenCalled();
  });

  it('replaces a previous pack only once the new one is valid', async () => {
    await importCustomPack(pack([entry('one')]), 'a.json');
    const r = await importCustomPack(pack([entry('two')], 'v2'), 'b.json');
    expect(r).toMatchObject({ ok: true, replacedPrevious: true });
    expect((await getCustomPack())?.pack).toMatchObject({ version: 'v2', entries: [{ id: 'two' }] });
  });

  it('turns a throwing validator into a refusal', () => {
    const r = readPackFile(pack([]), () => {
      throw new Error('boom');
    });
    expect(r).toEqual({ ok: false, error: { kind: 'invalid', errors: [{ entry: '(pack)', field: '(pack)', message: 'boom' }] } });
  });
});

describe('reading, watching and removing', () => {
  it('ignores a stored pack that no longer validates, without deleting it', async () => {
    local.data[CUSTOM_PACK_KEY] = { pack: { version: 'x', entries: [{ id: 'Bad Id' }] }, importedAt: 1, fileName: 'x.json' };
    expect(await getCustomPack(validatePack)).toBeNull();
    expect(local.data[CUSTOM_PACK_KEY]).toBeDefined();
    // The light default check (content script) only looks at the shape.
    expect((await getCustomPack())?.pack.version).toBe('x');
    local.data[CUSTOM_PACK_KEY] = { pack: { version: 3, entries: 'none' } };
    expect(await getCustomPack()).toBeNull();
    local.data[CUSTOM_PACK_KEY] = 'garbage';
    expect(await getCustomPack()).toBeNull();
  });

  it('tells watchers about imports and removal', async () => {
    const seen: (string | null)[] = [];
    const stop = watchCustomPack((s) => seen.push(s ? s.pack.version : null));
    await importCustomPack(pack([entry('one')], 'v7'), 'a.json');
    await flush();
    await removeCustomPack();
    await flush();
    expect(seen).toEqual(['v7', null]);
    stop();
    await importCustomPack(pack([entry('one')], 'v8'), 'a.json');
    await flush();
    expect(seen).toEqual(['v7', null]);
  });
});

describe('validation against the built-in pack', () => {
  it('accepts entries that refer to or replace built-in entries', async () => {
    const r = await importCustomPack(pack([entry('desk-note', { related: ['fama'] }), entry('fama', { name: 'FAMa', aliases: { en: ['FAMa', 'Malian army'], fr: ['FAMa'] } })]), 'ok.json');
    expect(r.ok).toBe(true);
  });

  it('refuses an unknown related id and an alias a built-in entry already claims, naming entry and field', async () => {
    const r = await importCustomPack(
      pack([entry('desk-note', { related: ['no-such-entry'] }), entry('army-copy', { aliases: { en: ['Malian army'], fr: [] } })]),
      'bad.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'invalid') throw new Error('expected a refusal');
    expect(r.error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entry: 'desk-note', field: 'related[0]', message: expect.stringContaining('no-such-entry') }),
        expect.objectContaining({ entry: 'army-copy', field: 'aliases.en[0]', message: expect.stringContaining('fama') }),
      ]),
    );
    expect(local.data[CUSTOM_PACK_KEY]).toBeUndefined();
  });
});
