/**
 * The engine's resumable jobs: the content script runs them in short slices, so they must
 * yield often and give exactly what the one-shot calls give.
 */
import { describe, expect, it } from 'vitest';
import { annotate, annotateSteps } from '../../../src/engine/annotate';
import { buildContextIndex, buildContextIndexSteps } from '../../../src/context/linker';
import { BUILTIN_PACK, builtinIndex } from '../../../src/context/pack';
import { loadArticle } from '../page/helpers';

function run<T>(gen: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = gen.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

describe('resumable engine jobs', () => {
  it('annotateSteps yields at least once per sentence and gives what annotate gives', () => {
    const a = loadArticle('seed-kidal-convoy');
    const article = { title: a.title, text: a.paragraphs.join('\n\n'), blocks: [] };
    const context = builtinIndex();
    const once = annotate(article, { context });
    const { value, yields } = run(annotateSteps(article, { context }));
    expect(value).toEqual(once);
    expect(once.claims.length).toBe(13);
    expect(yields).toBeGreaterThanOrEqual(once.sentences.length);
  });

  it('stops early, without yielding, on an article that is not about the Sahel', () => {
    const { value, yields } = run(annotateSteps({ text: 'The council met on Tuesday to discuss the new library and the parks.', blocks: [] }));
    expect(value.aboutSahel).toBe(false);
    expect(value.claims).toEqual([]);
    expect(yields).toBe(0);
  });

  it('buildContextIndexSteps yields every few entries and builds the same index', () => {
    const { value, yields } = run(buildContextIndexSteps(BUILTIN_PACK));
    const once = buildContextIndex(BUILTIN_PACK);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(BUILTIN_PACK.entries.length / 4) - 1);
    expect([...value.aliasMap.keys()]).toEqual([...once.aliasMap.keys()]);
    expect(value.root).toEqual(once.root);
  });
});
