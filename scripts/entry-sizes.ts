/**
 * Gzipped sizes of a built extension's entries, from Vite's build manifest
 * (`.vite/manifest.json`): each entry counted with its static imports, lazy chunks apart.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

interface ViteChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface EntrySize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** The annotator as the background injects it into a page: one classic script (vite.config.ts). */
export const ANNOTATOR_FILE = 'src/content/annotator-script.js';
/** The page's own engine, injected only when the background engine does not answer. */
export const PAGE_ENGINE_FILE = 'src/content/page-engine-script.js';

export interface EntrySizes {
  entries: EntrySize[];
  /** The annotator, injected on pages about the Sahel (or when the reader asks). */
  annotator: EntrySize;
  /** The page's engine, injected only as the fallback. */
  pageEngine: EntrySize;
  /**
   * The always-on content script: the files the built manifest lists under content_scripts
   * (standalone classic scripts with their imports inlined; see vite.config.ts).
   */
  contentAlwaysOn: EntrySize;
}

export function measureEntries(dist: string): EntrySizes {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build manifest at ${manifestPath}: run the build first`);
  const chunks = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ViteChunk>;
  const ext = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };

  const sizeOf = (files: string[]): { raw: number; gzip: number } => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(dist, f));
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const staticClosure = (key: string): string[] => {
    const seen = new Set<string>();
    const stack = [key];
    const files: string[] = [];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      const c = chunks[k];
      if (!c) continue;
      files.push(...[c.file, ...(c.css ?? [])].filter((f) => existsSync(join(dist, f))));
      stack.push(...(c.imports ?? []));
    }
    return files;
  };

  const entries: EntrySize[] = [];
  for (const [key, c] of Object.entries(chunks)) {
    // crxjs's virtual manifest module is an entry with no file of its own.
    if ((!c.isEntry && !c.isDynamicEntry) || !existsSync(join(dist, c.file))) continue;
    const files = staticClosure(key);
    entries.push({ name: `${c.isDynamicEntry ? '(lazy) ' : ''}${c.src ?? key}`, files, ...sizeOf(files) });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));

  const files = [...new Set((ext.content_scripts ?? []).flatMap((s) => s.js ?? []))];
  const contentAlwaysOn = { name: 'content script (always-on)', files, ...sizeOf(files) };
  const injected = (name: string, file: string): EntrySize => {
    const files = existsSync(join(dist, file)) ? [file] : [];
    return { name, files, ...sizeOf(files) };
  };
  const annotator = injected('annotator (injected when needed)', ANNOTATOR_FILE);
  const pageEngine = injected('page engine (injected as fallback)', PAGE_ENGINE_FILE);
  entries.unshift(contentAlwaysOn, annotator, pageEngine);
  return { entries, contentAlwaysOn, annotator, pageEngine };
}
