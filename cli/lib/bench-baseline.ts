/**
 * The page benchmark's baseline: "one bare TreeWalker pass that collects the page's text, the
 * least work any annotator must do". Any annotator in a browser extension does it from a content
 * script — compiled cold, run once at document_idle in the extension's isolated world — so the
 * baseline is exactly that: a minimal extension whose only content script is the pass, loaded in
 * a browser of its own and measured the same way as ours. In Chromium it is traced like ours
 * (cli/lib/bench-trace.ts). In Firefox it times itself the way the instrumented build times our
 * script (src/page/instrument.ts): from its first statement to the end of the microtasks that
 * follow it, and leaves the figure on <html> for the benchmark.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MICROTASK_GENERATIONS } from '../../src/page/instrument.ts';

/** Attribute the pass sets on <html> when done, so the benchmark knows it ran (the number of characters). */
export const BASELINE_DONE_ATTRIBUTE = 'data-sl-baseline-chars';
/** Attribute with the pass's own timing (ms), read in Firefox. */
export const BASELINE_MS_ATTRIBUTE = 'data-sl-baseline-ms';

/** The Firefox add-on id of the baseline extension. */
export const BASELINE_GECKO_ID = 'treewalker-baseline@sahel-lens.test';

const MANIFEST = {
  manifest_version: 3,
  name: 'TreeWalker baseline (Sahel Lens benchmark)',
  version: '1.0.0',
  content_scripts: [{ matches: ['https://*/*', 'http://*/*'], js: ['baseline.js'], run_at: 'document_idle' }],
};

const FIREFOX_MANIFEST = {
  ...MANIFEST,
  host_permissions: ['https://*/*', 'http://*/*'],
  browser_specific_settings: { gecko: { id: BASELINE_GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
};

/** The content script: the pass, its own timing, and the attributes. */
export const PASS = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);
  const chars = parts.join('').length;
  let g = 0;
  const step = () => {
    if (++g < ${MICROTASK_GENERATIONS}) return queueMicrotask(step);
    const ms = performance.now() - t0;
    document.documentElement.setAttribute(${JSON.stringify(BASELINE_MS_ATTRIBUTE)}, String(ms));
    document.documentElement.setAttribute(${JSON.stringify(BASELINE_DONE_ATTRIBUTE)}, String(chars));
  };
  queueMicrotask(step);
})();
`;

/** Writes the baseline extension (Chromium and Firefox manifests) to a temporary folder; `remove` deletes it. */
export function writeBaselineExtension(): { dir: string; firefoxDir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'sahel-lens-bench-baseline-'));
  const dir = join(root, 'chrome');
  const firefoxDir = join(root, 'firefox');
  for (const [d, m] of [[dir, MANIFEST], [firefoxDir, FIREFOX_MANIFEST]] as const) {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'manifest.json'), JSON.stringify(m, null, 2));
    writeFileSync(join(d, 'baseline.js'), PASS);
  }
  return { dir, firefoxDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
