/**
 * One config, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { buildManifest, type Target } from './scripts/manifest.ts';
import { thirdPartyNotices } from './scripts/third-party-notices.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      // The always-on content script is one classic script with its imports inlined: no module
      // loader to fetch and evaluate on every page (see src/content/index.ts).
      crx({ manifest: buildManifest(target), browser: target, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
      linkAnnotator(),
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
      // The overlay and engine chunks load lazily from the content script.
      chunkSizeWarningLimit: 400,
      rollupOptions: {
        // The annotator is loaded by the always-on script with import(runtime.getURL(...)).
        // The welcome page (issue 17) and the check page (issue 15) are extension pages that are
        // opened with tabs.create, so no manifest key names them.
        input: { annotator: ANNOTATOR_SOURCE, welcome: 'src/welcome/index.html', check: 'src/check/index.html' },
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
const ANNOTATOR_SOURCE = 'src/content/annotator.ts';
/** The string in the built content script that stands for the annotator's file name. */
const ANNOTATOR_PLACEHOLDER = '__SAHEL_LENS_ANNOTATOR_MODULE__';

interface ViteChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * Links the standalone content script to the annotator module after the build: writes the
 * annotator's hashed file name over the placeholder in the content script, and makes the
 * annotator and every chunk it imports web-accessible. Pages can only import extension files
 * that are web-accessible; the content script runs on the listed outlets, on sites the reader
 * adds and on pages annotated once from the popup, so they are accessible on every http(s)
 * page. (Chrome's `use_dynamic_url` would hide them from probing pages, but Chromium then
 * refuses the chunks' own imports; Firefox's moz-extension origin is random per install.)
 * Fails the build when a piece is missing, rather than ship a content script that cannot load.
 */
function linkAnnotator(): Plugin {
  return {
    name: 'sahel-lens:link-annotator',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? '';
      const chunks = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteChunk>;
      const annotator = chunks[ANNOTATOR_SOURCE];
      if (!annotator) throw new Error(`link-annotator: ${ANNOTATOR_SOURCE} is not in the build manifest`);
      const accessible = new Set<string>();
      const stack = [ANNOTATOR_SOURCE];
      const seen = new Set<string>();
      while (stack.length) {
        const key = stack.pop() as string;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = chunks[key];
        if (!c) continue;
        accessible.add(c.file);
        for (const css of c.css ?? []) accessible.add(css);
        stack.push(...(c.imports ?? []), ...(c.dynamicImports ?? []));
      }

      const manifestFile = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
        content_scripts?: { js?: string[] }[];
        web_accessible_resources?: { resources: string[]; matches?: string[] }[];
      };
      const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
      let linked = 0;
      for (const script of scripts) {
        const path = join(dir, script);
        const code = readFileSync(path, 'utf8');
        if (!code.includes(ANNOTATOR_PLACEHOLDER)) continue;
        writeFileSync(path, code.split(ANNOTATOR_PLACEHOLDER).join(annotator.file));
        linked++;
      }
      if (linked === 0) throw new Error(`link-annotator: no content script (${scripts.join(', ')}) holds ${ANNOTATOR_PLACEHOLDER}`);
      const resources = [...new Set([...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources), ...accessible])].sort();
      manifest.web_accessible_resources = [{ resources, matches: ['https://*/*', 'http://*/*'] }];
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    },
  };
}
