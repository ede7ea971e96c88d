/**
 * Every command the README tells a reader to type, run as they type it: one `bash -c` per
 * command line, from the project root (or from a fresh copy of the project for the set-up
 * command), with the output checked for what the README promises.
 *
 * The README is read first: each command in it must be one this file runs (or one named in
 * `RUN_ELSEWHERE` with the reason), so a command added to the README without a check here fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelKey, loadGold, norm } from '../e2e/lib/gold.ts';
import { parseArticleTxt, renderNewsPage } from '../e2e/lib/news-page.ts';
import { ARTIFACTS, CORPUS, realPagesDir, ROOT } from '../e2e/lib/paths.ts';
import { readmeCommands } from './readme-commands.ts';

/** Commands of the README that are not run here, and what runs them instead. */
const RUN_ELSEWHERE: Record<string, string> = {
  'npm ci && npm test': 'CI runs it (.ci/run); this file is part of it',
  'npm test': 'CI runs it (.ci/run); this file is part of it',
  'npm run bench': 'its --smoke form runs here; a full run (about 75 minutes, both browsers) is the benchmark itself',
  'npm run test:unit': 'npm test runs it as its unit-test step',
  'npm run test:e2e': 'npm test runs it as its end-to-end step',
  'npm run build': 'npm test runs it as its build step',
  'npm run typecheck': 'npm test runs it as its typecheck step',
  'npm run lint': 'npm test runs it as its lint step',
  'npm run test:update-baselines': 'it rewrites the committed baselines; test/e2e/visual.e2e.test.ts (npm test) compares with them',
  'npm run package': 'npm test runs it (with --verify) as its package step',
  'npm run package -- --verify': 'npm test runs it as its package step',
  'npm run package [-- --verify]': 'npm test runs it (with --verify) as its package step',
  'npm ci && npm run package': "npm test's package step runs `npm run package` in an unpacked copy of the source zip (node_modules linked, not installed again)",
  'git tag v$(node -p "require(\'./package.json\').version") && git push --tags': 'publishes a release: done by hand, never by a test',
};

/** README commands this file runs, in the README's own spelling (placeholders included). */
const RUN_HERE = [
  'npm ci && npm run demo',
  'npm run demo -- FILE',
  'npm run demo -- --json FILE',
  'npm run --silent annotate -- [--json] FILE...',
  'npm run eval',
  'npm run eval -- --corrections FILE',
  'npm run eval -- --corrections FILE [--json]',
  'npm run bench:engine',
  'npm run bench [-- --repeat N] [-- --smoke]',
  'npm run bench -- --smoke',
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * The environment of a reader's shell: this process's, without what vitest sets for its own
 * workers (NODE_ENV=test would make `npm run build` a test build, unlike the reader's).
 */
function readerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|NODE_ENV$|TEST$)/.test(k) && !(k in env)) env[k] = v;
  return env;
}

/** Runs one command line in bash, as typed at a prompt. */
function sh(command: string, cwd = ROOT, timeoutMs = 300_000): Run {
  const t0 = Date.now();
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', timeout: timeoutMs, env: readerEnv(), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', seconds: (Date.now() - t0) / 1000 };
}

function explain(r: Run): string {
  return `exit ${r.status} after ${r.seconds.toFixed(0)} s\n--- stderr (end) ---\n${r.stderr.slice(-3000)}\n--- stdout (end) ---\n${r.stdout.slice(-3000)}`;
}

/** `NN. [label, label] sentence` lines of the demo's text output. */
function demoNotes(stdout: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of stdout.matchAll(/^\s*\d+\. \[([^\]]*)\] (.+)$/gm)) notes.set(norm(m[2]!), labelKey(m[1]!.split(',').map((s) => s.trim()).filter(Boolean)));
  return notes;
}

function goldNotes(id: string): Map<string, string> {
  return new Map(loadGold(id).sentences.filter((s) => s.labels.length).map((s) => [norm(s.text), labelKey(s.labels)]));
}

