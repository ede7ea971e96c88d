/**
 * One config, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox.
 */
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { buildManifest, type Target } from './scripts/manifest.ts';
import { thirdPartyNotices } from './scripts/third-party-notices.ts';
import { ANNOTATOR_FILE, PAGE_ENGINE_FILE } from './scripts/entry-sizes.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      // The always-on content script is one classic script with its imports inlined: no module
      // loader to fetch and evaluate on every page (see src/content/index.ts).
      // The annotator is built the same way (src/background/annotator-file.ts, `?script&iife`): the
      // background injects it with scripting.executeScript, so no file needs to be web-accessible.
      crx({ manifest: buildManifest(target), browser: target, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
      noWebAccessibleFiles(),
      // The licenses of the npm packages bundled in (see scripts/third-party-notices.ts).
      thirdPartyNotices(import.meta.dirname),
    ],
    build: {
      // SAHEL_LENS_DIST lets a second build (e.g. a benchmark) go elsewhere than dist/.
      outDir: `${process.env.SAHEL_LENS_DIST ?? 'dist'}/${target}`,
      emptyOutDir: true,
      // .vite/manifest.json: scripts/entry-sizes.ts measures each entry from it.
      manifest: true,
      // Extension code is read by reviewers; keep it minified but with names.
      minify: true,
      sourcemap: false,
      target: target === 'firefox' ? 'firefox142' : 'chrome120',
      // The annotator and the background hold the engine and the context pack.
      chunkSizeWarningLimit: 400,
      rollupOptions: {
        // The welcome page (issue 17) and the check page (issue 15) are extension pages that are
        // opened with tabs.create, so no manifest key names them.
        input: { welcome: 'src/welcome/index.html', check: 'src/check/index.html' },
        // No content hashes in file names: an extension's files are never cached by URL, and a
        // hash would follow the absolute path of the checkout (crxjs names the annotator's
        // placeholder after it), so two checkouts would not build the same bytes.
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
      },
      // Vite's modulepreload <link>s would be added to the host page's DOM; the chunks are local.
      modulePreload: false,
    },
    // SAHEL_LENS_INSTRUMENT=1: the benchmark's instrumented build (src/page/instrument.ts); never a release.
    define: { __SAHEL_LENS_INSTRUMENT__: JSON.stringify(process.env.SAHEL_LENS_INSTRUMENT === '1') },
    legacy: { skipWebSocketTokenCheck: true },
  };
});

const CONTENT_SCRIPT = 'src/content/index.ts';
/** The scripts the background injects (sources), and their classic-script builds. */
const INJECTED: Readonly<Record<string, string>> = {
  'src/content/annotator-script.ts': ANNOTATOR_FILE,
  'src/content/page-engine-script.ts': PAGE_ENGINE_FILE,
};

/**
 * A page can load (and so detect) any web-accessible extension file. None of ours needs to be:
 * the annotator and the page engine are injected with scripting.executeScript. crxjs lists every
 * `?script` file as web-accessible whoever imports it, so after the build this drops the manifest
 * key — and fails if it lists anything else, rather than ship a file a page could probe or a
 * feature that relied on it. It also deletes crxjs's unused ES-module twins of their entries, and
 * the chunks only the twins import (each classic script is built on its own; nothing loads them).
 */
function noWebAccessibleFiles(): Plugin {
  return {
    name: 'sahel-lens:no-web-accessible-files',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? '';
      const manifestFile = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      const listed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
      const files = Object.values(INJECTED);
      const unexpected = listed.filter((r) => !files.includes(r));
      if (unexpected.length) throw new Error(`no-web-accessible-files: the build made ${unexpected.join(', ')} web-accessible`);
      for (const f of files) if (!existsSync(join(dir, f))) throw new Error(`no-web-accessible-files: ${f} is not in the build`);
      delete manifest.web_accessible_resources;
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      // The twins, and the chunks only they import.
      type Chunk = { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
      const chunks = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
      const reach = (roots: string[]): Set<string> => {
        const seen = new Set<string>();
        const stack = [...roots];
        while (stack.length) {
          const key = stack.pop() as string;
          if (seen.has(key) || !chunks[key]) continue;
          seen.add(key);
          stack.push(...(chunks[key].imports ?? []), ...(chunks[key].dynamicImports ?? []));
        }
        return seen;
      };
      const twins = Object.keys(INJECTED).filter((k) => chunks[k]);
      const kept = reach(Object.keys(chunks).filter((k) => (chunks[k]?.isEntry || chunks[k]?.isDynamicEntry) && !twins.includes(k)));
      for (const key of reach(twins)) {
        const file = chunks[key]?.file;
        if (!kept.has(key) && file && existsSync(join(dir, file))) rmSync(join(dir, file));
      }
    },
  };
}
