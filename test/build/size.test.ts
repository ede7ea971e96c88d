/**
 * What runs on every listed page must be small: the always-on content script (one standalone
 * classic script, its imports inlined) stays within 50 KB gzipped, and the heavy parts (the
 * engine's lexicons, the context pack, Preact, webextension-polyfill) are only in lazy chunks.
 *
 * Reads the built extension (dist/, or $SAHEL_LENS_DIST): `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ANNOTATOR_FILE, measureEntries, PAGE_ENGINE_FILE, type EntrySizes } from '../../scripts/entry-sizes.ts';
import { DIST } from '../e2e/lib/paths.ts';

const BUDGET_GZIP = 50 * 1024;
const TARGETS = ['chrome', 'firefox'] as const;

/** Strings that only a given heavy part contains; the part is present when `all` of a set are in a file. */
interface MarkerSet {
  part: string;
  /** Any one of these groups found (every string of the group in one file) means the part is there. */
  groups: string[][];
}

/** A run of at least `min` characters that survives minification verbatim (ASCII, no quotes or escapes). */
function safeRun(s: string, min: number): string | null {
  const m = new RegExp(`[A-Za-z0-9 ,.;:()/-]{${min},}`).exec(s);
  return m ? m[0].slice(0, 40).trim() : null;
}

/** Every string inside a nested value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

async function markerSets(): Promise<MarkerSet[]> {
  const { BUILTIN_PACK } = await import('../../src/context/pack.ts');
  const { EN } = await import('../../src/engine/lexicon/en.ts');
  const { FR } = await import('../../src/engine/lexicon/fr.ts');
  const pack = BUILTIN_PACK.entries
    .map((e) => safeRun(e.description.en, 30))
    .filter((s): s is string => s !== null && s.length >= 30)
    .slice(0, 25);
  // Plain multi-word phrases of the lexicons (no regular-expression syntax), e.g. verification formulae.
  const lexicon = [...new Set([...strings(EN), ...strings(FR)])]
    // Three words or more: a two-word phrase ("security forces") may also be topic-gate vocabulary.
    .filter((s) => /^[a-z][a-z ,-]{14,}$/.test(s) && s.split(' ').length >= 3)
    .slice(0, 40);
  return [
    { part: 'Preact', groups: [['dangerouslySetInnerHTML', 'foreignObject']] },
    { part: 'webextension-polyfill', groups: [['This script should only be loaded in a browser extension']] },
    { part: 'context pack', groups: pack.map((s) => [s]) },
    { part: 'engine lexicons', groups: lexicon.map((s) => [s]) },
  ];
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (/\.m?js$/.test(name)) out.push(p);
  }
  return out;
}

/** The marker groups found in a text. */
function found(text: string, set: MarkerSet): string[] {
  return set.groups.filter((g) => g.every((s) => text.includes(s))).map((g) => g.join(' + '));
}

describe.each(TARGETS)('build size (%s)', (target) => {
  const dist = join(DIST, target);
  const built = existsSync(join(dist, 'manifest.json'));
  let sizes: EntrySizes | null = null;
  const sizesOf = () => (sizes ??= measureEntries(dist));

  it('has been built', () => {
    expect(built, `no build at ${dist}: run \`npm run build\` first`).toBe(true);
  });

  it.runIf(built)('keeps the always-on content script within 50 KB gzipped', () => {
    const a = sizesOf().contentAlwaysOn;
    const detail = `${(a.gzip / 1024).toFixed(1)} KB gz (${(a.raw / 1024).toFixed(1)} KB raw) in ${a.files.join(', ')}`;
    console.log(`${target}: always-on content script ${detail}`);
    expect(a.files.length, 'the content script entry was not found in the build manifest').toBeGreaterThan(0);
    expect(a.gzip, `always-on content script: ${detail}, budget ${BUDGET_GZIP / 1024} KB`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it.runIf(built)('ships the always-on content script and the annotator as classic scripts, and no web-accessible file', () => {
    const { contentAlwaysOn, annotator, pageEngine } = sizesOf();
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    // A page can load, and so detect, any web-accessible file: there must be none.
    expect(manifest.web_accessible_resources, 'the manifest lists web_accessible_resources').toBeUndefined();
    expect(annotator.files, `the annotator (${ANNOTATOR_FILE}) is not in the build`).toEqual([ANNOTATOR_FILE]);
    console.log(`${target}: annotator ${(annotator.gzip / 1024).toFixed(1)} KB gz (${(annotator.raw / 1024).toFixed(1)} KB raw)`);
    expect(annotator.gzip, 'annotator over 200 KB gzipped').toBeLessThanOrEqual(200 * 1024);
    expect(pageEngine.files, `the page engine (${PAGE_ENGINE_FILE}) is not in the build`).toEqual([PAGE_ENGINE_FILE]);
    for (const f of [...contentAlwaysOn.files, ...annotator.files, ...pageEngine.files]) {
      const code = readFileSync(join(dist, f), 'utf8');
      // No static import or export, no dynamic import: each runs as a classic script, with no module loader.
      expect(/(^|[;}\n])\s*(import\s*[{*\w]|export\s)/.test(code), `${f} has static imports or exports`).toBe(false);
      expect(/\bimport\(/.test(code), `${f} has a dynamic import`).toBe(false);
    }
    // The background names both files for scripting.executeScript.
    for (const file of [ANNOTATOR_FILE, PAGE_ENGINE_FILE]) {
      const naming = jsFiles(dist).filter((p) => readFileSync(p, 'utf8').includes(file));
      expect(naming.length, `no built file names ${file}`).toBeGreaterThan(0);
    }
  });

  it.runIf(built)('loads the engine lexicons, the context pack and Preact only lazily', async () => {
    const sets = await markerSets();
    const alwaysOn = sizesOf().contentAlwaysOn.files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    const all = jsFiles(dist).map((p) => ({ path: relative(dist, p), text: readFileSync(p, 'utf8') }));
    for (const set of sets) {
      expect(set.groups.length, `no marker strings for ${set.part}`).toBeGreaterThan(0);
      // The markers must be real: the part is somewhere in the build (a lazy chunk or another entry).
      const where = all.filter((f) => found(f.text, set).length > 0).map((f) => f.path);
      expect(where.length, `${set.part}: none of its marker strings is in the build, the check would prove nothing`).toBeGreaterThan(0);
      expect(found(alwaysOn, set), `${set.part} is in the always-on content script (found in the build at ${where.join(', ')})`).toEqual([]);
    }
  });
});
