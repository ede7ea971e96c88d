/**
 * One config, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { buildManifest, type Target } from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: buildManifest(target), browser: target }), contentChunksEverywhere()],
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
      // Vite's modulepreload <link>s would be added to the host page's DOM; the chunks are local.
      modulePreload: false,
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});

/**
 * The content script loads its chunks with a dynamic import of extension URLs, which pages can
 * only do for web-accessible resources. crxjs limits those to the outlet list, but the script
 * also runs on sites the reader adds and on pages annotated once from the popup; so they are
 * made accessible on every http(s) page. (Chrome's `use_dynamic_url` would hide them from
 * probing pages, but Chromium then refuses the chunks' own imports; Firefox's moz-extension
 * origin is random per install anyway.)
 */
function contentChunksEverywhere(): Plugin {
  return {
    name: 'sahel-lens:content-chunks-everywhere',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[]; matches?: string[] }[] };
      const resources = [...new Set((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources))].sort();
      manifest.web_accessible_resources = resources.length ? [{ resources, matches: ['https://*/*', 'http://*/*'] }] : [];
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}
