/**
 * `npm run bench:engine` — how fast the claim engine is, in Node.
 *
 * - Real pages (../shared/fixtures/real-pages or $SAHEL_REAL_PAGES): the crude visible text of
 *   each page, annotated twice — as the content script would (topic gate on) and forced (every
 *   detector runs). Throughput in characters per millisecond, and the worst page.
 * - Dev corpus articles, forced.
 * - A 10,000-character article (corpus text), and the cost ratio of 1 MB to 100 kB (linear
 *   cost means about 10; the target is at most 12).
 * Every figure is the fastest of several runs after a warm-up: on a shared machine the slower
 * runs measure the neighbours and the garbage collector, not the engine (the median is shown
 * too). The JIT compiles hot code on the first runs; the first, cold run is reported separately.
 */
import { pathToFileURL } from 'node:url';
import { annotate } from '../src/engine/annotate.ts';
import { topicGate } from '../src/engine/topic.ts';
import type { ArticleText } from '../src/engine/types.ts';
import { articleFromParagraphs } from './lib/article.ts';
import { loadCorpus } from './lib/corpus.ts';
import { loadRealPages, realPagesDir } from './lib/real-pages.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function runs(f: () => unknown, n: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return xs;
}

/** Fastest of `n` runs. */
function time(f: () => unknown, n: number): number {
  return Math.min(...runs(f, n));
}

/** An article of about `n` characters made of corpus paragraphs (repeated as needed). */
function sized(paragraphs: string[], n: number): ArticleText {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(p);
    len += p.length + 2;
  }
  return articleFromParagraphs(out);
}

const fmt = (x: number) => x.toFixed(2);

function main(): void {
  const corpus = loadCorpus();
  const enParas = corpus.filter((a) => a.language === 'en').flatMap((a) => a.article.text.split('\n\n'));
  // Warm-up: compile the lexicons and let the JIT see the code.
  const tCold = performance.now();
  const cold = annotate(sized(enParas, 10_000), { force: true });
  const coldMs = performance.now() - tCold;
  for (let i = 0; i < 20; i++) for (const a of corpus) annotate(a.article, { force: true });

  console.log('Sahel Lens engine benchmark (Node ' + process.version + ')\n');

  // Real pages.
  const pages = loadRealPages();
  if (!pages) {
    console.log(`Real pages: not found at ${realPagesDir()} (set SAHEL_REAL_PAGES) — skipped.`);
  } else {
    let chars = 0;
    let gatedMs = 0;
    let forcedMs = 0;
    let worst = { name: '', ms: 0, chars: 0 };
    let flagged = 0;
    for (const p of pages) {
      const a = p.article;
      chars += a.text.length;
      gatedMs += time(() => annotate(a), 3);
      const f = time(() => annotate(a, { force: true }), 3);
      forcedMs += f;
      if (f > worst.ms) worst = { name: p.name, ms: f, chars: a.text.length };
      if (annotate(a).aboutSahel) flagged++;
    }
    console.log(`Real pages: ${pages.length} pages, ${(chars / 1000).toFixed(0)} k characters of visible text`);
    console.log(`  topic gate on (as in the browser): ${fmt(gatedMs)} ms total, ${(chars / gatedMs).toFixed(0)} chars/ms; pages judged about the Sahel: ${flagged}`);
    console.log(`  forced (all detectors):            ${fmt(forcedMs)} ms total, ${(chars / forcedMs).toFixed(0)} chars/ms`);
    console.log(`  worst page (forced): ${worst.name}, ${worst.chars} chars, ${fmt(worst.ms)} ms`);
  }

  // Dev corpus.
  let cChars = 0;
  let cMs = 0;
  let cWorst = { id: '', ms: 0, chars: 0 };
  for (const a of corpus) {
    const ms = time(() => annotate(a.article, { force: true }), 9);
    cChars += a.article.text.length;
    cMs += ms;
    if (ms > cWorst.ms) cWorst = { id: a.id, ms, chars: a.article.text.length };
  }
  console.log(`\nCorpus (seed + dev): ${corpus.length} articles, ${cChars} chars, ${fmt(cMs)} ms, ${(cChars / cMs).toFixed(0)} chars/ms; worst ${cWorst.id} (${cWorst.chars} chars) ${fmt(cWorst.ms)} ms`);

  // Sizes.
  const a10k = sized(enParas, 10_000);
  const r10k = runs(() => annotate(a10k, { force: true }), 31);
  console.log(`\n10,000-character article: ${fmt(Math.min(...r10k))} ms fastest, ${fmt(median(r10k))} ms median (target < 5 ms); first cold run ${fmt(coldMs)} ms, ${cold.claims.length} claims`);
  const a100k = sized(enParas, 100_000);
  const a1m = sized(enParas, 1_000_000);
  // Interleaved rounds, so that both sizes run under the same machine load and garbage
  // collector state; the fastest run of each size is the cost.
  const r100k: number[] = [];
  const r1m: number[] = [];
  for (let round = 0; round < 6; round++) {
    r100k.push(...runs(() => annotate(a100k, { force: true }), 2));
    r1m.push(...runs(() => annotate(a1m, { force: true }), 1));
  }
  const ms100k = Math.min(...r100k);
  const ms1m = Math.min(...r1m);
  console.log(`100 kB: ${fmt(ms100k)} ms; 1 MB: ${fmt(ms1m)} ms; ratio 1 MB / 100 kB = ${(ms1m / ms100k).toFixed(2)} (target ≤ 12; medians ${fmt(median(r100k))} / ${fmt(median(r1m))} ms)`);
  const t100k = runs(() => topicGate({ text: a100k.text }), 31);
  console.log(`Topic gate alone on 100 kB: ${fmt(Math.min(...t100k))} ms fastest, ${fmt(median(t100k))} ms median (target < 1 ms)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
