import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineLabelsFor, runCorrectionsEval, scoreCorrections } from '../../../cli/lib/corrections-eval';
import { toCorrectionsFile } from '../../../src/corrections/corpus-file';
import { makeCorrection } from '../../../src/corrections/model';

const dir = mkdtempSync(join(tmpdir(), 'sl-corr-'));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const PARTY_FIGURE = 'Ten separatist fighters were killed, according to a statement released by the military.';
const NEUTRAL = 'The market reopened on Monday morning.';

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCorrectionsEval(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('eval --corrections', () => {
  it('annotates a sentence on its own, with no topic gate', () => {
    expect(engineLabelsFor(PARTY_FIGURE, 'en')).toEqual(['party-claim', 'figure']);
    expect(engineLabelsFor(NEUTRAL, 'en')).toEqual([]);
  });

  it('scores the engine against the reader, per label', () => {
    const file = toCorrectionsFile([
      makeCorrection({ kind: 'wrong', sentence: PARTY_FIGURE, labels: ['figure'], engineLabels: ['party-claim', 'figure'], language: 'en', url: null }),
      makeCorrection({ kind: 'missing', sentence: NEUTRAL, labels: ['unverified'], engineLabels: [], language: 'en', url: 'https://x.example/' }),
    ]);
    const r = scoreCorrections(file, 'f.json');
    expect(r.sentences).toBe(2);
    expect(r.agree).toBe(0);
    expect(r.engineChanged).toBe(0);
    expect(r.labels.figure).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.labels['party-claim']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(r.labels.unverified).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    const path = write('good.json', JSON.stringify(file));
    const got = run(['--corrections', path]);
    expect(got.code).toBe(0);
    expect(got.out).toContain('Engine agrees with the reader on 0 of 2 sentences');
    expect(JSON.parse(run(['--corrections', path, '--json']).out)).toMatchObject({ sentences: 2, agree: 0 });
  });

  it('refuses malformed files with the path of each problem', () => {
    const bad = write('bad.json', JSON.stringify({ format: 'sahel-lens-corrections', version: 1, articles: [{ id: 'a', language: 'en', sentences: [{ text: 'x', labels: ['figure', 'claim'] }] }] }));
    const got = run(['--corrections', bad]);
    expect(got.code).toBe(1);
    expect(got.err).toBe(`eval: ${bad} is not a Sahel Lens corrections file:\n  articles[0].sentences[0].labels[1]: the string "claim" is not a label (unverified, party-claim, figure, analyst)`);
    const broken = write('broken.json', '{\n  "format": "sahel-lens-corrections",\n  "articles": [\n}');
    expect(run(['--corrections', broken]).err).toMatch(new RegExp(`^eval: ${broken}: The file is not valid JSON \\(line 4, column 1\\)`));
    expect(run(['--corrections', join(dir, 'nope.json')])).toMatchObject({ code: 1, err: `eval: ${join(dir, 'nope.json')}: no such file` });
    expect(run(['--corrections'])).toMatchObject({ code: 2 });
  });
});
