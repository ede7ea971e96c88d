/**
 * Runs axe-core in a page on parts of Sahel Lens's overlay (inside its shadow root). axe is
 * injected from node_modules as source text, so no network and no extension change is needed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  summary: string;
}

let source: string | undefined;

function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Scans the overlay elements matching each selector (selectors inside the shadow root of
 * `<sahel-lens-overlay>`) and returns every violation. Throws when a selector matches nothing.
 */
export async function axeOverlay(page: TestPage, selectors: string[]): Promise<AxeViolation[]> {
  await page.evaluate((src) => {
    // The library's own source from node_modules, run once in the page's main world.
    // eslint-disable-next-line no-eval
    if (!(globalThis as { axe?: unknown }).axe) (0, eval)(src);
  }, axeSource());
  return page.evaluate(async (sels) => {
    const host = document.querySelector('sahel-lens-overlay');
    const root = host?.shadowRoot;
    for (const s of sels) if (!root?.querySelector(s)) throw new Error(`axe: nothing matches ${s} in the overlay`);
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    // axe lays out its colour-contrast grid from document.body only, and the overlay's host
    // sits on <html>, outside the page's body: without this move every contrast check of the
    // overlay comes back "incomplete". The host is absolutely placed at (0, 0) of the initial
    // containing block either way, so nothing moves on screen.
    const parent = host!.parentNode!;
    const next = host!.nextSibling;
    const bodyStatic = getComputedStyle(document.body).position === 'static';
    if (bodyStatic) document.body.append(host!);
    try {
      // Re-inserting restarts the cards' 0.14 s fade-in, and a headless tab that paints no
      // frames may never advance it: jump to the end state, which axe would otherwise skip as
      // transparent.
      for (const a of [...root!.children].flatMap((el) => el.getAnimations({ subtree: true }))) a.finish();
      const res = await axe.run({ include: sels.map((s) => ({ fromShadowDom: ['sahel-lens-overlay', s] })) }, { resultTypes: ['violations'] });
      return res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
        summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      }));
    } finally {
      if (bodyStatic) parent.insertBefore(host!, next);
    }
  }, selectors);
}
