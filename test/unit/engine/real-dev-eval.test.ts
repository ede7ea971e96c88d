/**
 * The real-dev plumbing of `npm run eval`: where the folder is looked for, that its absence is
 * not an error, and that the two folds are fixed and balanced. No real-dev text is read here
 * beyond what the loader does when the folder exists.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { foldOf, loadRealDev, realDevDir, ROOT } from '../../../cli/lib/corpus.ts';
import { evaluateRealDev } from '../../../cli/eval.ts';

describe('real-dev in eval', () => {
  it('is looked for beside the project, or where SAHEL_REAL_DEV says', () => {
    expect(realDevDir({})).toBe(join(ROOT, '..', 'shared', 'corpus', 'real-dev'));
    expect(realDevDir({ SAHEL_REAL_DEV: '/somewhere/else' })).toBe('/somewhere/else');
  });

  it('an absent folder gives null, not an error (a clean clone passes)', async () => {
    const nowhere = join(tmpdir(), 'sahel-lens-no-such-real-dev-folder');
    expect(loadRealDev(nowhere)).toBeNull();
    expect(await evaluateRealDev(nowhere)).toBeNull();
  });

  it('folds depend on the id alone and split a run of ids roughly in half', () => {
    expect(foldOf('xx-01')).toBe(foldOf('xx-01'));
    const ids = Array.from({ length: 200 }, (_, i) => `id-${i}`);
    const a = ids.filter((id) => foldOf(id) === 'A').length;
    expect(a).toBeGreaterThan(70);
    expect(a).toBeLessThan(130);
  });
});