/** Files written during a run: newer than `since` (ms). */
function freshFile(path: string, since: number): boolean {
  return existsSync(path) && statSync(path).mtimeMs >= since - 1000 && statSync(path).size > 0;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const FR_ID = 'fr-radio-drone-algerie';

describe('the README lists only commands that are checked', () => {
  it('every command in the README is run here or by a named step', () => {
    const listed = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(listed.length, 'commands found in README.md').toBeGreaterThan(5);
    const unchecked = listed.filter((c) => !RUN_HERE.includes(c) && !(c in RUN_ELSEWHERE));
    expect(unchecked, 'README commands that nothing runs: add a check here').toEqual([]);
    const stale = RUN_HERE.filter((c) => !listed.includes(c));
    expect(stale, 'checked here but no longer in the README').toEqual([]);
  });
});

describe('README commands, run as a reader types them', () => {
  let work: string;
  let frHtml: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sahel-lens-readme-'));
    const raw = readFileSync(join(CORPUS, 'dev', `${FR_ID}.txt`), 'utf8');
    frHtml = join(work, `${FR_ID}.html`);
    writeFileSync(frHtml, renderNewsPage(parseArticleTxt(raw, 'fr')));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('npm ci && npm run demo — in a fresh copy of the project, without ../shared: 13 notes, exactly the gold labels, a screenshot', () => {
    // A copy of what a clone holds (tracked and new files, nothing ignored), in a folder with no
    // ../shared beside it: the reader's first command, from nothing.
    const fresh = join(work, 'fresh', 'sahel-lens');
    const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    expect(files.length, 'files listed by git').toBeGreaterThan(50);
    for (const f of files) {
      if (!existsSync(join(ROOT, f))) continue;
      mkdirSync(dirname(join(fresh, f)), { recursive: true });
      copyFileSync(join(ROOT, f), join(fresh, f));
    }
    const started = Date.now();
    const r = sh('npm ci && npm run demo', fresh, 600_000);
    expect(r.status, explain(r)).toBe(0);
    const got = demoNotes(r.stdout);
    expect(Object.fromEntries(got), 'the demo notes against the gold labels of the design article').toEqual(Object.fromEntries(goldNotes('seed-kidal-convoy')));
    expect(r.stdout).toMatch(/^13 notes placed on the page:$/m);
    const shot = /^Screenshot: (.+\.png)$/m.exec(r.stdout)?.[1];
    expect(shot, 'the screenshot line').toBeTruthy();
    expect(freshFile(shot!, started), `${shot} written`).toBe(true);
    expect(readFileSync(shot!).subarray(0, 4).equals(PNG), 'a PNG file').toBe(true);
    // The fresh copy has no ../shared: eval says so and still scores the corpus.
    const e = sh('npm run eval', fresh);
    expect(e.status, explain(e)).toBe(0);
    expect(e.stdout).toMatch(/^Seed article: EXACT/m);
  }, 900_000);

  it('npm run demo -- FILE and npm run demo -- --json FILE — a French dev article laid out as an .html page', () => {
    const text = sh(`npm run demo -- ${frHtml}`);
    expect(text.status, explain(text)).toBe(0);
    const json = sh(`npm run demo -- --json ${frHtml}`);
    expect(json.status, explain(json)).toBe(0);
    const line = json.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? '';
    const out = JSON.parse(line) as { url: string; notes: { text: string; labels: string[]; explanation: string; links: { title: string; url: string }[] }[] };
    const got = new Map(out.notes.map((n) => [norm(n.text), labelKey(n.labels)]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(goldNotes(FR_ID)));
    expect(Object.fromEntries(demoNotes(text.stdout)), 'text and JSON output agree').toEqual(Object.fromEntries(got));
    for (const n of out.notes) {
      expect(n.explanation.length, `explanation of: ${n.text}`).toBeGreaterThan(20);
      for (const l of n.links) expect(l.url, `link of: ${n.text}`).toMatch(/^https:\/\//);
    }
  }, 300_000);

  it('npm run --silent annotate -- --json FILE — the same notes as the live page', () => {
    const r = sh(`npm run --silent annotate -- --json ${frHtml}`);
    expect(r.status, explain(r)).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines, 'one JSON line per file, nothing else on stdout').toHaveLength(1);
    const out = JSON.parse(lines[0]!) as { language: string; aboutSahel: boolean; claims: { text: string; labels: string[] }[] };
    expect(out.language).toBe('fr');
    expect(out.aboutSahel).toBe(true);
    expect(Object.fromEntries(out.claims.map((c) => [norm(c.text), labelKey(c.labels)]))).toEqual(Object.fromEntries(goldNotes(FR_ID)));
    const text = sh(`npm run --silent annotate -- ${join(CORPUS, 'seed', 'seed-kidal-convoy.txt')}`);
    expect(text.status, explain(text)).toBe(0);
    expect(text.stdout.match(/^\s+\d+\. \[/gm)?.length, 'flagged sentences of the design article').toBe(13);
  }, 120_000);

  it('npm run eval — writes its report and prints a summary that agrees with it', () => {
    const report = join(ARTIFACTS, 'eval.json');
    const started = Date.now();
    const r = sh('npm run eval');
    expect(r.status, explain(r)).toBe(0);
    expect(freshFile(report, started), `${report} written`).toBe(true);
    const j = JSON.parse(readFileSync(report, 'utf8')) as { seed: { exact: boolean; labeled: number; correct: number; extra: number } };
    const m = /^Seed article: (EXACT|NOT EXACT)\D*(\d+)\/(\d+) sentences right, (\d+) extra$/m.exec(r.stdout);
    expect(m, 'the seed summary line').not.toBeNull();
    expect({ exact: m![1] === 'EXACT', correct: Number(m![2]), labeled: Number(m![3]), extra: Number(m![4]) }).toEqual({ exact: j.seed.exact, correct: j.seed.correct, labeled: j.seed.labeled, extra: j.seed.extra });
    expect(j.seed.exact).toBe(true);
  }, 300_000);

  it('npm run eval -- --corrections FILE [--json] — scores an exported corrections file; a malformed one is refused with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-readme-corrections-'));
    const good = join(dir, 'corrections.json');
    const sentence = 'Ten separatist fighters were killed, according to a statement released by the military.';
    writeFileSync(good, JSON.stringify({
      format: 'sahel-lens-corrections', version: 1, exported: '2026-12-04T00:00:00.000Z',
      articles: [{ id: 'correction-1', language: 'en', source_url: 'https://news.example/a', sentences: [{ text: sentence, labels: ['figure'], engine_labels: ['party-claim', 'figure'], correction: 'wrong', date: '2026-12-04T00:00:00.000Z' }] }],
    }));
    const text = sh(`npm run eval -- --corrections ${good}`);
    expect(text.status, explain(text)).toBe(0);
    expect(text.stdout).toContain('Engine agrees with the reader on 0 of 1 sentences');
    const json = sh(`npm run --silent eval -- --corrections ${good} --json`);
    expect(json.status, explain(json)).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ sentences: 1, labels: { figure: { tp: 1 }, 'party-claim': { fp: 1 } } });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'sahel-lens-corrections', version: 1, articles: [{ id: 'a', language: 'en', sentences: [{ text: sentence, labels: ['claim'] }] }] }));
    const refused = sh(`npm run eval -- --corrections ${bad}`);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('articles[0].sentences[0].labels[0]: the string "claim" is not a label');
  }, 120_000);

  it('npm run bench:engine — prints its throughput figures', () => {
    const r = sh('npm run bench:engine');
    expect(r.status, explain(r)).toBe(0);
    expect(r.stdout).toMatch(/\d+(\.\d+)? ms/);
  }, 300_000);

  it.skipIf(!realPagesDir())('npm run bench -- --smoke — ends with a JSON summary line of the pages it measured', () => {
    const r = sh('npm run bench -- --smoke', ROOT, 600_000);
    expect(r.status, explain(r)).toBe(0);
    const last = r.stdout.trim().split('\n').pop() ?? '';
    const s = JSON.parse(last) as { bench: string; pages: number; failed: number; ratio: { median: number }; longestTaskMs: { max: number } };
    expect(s.bench).toBe('pages');
    expect(s.pages).toBeGreaterThan(0);
    expect(s.failed).toBe(0);
    expect(s.ratio.median).toBeGreaterThan(0);
    expect(s.longestTaskMs.max).toBeGreaterThan(0);
    // Both browsers, memory over time and idle → first note (issue 16).
    const both = s as unknown as { browsers: string[]; firefox: { pages: number; failed: number; ratio: { median: number } }; memory: Record<string, { annotated: number }>; firstNote: Record<string, { coldMs: { n: number } }> };
    expect(both.browsers).toEqual(['chromium', 'firefox']);
    expect(both.firefox.failed).toBe(0);
    expect(both.firefox.ratio.median).toBeGreaterThan(0);
    for (const b of ['chromium', 'firefox']) {
      expect(both.memory[b]!.annotated, `memory run in ${b}`).toBeGreaterThan(0);
      expect(both.firstNote[b]!.coldMs.n, `first note in ${b}`).toBeGreaterThan(0);
    }
  }, 600_000);
});
