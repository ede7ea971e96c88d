/**
 * Issue 17: one set of tokens, used everywhere, and WCAG AA contrast computed from them.
 * `contrastPairs()` is also what the README's contrast table is read from (`printContrast`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/engine/types';
import { composite, contrastRatio, parseColor } from '../../../src/ui/contrast';
import { LABEL_ORDER, LABEL_TOKENS, SCHEMES, SURFACES, cssVariables, labelName, themeCss, type Scheme } from '../../../src/ui/tokens';

const ROOT = join(import.meta.dirname, '../../..');
const TOKENS_FILE = 'src/ui/tokens.ts';

/** One pair drawn together, with the ratio WCAG AA asks of it. */
interface Pair {
  scheme: Scheme;
  what: string;
  fg: string;
  bg: string;
  min: 4.5 | 3;
}

/** Every foreground/background pair our UI draws, from the tokens. */
function contrastPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const scheme of SCHEMES) {
    const s = SURFACES[scheme];
    const text = (what: string, fg: string, bg: string) => pairs.push({ scheme, what, fg, bg, min: 4.5 });
    const mark = (what: string, fg: string, bg: string) => pairs.push({ scheme, what, fg, bg, min: 3 });
    const over = (tint: string, bg: string) => {
      const c = composite(parseColor(tint), parseColor(bg));
      return `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
    };
    text('text on background', s.fg, s.bg);
    text('text on soft background (quotes, buttons)', s.fg, s.soft);
    text('secondary text on background', s.muted, s.bg);
    text('secondary text on soft background', s.muted, s.soft);
    text('link on background', s.link, s.bg);
    text('button text on button', s.actionFg, s.action);
    text('open sentence (text on its highlight)', s.activeFg, s.activeBg);
    text('text under the open-sentence box (fallback painter)', s.fg, over(s.activeBox, s.bg));
    mark('focus ring on background', s.focus, s.bg);
    mark('focus ring on soft background', s.focus, s.soft);
    mark('filled button / switch on background', s.action, s.bg);
    for (const l of LABEL_ORDER) {
      const t = LABEL_TOKENS[l];
      text(`${l}: glyph on background (marker, chip)`, t.color[scheme], s.bg);
      text(`${l}: background-coloured glyph on the label colour (open marker, swatch)`, s.bg, t.color[scheme]);
      text(`${l}: text on its highlight tint`, s.fg, over(t.tint[scheme], s.bg));
      mark(`${l}: underline on background`, t.color[scheme], s.bg);
      mark(`${l}: underline on its tint`, t.color[scheme], over(t.tint[scheme], s.bg));
    }
  }
  return pairs;
}

/** UI source files: everything under src/ that can draw (not the engine, the pack or settings). */
function uiFiles(): string[] {
  const skip = new Set(['src/engine', 'src/context', 'src/settings', 'src/shared', 'src/background']);
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const rel = `${dir}/${name}`;
      if (skip.has(rel)) return [];
      if (statSync(join(ROOT, rel)).isDirectory()) return walk(rel);
      return /\.(ts|tsx|css|html)$/.test(name) ? [rel] : [];
    });
  return walk('src').filter((f) => f !== TOKENS_FILE);
}

const COLOUR_LITERAL = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?(?![\w-])|\b(?:rgba?|hsla?)\(\s*\d/gi;
const NAMED_COLOUR = /(?:color|background|border(?:-[a-z]+)?|outline|fill|stroke)\s*:\s*(?:red|orange|purple|blue|green|teal|yellow|gold|pink|violet|indigo|crimson|navy|maroon|olive|black|white|gr[ae]y)\b/gi;
/** Symbol blocks a label glyph would come from: Dingbats, Geometric Shapes, Miscellaneous Symbols. */
const SYMBOL = /[\u2600-\u27bf\u25a0-\u25ff]/gu;

/** What a source file draws that is not a token: colour literals, symbol glyphs, label names. */
export function violations(file: string, code: string): string[] {
  const out: string[] = [];
  const lines = code.split('\n');
  const names = LABELS.flatMap((l) => [LABEL_TOKENS[l].name.en, LABEL_TOKENS[l].name.fr]);
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    for (const m of line.matchAll(COLOUR_LITERAL)) out.push(`${at}: colour literal ${m[0]}`);
    for (const m of line.matchAll(NAMED_COLOUR)) out.push(`${at}: named colour "${m[0]}"`);
    for (const m of line.matchAll(SYMBOL)) out.push(`${at}: glyph ${m[0]}`);
    for (const n of names) if (line.includes(`'${n}'`) || line.includes(`"${n}"`) || line.includes(`>${n}<`)) out.push(`${at}: label name "${n}"`);
  });
  return out;
}

describe('the UI tokens', () => {
  it('give each kind of note its own colour (per scheme), underline, glyph and name in both languages', () => {
    for (const scheme of SCHEMES) expect(new Set(LABELS.map((l) => LABEL_TOKENS[l].color[scheme])).size).toBe(4);
    expect(new Set(LABELS.map((l) => LABEL_TOKENS[l].line)).size).toBe(4);
    expect(new Set(LABELS.map((l) => LABEL_TOKENS[l].glyph)).size).toBe(4);
    for (const lang of ['en', 'fr'] as const) expect(new Set(LABELS.map((l) => labelName(lang, l))).size).toBe(4);
    expect([...LABEL_ORDER].sort()).toEqual([...LABELS].sort());
  });

  it('become CSS custom properties for light and dark', () => {
    expect(cssVariables('light')).toContain('--sl-label-party-claim:#c2410c');
    expect(cssVariables('dark')).toContain('--sl-label-party-claim:#fb923c');
    expect(themeCss(':root')).toMatch(/^:root\{[^}]+\}\n@media \(prefers-color-scheme: dark\)\{:root\{[^}]+\}\}$/);
  });

  it('are the only place a UI file takes a colour, a label glyph or a label name from', () => {
    const files = uiFiles();
    // The scan covers every drawing surface (a new page under src/ is covered without a change here).
    for (const f of ['src/overlay/styles.ts', 'src/overlay/summary.tsx', 'src/popup/popup.css', 'src/options/options.css', 'src/page/highlight.ts', 'src/welcome/welcome.css']) {
      expect(files, f).toContain(f);
    }
    const found = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan catches a stray colour, glyph or name (it can fail)', () => {
    expect(violations('x.css', '.a{color:#ff8800}')).toHaveLength(1);
    expect(violations('x.ts', "const c = 'rgba(0, 0, 0, .2)';")).toHaveLength(1);
    expect(violations('x.css', '.a { background: purple }')).toHaveLength(1);
    expect(violations('x.tsx', '<span>◆</span>')).toHaveLength(1);
    expect(violations('x.ts', "const n = 'Analyst view';")).toHaveLength(1);
    expect(violations('x.ts', 'const ok = `var(--sl-label-figure)`; // #1 not a colour')).toEqual([]);
  });
});

describe('contrast (WCAG AA) computed from the tokens', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrastRatio('#808080', '#ffffff'), 1);
  });

  it('is at least 4.5:1 for text and 3:1 for marks and focus rings, light and dark', () => {
    const pairs = contrastPairs();
    expect(pairs.length).toBeGreaterThan(40);
    const rows = pairs.map((p) => ({ ...p, ratio: Math.round(contrastRatio(p.fg, p.bg) * 100) / 100 }));
    if (process.env.SAHEL_PRINT_CONTRAST) {
      for (const r of rows) console.log(`| ${r.scheme} | ${r.what} | ${r.fg} on ${r.bg} | ${r.ratio.toFixed(2)}:1 | ${r.min}:1 |`);
    }
    const failing = rows.filter((r) => r.ratio < r.min).map((r) => `${r.scheme} ${r.what}: ${r.ratio} < ${r.min}`);
    expect(failing).toEqual([]);
  });

  it('the open sentence in dark mode is readable (it was about 3.5:1)', () => {
    // It sets its own text colour, so the page's text colour no longer decides its contrast.
    expect(contrastRatio(SURFACES.dark.activeFg, SURFACES.dark.activeBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(SURFACES.light.activeFg, SURFACES.light.activeBg)).toBeGreaterThanOrEqual(4.5);
  });
});
