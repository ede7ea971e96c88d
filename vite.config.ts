/**
 * One config, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox.
 */
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { buildManifest, type Target } from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: buildManifest(target), browser: target })],
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
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
