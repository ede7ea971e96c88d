/**
 * Issue 14: the store packages in dist/packages/ (`npm run package` first) hold what the
 * browser needs and nothing else, carry package.json's version, are written the same way every
 * time (sorted entries, one timestamp, mode 0644, no directories), are the current build, and
 * the source package holds what rebuilds them and no tests.
 *
 * That two runs give the same bytes is checked by `npm run package -- --verify` (a step of
 * `npm test`), which rebuilds from the source package.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST, ROOT } from '../e2e/lib/paths.ts';
import { readZip, compareNames, DOS_DATE, DOS_TIME, FILE_MODE, type ZipEntry } from '../../scripts/zip.ts';
import { packageName, shippedFromBuild, SOURCE, TARGETS } from '../../scripts/package.ts';
import { NOTICES_FILE } from '../../scripts/third-party-notices.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
const PACKAGES = join(ROOT, 'dist/packages');
const zipPath = (kind: (typeof TARGETS)[number] | 'source') => join(PACKAGES, packageName(pkg.version, kind));
const packaged = existsSync(zipPath('chrome')) && existsSync(zipPath('firefox')) && existsSync(zipPath('source'));
const entriesOf = (kind: (typeof TARGETS)[number] | 'source'): ZipEntry[] => readZip(readFileSync(zipPath(kind)));

/** Files a browser package may hold, by extension (plus the license notices). */
const ALLOWED = /\.(js|css|html|json|png)$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * Long sentences of the labeled dev corpus: none may appear in a package. The design article
 * (corpus/seed) is left out: the welcome page ships it on purpose, as its live example.
 */
function corpusSentences(): string[] {
  const dir = join(ROOT, 'test/data/corpus/dev');
  const out: string[] = [];
  for (const f of walk(dir).filter((p) => p.endsWith('.txt'))) {
    const text = readFileSync(f, 'utf8');
    const s = text.split(/(?<=[.!?])\s+/).map((x) => x.trim()).filter((x) => x.length > 60 && /^[\w ,.'’-]+$/.test(x));
    out.push(...s.slice(0, 3).map((x) => x.slice(0, 50)));
  }
  return out;
}

it('has been packaged', () => {
  expect(packaged, `no packages in ${PACKAGES}: run \`npm run package\` first`).toBe(true);
});

describe.runIf(packaged).each(TARGETS)('%s package', (target) => {
  const entries = entriesOf(target);
  const names = entries.map((e) => e.name);
  const text = (name: string) => entries.find((e) => e.name === name)!.data.toString('utf8');
  const manifest = JSON.parse(text('manifest.json')) as {
    version: string;
    background: { service_worker?: string; scripts?: string[] };
    browser_specific_settings?: { gecko?: { data_collection_permissions?: { required: string[] } } };
  };

  it("carries package.json's version in its manifest", () => {
    expect(manifest.version).toBe(pkg.version);
  });

  it('is written the same way every time: sorted, one timestamp, mode 0644, made on Unix, no directory entries', () => {
    expect(names).toEqual([...names].sort(compareNames));
    for (const e of entries) {
      expect({ name: e.name, date: e.dosDate, time: e.dosTime, mode: e.externalAttributes >>> 16, os: e.versionMadeBy >> 8 }).toEqual({
        name: e.name,
        date: DOS_DATE,
        time: DOS_TIME,
        mode: FILE_MODE,
        os: 3,
      });
      expect(e.name.endsWith('/')).toBe(false);
    }
  });

  it('holds only files a browser loads: no source maps, TypeScript, tests, fixtures or build metadata', () => {
    const unexpected = names.filter((n) => n !== NOTICES_FILE && !ALLOWED.test(n));
    expect(unexpected).toEqual([]);
    expect(names.filter((n) => /\.map$|\.tsx?$|(^|\/)(test|tests|fixtures?|corpus|\.vite)\//i.test(n))).toEqual([]);
    for (const e of entries.filter((x) => /\.(js|css)$/.test(x.name))) {
      expect(e.data.toString('utf8').includes('sourceMappingURL'), `${e.name} points to a source map`).toBe(false);
    }
  });

  it('holds no file that nothing refers to', () => {
    // Everything the browser loads is named by the manifest, a page or a script; the locales
    // are found by folder, the notices are read by people.
    const all = entries.filter((e) => !e.name.endsWith('.png')).map((e) => e.data.toString('utf8')).join('\n');
    const stray = names.filter((n) => !n.startsWith('_locales/') && n !== 'manifest.json' && n !== NOTICES_FILE).filter((n) => !all.includes(n.split('/').pop()!));
    expect(stray).toEqual([]);
  });

  it('holds no text of the labeled corpus', () => {
    const sentences = corpusSentences();
    expect(sentences.length, 'no corpus sentences found: the check would prove nothing').toBeGreaterThan(20);
    const all = entries.filter((e) => !e.name.endsWith('.png')).map((e) => e.data.toString('utf8')).join('\n');
    expect(sentences.filter((s) => all.includes(s))).toEqual([]);
  });

  it('ships the license notices of the bundled packages', () => {
    const notices = text(NOTICES_FILE);
    for (const dep of Object.keys(pkg.dependencies)) expect(notices, dep).toContain(`${dep} `);
    expect(notices).toContain('(MPL-2.0)');
    expect(notices).toContain('source: https://github.com/mozilla/webextension-polyfill');
  });

  it(`is the current build in dist/${target}, without Vite's build manifest`, () => {
    const dir = join(DIST, target);
    const built = walk(dir).map((p) => relative(dir, p).split(sep).join('/')).filter(shippedFromBuild).sort(compareNames);
    expect(names).toEqual(built);
    for (const e of entries) expect(e.data.equals(readFileSync(join(dir, e.name))), e.name).toBe(true);
  });

  if (target === 'firefox') {
    it('declares that it collects no data, in a background Firefox runs', () => {
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.background.scripts?.length).toBe(1);
      expect(manifest.background.service_worker).toBeUndefined();
    });
  } else {
    it('has a service worker and no Firefox settings', () => {
      expect(manifest.background.service_worker).toBeTruthy();
      expect(manifest.browser_specific_settings).toBeUndefined();
    });
  }
});

describe.runIf(packaged)('source package', () => {
  const entries = entriesOf('source');
  const names = entries.map((e) => e.name);

  it('holds the lockfile, the build guide, the manifest, the build scripts and every source file', () => {
    for (const f of SOURCE.files) expect(names, f).toContain(f);
    const src = walk(join(ROOT, 'src'))
      .map((p) => relative(ROOT, p).split(sep).join('/'))
      .filter((p) => !/\.test\.tsx?$/.test(p));
    expect(src.length).toBeGreaterThan(50);
    expect(src.filter((f) => !names.includes(f))).toEqual([]);
    const guide = entries.find((e) => e.name === 'BUILD.md')!.data.toString('utf8');
    expect(guide).toContain('npm ci && npm run package');
  });

  it('holds no tests, fixtures, corpus or build output', () => {
    expect(names.filter((n) => /^(test|dist|artifacts|node_modules|docs|cli)\/|\.test\.tsx?$/.test(n))).toEqual([]);
  });

  it("carries package.json's version in its manifest.json and package.json", () => {
    const json = (n: string) => JSON.parse(entries.find((e) => e.name === n)!.data.toString('utf8')) as { version: string };
    expect(json('manifest.json').version).toBe(pkg.version);
    expect(json('package.json').version).toBe(pkg.version);
  });
});
