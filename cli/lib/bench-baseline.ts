/**
 * The page benchmark's baseline: "one bare TreeWalker pass that collects the page's text, the
 * least work any annotator must do". Any annotator in a browser extension does it from a content
 * script — compiled cold, run once at document_idle in the extension's isolated world — so the
 * baseline is exactly that: a minimal extension whose only content script is the pass, loaded in
 * a Chromium of its own, traced and measured the same way as ours (cli/lib/bench-trace.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Attribute the pass sets on <html> when done, so the benchmark knows it ran. */
export const BASELINE_DONE_ATTRIBUTE = 'data-sl-baseline-chars';

const MANIFEST = {
  manifest_version: 3,
  name: 'TreeWalker baseline (Sahel Lens benchmark)',
  version: '1.0.0',
  content_scripts: [{ matches: ['https://*/*', 'http://*/*'], js: ['baseline.js'], run_at: 'document_idle' }],
};

const PASS = `(() => {
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);
  document.documentElement.setAttribute(${JSON.stringify(BASELINE_DONE_ATTRIBUTE)}, String(parts.join('').length));
})();
`;

/** Writes the baseline extension to a temporary folder; `remove` deletes it. */
export function writeBaselineExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-lens-bench-baseline-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'baseline.js'), PASS);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
