import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, flush, resetFakeBrowser } from '../settings/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser')).fakeBrowser }));

const { makeCorrection, parseStoredCorrection, draftProblem, cleanUrl } = await import('../../../src/corrections/model');
const store = await import('../../../src/corrections/store');
const { toCorrectionsFile, parseCorrectionsFile, describeProblems, correctionsFileName } = await import('../../../src/corrections/corpus-file');

const local = fakeBrowser.storage.local;

const wrong = {
  kind: 'wrong' as const,
  sentence: '  Ten fighters were killed,\n according to the army. ',
  labels: ['figure' as const],
  engineLabels: ['party-claim' as const, 'figure' as const],
  language: 'en' as const,
  url: 'https://example.org/post/1#comments',
};
const missing = { kind: 'missing' as const, sentence: "L'armée affirme avoir repris la ville.", labels: ['party-claim' as const], engineLabels: [], language: 'fr' as const, url: null };

beforeEach(() => {
  resetFakeBrowser();
  vi.clearAllMocks();
});

describe('correction model', () => {
  it('normalises a draft: whitespace, label order, URL fragment, date', () => {
    const c = makeCorrection({ ...wrong, labels: ['figure', 'unverified', 'figure'] as never }, new Date('2026-12-01T10:00:00Z'), () => 0.5);
    expect(c.sentence).toBe('Ten fighters were killed, according to the army.');
    expect(c.labels).toEqual(['unverified', 'figure']);
    expect(c.url).toBe('https://example.org/post/1');
    expect(c.date).toBe('2026-12-01T10:00:00.000Z');
    expect(c.id.startsWith(`${Date.parse('2026-12-01T10:00:00Z')}-`)).toBe(true);
  });
  it('keeps only http(s) page URLs', () => {
    expect(cleanUrl('moz-extension://abc/src/check/index.html')).toBeNull();
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
    expect(cleanUrl('http://a.example/x?y=1')).toBe('http://a.example/x?y=1');
  });
  it('refuses drafts that say nothing', () => {
    expect(draftProblem({ ...missing, labels: [] })).toBe('no-label');
    expect(draftProblem({ ...wrong, labels: ['figure', 'party-claim'] })).toBe('unchanged');
    expect(draftProblem({ ...wrong, sentence: ' ' })).toBe('empty-sentence');
    expect(draftProblem({ ...wrong, labels: [] })).toBeNull(); // "no note at all" is a correction
    expect(draftProblem(missing)).toBeNull();
  });
  it('reads back stored values and rejects malformed ones', () => {
    const c = makeCorrection(missing);
    expect(parseStoredCorrection(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(parseStoredCorrection({ ...c, kind: 'other' })).toBeNull();
    expect(parseStoredCorrection({ ...c, date: 'yesterday' })).toBeNull();
    expect(parseStoredCorrection({ ...c, labels: 'figure' })).toBeNull();
    expect(parseStoredCorrection({ ...c, labels: ['figure', 'bogus'] })?.labels).toEqual(['figure']);
  });
});

describe('corrections store (storage.local, one key each)', () => {
  it('saves, lists oldest first, deletes one and all, leaving other keys alone', async () => {
    local.data.customPack = { keep: true };
    const a = await store.saveCorrection(wrong, new Date('2026-12-01T10:00:00Z'));
    const b = await store.saveCorrection(missing, new Date('2026-12-02T10:00:00Z'));
    expect(Object.keys(local.data).filter((k) => k.startsWith('correction:'))).toHaveLength(2);
    expect((await store.listCorrections()).map((c) => c.id)).toEqual([a.id, b.id]);
    await store.deleteCorrections([a.id]);
    expect((await store.listCorrections()).map((c) => c.id)).toEqual([b.id]);
    await store.clearCorrections();
    expect(await store.listCorrections()).toEqual([]);
    expect(local.data.customPack).toEqual({ keep: true });
  });
  it('skips a malformed stored entry without deleting it', async () => {
    local.data['correction:junk'] = { nope: 1 };
    await store.saveCorrection(missing);
    expect(await store.listCorrections()).toHaveLength(1);
    expect(local.data['correction:junk']).toEqual({ nope: 1 });
  });
  it('tells watchers about changes to corrections only', async () => {
    const cb = vi.fn();
    const stop = store.watchCorrections(cb);
    await local.set({ other: 1 });
    await flush();
    expect(cb).not.toHaveBeenCalled();
    await store.saveCorrection(missing);
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('corrections export (corpus format)', () => {
  const a = makeCorrection(wrong, new Date('2026-12-01T10:00:00Z'));
  const b = makeCorrection(missing, new Date('2026-12-02T10:00:00Z'));
  const c = makeCorrection({ ...wrong, sentence: 'Another sentence.', labels: [] }, new Date('2026-12-03T10:00:00Z'));

  it('groups sentences by page and language, with the corpus fields', () => {
    const file = toCorrectionsFile([a, b, c], new Date('2026-12-04T00:00:00Z'));
    expect(file).toMatchObject({ format: 'sahel-lens-corrections', version: 1, exported: '2026-12-04T00:00:00.000Z' });
    expect(file.articles).toEqual([
      {
        id: 'correction-1',
        language: 'en',
        source_url: 'https://example.org/post/1',
        sentences: [
          { text: a.sentence, labels: ['figure'], engine_labels: ['party-claim', 'figure'], correction: 'wrong', date: a.date },
          { text: 'Another sentence.', labels: [], engine_labels: ['party-claim', 'figure'], correction: 'wrong', date: c.date },
        ],
      },
      { id: 'correction-2', language: 'fr', source_url: null, sentences: [{ text: b.sentence, labels: ['party-claim'], engine_labels: [], correction: 'missing', date: b.date }] },
    ]);
    expect(correctionsFileName(new Date('2026-12-04T09:00:00Z'))).toBe('sahel-lens-corrections-2026-12-04.json');
  });
  it('reads its own export back', () => {
    const file = toCorrectionsFile([a, b]);
    const parsed = parseCorrectionsFile(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual({ ok: true, file });
  });
  it('names the path and the fault of every problem', () => {
    const file = JSON.parse(JSON.stringify(toCorrectionsFile([a, b]))) as Record<string, unknown> & { articles: Record<string, unknown>[] };
    (file.articles[0] as { language: string }).language = 'de';
    ((file.articles[1] as { sentences: { labels: unknown[] }[] }).sentences[0] as { labels: unknown[] }).labels = ['party-claim', 'claim'];
    const r = parseCorrectionsFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeProblems(r.problems)).toBe(
      [
        'articles[0].language: expected "en" or "fr", found the string "de"',
        'articles[1].sentences[0].labels[1]: the string "claim" is not a label (unverified, party-claim, figure, analyst)',
      ].join('\n'),
    );
    expect(parseCorrectionsFile([])).toEqual({ ok: false, problems: [{ path: '(file)', message: 'expected a JSON object, found an array' }] });
    const noArticles = parseCorrectionsFile({ format: 'sahel-lens-corrections', version: 1 });
    expect(noArticles.ok ? [] : noArticles.problems).toEqual([{ path: 'articles', message: 'expected an array of articles, found nothing' }]);
    const noText = parseCorrectionsFile({ format: 'x', version: 2, articles: [{ id: 'a', language: 'en', sentences: [{ labels: [] }] }] });
    expect(noText.ok ? [] : noText.problems.map((p) => p.path)).toEqual(['format', 'version', 'articles[0].sentences[0].text']);
  });
});
