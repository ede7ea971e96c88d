/** The claim engine as a background service: real engine, index built once, rebuilt when the reader's pack changes. */
import { describe, expect, it, vi } from 'vitest';
import { createEngineService } from '../../../src/background/engine-service';
import type { ContextPack } from '../../../src/context/types';
import type { Annotations } from '../../../src/engine/types';
import { parseAnnotations } from '../../../src/shared/engine-wire';
import { articleFromTxt } from '../../../cli/lib/article';

// Our own sentences: a party's claim with a figure, and the other side's denial.
const TEXT = [
  'Clashes near Kidal in northern Mali',
  'The Malian army said on Monday that its troops killed 40 fighters near Kidal.',
  'The FLA rebels denied the claim and said no fighter had died.',
].join('\n\n');

describe('engine service', () => {
  it('annotates an article with the real engine, and its reply survives the trip as JSON and the page’s check', async () => {
    const customPack = vi.fn(async () => null);
    const service = createEngineService({ customPack });
    const article = articleFromTxt(TEXT);
    const reply = await service.annotate({ article, noteLanguage: 'auto', force: false });
    expect(reply.ok).toBe(true);
    const wire = JSON.parse(JSON.stringify(reply)) as { annotations: unknown };
    const annotations = parseAnnotations(wire.annotations, article.text) as Annotations;
    expect(annotations).not.toBeNull();
    expect(annotations.aboutSahel).toBe(true);
    const labels = annotations.claims.flatMap((c) => c.labels);
    expect(labels).toContain('party-claim');
    expect(labels).toContain('figure');
    // The index is built once for the background's lifetime.
    await service.annotate({ article, noteLanguage: 'fr', force: false });
    expect(customPack).toHaveBeenCalledTimes(1);
  });

  it('builds the index again with the reader’s pack after it changes', async () => {
    let pack: ContextPack | null = null;
    const service = createEngineService({ customPack: async () => pack });
    const article = articleFromTxt('Zorbaville\n\nThe Malian army said Zorbaville Brigade fighters attacked a convoy near Kidal in Mali.');
    const before = await service.annotate({ article, noteLanguage: 'en', force: true });
    const ids = (r: typeof before) => (r.ok ? (r.annotations as Annotations).entities.map((e) => e.id) : []);
    expect(ids(before)).not.toContain('zorbaville-brigade');
    pack = {
      version: 'test-1',
      entries: [
        {
          id: 'zorbaville-brigade', kind: 'armed-group', name: 'Zorbaville Brigade', aliases: { en: [], fr: [] },
          description: { en: 'A made-up group for this test.', fr: 'Un groupe inventé pour ce test.' },
          links: [{ title: 'Example', url: 'https://example.org/zorbaville' }],
        },
      ],
    } as unknown as ContextPack;
    expect(ids(await service.annotate({ article, noteLanguage: 'en', force: true }))).not.toContain('zorbaville-brigade');
    service.invalidate();
    expect(ids(await service.annotate({ article, noteLanguage: 'en', force: true }))).toContain('zorbaville-brigade');
  });

  it('answers a failure as { ok: false } with the reason, and tries again on the next request', async () => {
    const customPack = vi.fn(async () => ({ version: 'x', entries: 'not a list' }) as unknown as ContextPack);
    const service = createEngineService({ customPack });
    const reply = await service.annotate({ article: articleFromTxt(TEXT), noteLanguage: 'en', force: false });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.detail).toMatch(/\w/);
    await service.annotate({ article: articleFromTxt(TEXT), noteLanguage: 'en', force: false });
    expect(customPack).toHaveBeenCalledTimes(2);
  });
});
