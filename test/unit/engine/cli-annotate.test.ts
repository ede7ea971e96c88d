import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../cli/lib/corpus.ts';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = join(ROOT, 'cli', 'annotate.ts');
const seed = join(ROOT, 'test', 'data', 'corpus', 'seed', 'seed-kidal-convoy.txt');

describe('annotate command', () => {
  it('prints one JSON object per file with the documented fields', () => {
    const out = execFileSync(tsx, [cli, '--json', seed], { encoding: 'utf8' }).trim().split('\n');
    expect(out).toHaveLength(1);
    const j = JSON.parse(out[0]!);
    expect(Object.keys(j)).toEqual(['file', 'language', 'aboutSahel', 'topicScore', 'title', 'claims', 'entities']);
    expect(j.aboutSahel).toBe(true);
    expect(j.claims).toHaveLength(13);
    expect(Object.keys(j.claims[0])).toEqual(['text', 'start', 'end', 'labels', 'source', 'explanation']);
  }, 30_000);

  it('reports missing, empty and binary files on stderr, goes on, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-cli-'));
    const empty = join(dir, 'empty.txt');
    const bin = join(dir, 'blob.txt');
    writeFileSync(empty, '');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255]));
    const res = spawnSync(tsx, [cli, '--json', join(dir, 'missing.txt'), empty, bin, seed], { encoding: 'utf8' });
    expect(res.status).not.toBe(0);
    const errs = res.stderr.trim().split('\n');
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/missing\.txt: no such file/);
    expect(errs[1]).toMatch(/empty\.txt: empty/);
    expect(errs[2]).toMatch(/blob\.txt: binary/);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
