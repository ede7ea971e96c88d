import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/settings/defaults';
import { tabIdFromQuery } from '../../../src/popup/lib/current-tab';
import { actionsFor, countRows, statusLines, type PageState } from '../../../src/popup/lib/view-model';
import type { PageStatus } from '../../../src/shared/messages';

const status = (over: Partial<PageStatus> = {}): PageState => ({
  kind: 'status',
  status: {
    article: true,
    aboutSahel: true,
    topicScore: 1,
    counts: { unverified: 2, 'party-claim': 3, figure: 1, analyst: 0 },
    total: 6,
    language: 'en',
    active: true,
    ...over,
  },
});

describe('statusLines', () => {
  it('says what is known about the page', () => {
    expect(statusLines({ kind: 'loading' })).toEqual([{ key: 'statusChecking' }]);
    expect(statusLines({ kind: 'no-tab' })).toEqual([{ key: 'statusNoTab' }]);
    expect(statusLines({ kind: 'no-script' })).toEqual([{ key: 'statusNoScript' }]);
    expect(statusLines(status({ article: false }))).toEqual([{ key: 'statusNoArticle' }]);
    expect(statusLines(status())).toEqual([{ key: 'statusSahel' }, { key: 'statusTotal', subs: [6] }]);
    expect(statusLines(status({ total: 0 }))).toEqual([{ key: 'statusSahel' }, { key: 'statusNone' }]);
    expect(statusLines(status({ aboutSahel: false, active: false }))).toEqual([{ key: 'statusNotSahel' }, { key: 'statusHidden' }]);
  });
});

describe('countRows', () => {
  it('lists every label in order while annotations are shown', () => {
    expect(countRows(status()).map((r) => [r.label, r.count])).toEqual([
      ['unverified', 2],
      ['party-claim', 3],
      ['figure', 1],
      ['analyst', 0],
    ]);
    expect(countRows(status({ active: false }))).toEqual([]);
    expect(countRows({ kind: 'no-script' })).toEqual([]);
  });
});

describe('actionsFor', () => {
  const s = defaultSettings();
  it('offers the summary on an annotated outlet page', () => {
    expect(actionsFor({ id: 1, hostname: 'www.rfi.fr', web: true }, status(), s, false)).toEqual({
      openSummary: true,
      annotateNow: false,
      addSite: false,
      listed: 'outlet',
    });
  });

  it('offers annotate and add on a site outside the list', () => {
    expect(actionsFor({ id: 1, hostname: 'localhost', web: true }, { kind: 'no-script' }, s, false)).toEqual({
      openSummary: false,
      annotateNow: true,
      addSite: true,
      listed: null,
    });
  });

  it('offers annotate when the page was judged not about the Sahel', () => {
    expect(actionsFor({ id: 1, hostname: 'www.rfi.fr', web: true }, status({ aboutSahel: false, active: false }), s, false).annotateNow).toBe(true);
  });

  it('knows an added site, but offers to add it again where access is missing', () => {
    const added = { ...s, addedSites: ['news.example.org'] };
    const tab = { id: 1, hostname: 'news.example.org', web: true };
    expect(actionsFor(tab, status(), added, true)).toMatchObject({ addSite: false, listed: 'added' });
    expect(actionsFor(tab, status(), added, false)).toMatchObject({ addSite: true, listed: null });
  });

  it('offers nothing on a non-web tab', () => {
    expect(actionsFor(null, { kind: 'no-tab' }, s, false)).toEqual({ openSummary: false, annotateNow: false, addSite: false, listed: null });
    expect(actionsFor({ id: 1, hostname: null, web: false }, { kind: 'no-tab' }, s, false).annotateNow).toBe(false);
  });
});

describe('tabIdFromQuery', () => {
  it('reads ?tab=<id>', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?x=1&tab=0')).toBe(0);
    expect(tabIdFromQuery('')).toBeNull();
    expect(tabIdFromQuery('?tab=-1')).toBeNull();
    expect(tabIdFromQuery('?tab=abc')).toBeNull();
    expect(tabIdFromQuery('?tab=1e3')).toBeNull();
  });
});
