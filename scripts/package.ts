/**
 * `npm run package`: builds both browsers and writes the store packages to dist/packages/:
 *
 *   sahel-lens-<version>-chrome.zip    upload to the Chrome Web Store
 *   sahel-lens-<version>-firefox.zip   upload to addons.mozilla.org
 *   sahel-lens-<version>-source.zip    the source addons.mozilla.org asks for: it rebuilds the
 *                                      two packages byte for byte (BUILD.md says how)
 *   SHA256SUMS
 *
 * and unpacks the two browser zips to dist/unpacked/<chrome|firefox>, so the end-to-end tests
 * can run against exactly what is uploaded (SAHEL_LENS_DIST=$PWD/dist/unpacked).
 *
 * `npm run package -- --verify` then rebuilds everything from the source zip alone, in a fresh
 * temporary folder (node_modules linked from here, so no second install), and fails unless the
 * three zips come out byte-identical: the reproducibility check of `npm test`. It proves the
 * source zip is complete, and that the build depends neither on the folder it runs in nor on
 * the run (file order, timestamps, permissions are fixed by scripts/zip.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readZip, writeZip, type ZipInput } from './zip.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const TARGETS = ['chrome', 'firefox'] as const;
export type PackageKind = (typeof TARGETS)[number] | 'source';

/** The file name of one package. */
export function packageName(version: string, kind: PackageKind): string {
  return `sahel-lens-${version}-${kind}.zip`;
}

/** What a browser package leaves out of the build folder: Vite's build manifest (read by `npm run build`'s size report only). */
export function shippedFromBuild(rel: string): boolean {
  return !rel.startsWith('.vite/');
}

/**
 * What the source package holds: what `npm ci && npm run package` needs, and the documents a
 * reviewer reads. No tests, no corpus, no end-to-end harness: none of it goes into the build.
 */
export const SOURCE = {
  files: [
    'BUILD.md',
    'CHANGELOG.md',
    'LICENSE',
    'PRIVACY.md',
    'manifest.json',
    'package-lock.json',
    'package.json',
    'scripts/build.ts',
    'scripts/entry-sizes.ts',
    'scripts/manifest.ts',
    'scripts/package.ts',
    'scripts/third-party-notices.ts',
    'scripts/validate-pack.ts',
    'scripts/zip.ts',
    'tsconfig.json',
    'vite.config.ts',
  ],
  dirs: ['_locales', 'icons', 'src'],
} as const;

/** Files under `dir` (relative, forward slashes), recursively. */
function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, base));
    else out.push(relative(base, p).split(sep).join('/'));
  }
  return out;
}

/** Tracked files when `root` is a git checkout (so stray local files never ship), else null. */
function gitTracked(root: string): Set<string> | null {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (resolve(top) !== resolve(root)) return null;
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    return null;
  }
}

/** The source package's file list, relative to `root`, sorted. Test files inside src/ stay out. */
export function sourceFiles(root: string): string[] {
  const tracked = gitTracked(root);
  const files: string[] = [...SOURCE.files];
  for (const d of SOURCE.dirs) files.push(...walk(join(root, d)).map((f) => `${d}/${f}`));
  return files
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .filter((f) => tracked === null || tracked.has(f))
    .filter((f) => existsSync(join(root, f)))
    .sort();
}

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export interface Written {
  kind: PackageKind;
  file: string;
  bytes: number;
  sha256: string;
}

/** Builds both browsers in `root` and writes the three packages; returns what it wrote. */
export function makePackages(root: string, env: NodeJS.ProcessEnv = process.env): { dist: string; written: Written[] } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dist = resolve(root, env.SAHEL_LENS_DIST ?? 'dist');
  // Packages are release builds: never the benchmark's instrumented one (src/page/instrument.ts).
  if (env.SAHEL_LENS_INSTRUMENT) throw new Error('package: SAHEL_LENS_INSTRUMENT is set; packages are release builds only');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit', env });

  const outDir = join(dist, 'packages');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written: Written[] = [];
  const write = (kind: PackageKind, inputs: ZipInput[]) => {
    const zip = writeZip(inputs);
    const file = join(outDir, packageName(pkg.version, kind));
    writeFileSync(file, zip);
    written.push({ kind, file, bytes: zip.length, sha256: sha256(zip) });
    return zip;
  };

  for (const target of TARGETS) {
    const dir = join(dist, target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== pkg.version) throw new Error(`${target} manifest version ${manifest.version} is not package.json's ${pkg.version}`);
    const names = walk(dir).filter(shippedFromBuild);
    const zip = write(target, names.map((name) => ({ name, data: readFileSync(join(dir, name)) })));
    // The unpacked copy comes from the zip's bytes, so tests that load it load what is uploaded.
    const unpacked = join(dist, 'unpacked', target);
    rmSync(unpacked, { recursive: true, force: true });
    for (const e of readZip(zip)) {
      mkdirSync(dirname(join(unpacked, e.name)), { recursive: true });
      writeFileSync(join(unpacked, e.name), e.data);
    }
  }
  write('source', sourceFiles(root).map((name) => ({ name, data: readFileSync(join(root, name)) })));
  writeFileSync(join(outDir, 'SHA256SUMS'), written.map((w) => `${w.sha256}  ${relative(outDir, w.file)}\n`).join(''));
  return { dist, written };
}

function report(title: string, written: Written[]): void {
  console.log(`\n${title}`);
  for (const w of written) console.log(`  ${w.sha256}  ${(w.bytes / 1024).toFixed(1).padStart(7)} KB  ${relative(ROOT, w.file)}`);
}

/** Unpacks the source zip in a fresh folder, runs `npm run package` there, compares the hashes. */
function verify(first: Written[]): boolean {
  const source = first.find((w) => w.kind === 'source')!;
  const tmp = mkdtempSync(join(tmpdir(), 'sahel-lens-rebuild-'));
  try {
    for (const e of readZip(readFileSync(source.file))) {
      mkdirSync(dirname(join(tmp, e.name)), { recursive: true });
      writeFileSync(join(tmp, e.name), e.data);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    const env = { ...process.env };
    delete env.SAHEL_LENS_DIST;
    console.log(`\nrebuilding from ${relative(ROOT, source.file)} in ${tmp}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], { cwd: tmp, stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error('the rebuild from the source package failed');
      return false;
    }
    const second = first.map((w) => {
      const file = join(tmp, 'dist/packages', relative(dirname(w.file), w.file));
      const buf = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      return { ...w, file, bytes: buf.length, sha256: existsSync(file) ? sha256(buf) : '(missing)' };
    });
    console.log('\nrun 2 (from the source package):');
    for (const w of second) console.log(`  ${w.sha256}  ${(w.bytes / 1024).toFixed(1).padStart(7)} KB  ${relative(tmp, w.file)}`);
    const differ = first.filter((w, i) => w.sha256 !== second[i]!.sha256).map((w) => w.kind);
    if (differ.length) {
      console.error(`\nNOT reproducible: ${differ.join(', ')} differ between the two runs`);
      return false;
    }
    console.log('\nreproducible: the three packages are byte-identical in both runs');
    return true;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { written } = makePackages(ROOT);
  report('run 1:', written);
  const tracked = gitTracked(ROOT);
  if (tracked) {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...SOURCE.files, ...SOURCE.dirs], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty) console.warn(`\nnote: uncommitted changes in the packaged sources; a release is made from a clean commit:\n${dirty}`);
  }
  if (process.argv.includes('--verify') && !verify(written)) process.exit(1);
}
