import { readFileSync } from 'node:fs';
import { BUILTIN_PACK, builtinIndex } from './src/context/pack.ts';
import { resolveGoldName } from './cli/lib/entity-eval.ts';
const md = readFileSync('/work/shared/context/SAHEL-CONTEXT.md', 'utf8');
const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const mdn = norm(md);
const N = Number(process.env.N ?? 7);
for (const e of BUILTIN_PACK.entries) for (const lang of ['en', 'fr'] as const) {
  const w = norm(e.description[lang]).split(' ');
  for (let i = 0; i + N <= w.length; i++) { const g = w.slice(i, i + N).join(' '); if (mdn.includes(g)) { console.log('SHINGLE', e.id, lang, '|', g); } }
}
// coverage of headings in sections 1-4
const sec = md.split('\n## ');
for (const s of sec) {
  if (!/^[1-4]\./.test(s)) continue;
  for (const m of s.matchAll(/^### (.+)$/gm)) {
    const t = m[1]!;
    const cands = [t, t.replace(/\s*\([^)]*\)/g, ''), ...[...t.matchAll(/\(([^)]*)\)/g)].map(x => x[1]!), ...t.split(/\s+\/\s+|\s+—\s+|\s+and\s+/).map(x => x.replace(/\s*\([^)]*\)/g, ''))];
    const ids = new Set(cands.map(c => resolveGoldName(builtinIndex(), c.trim())).filter(Boolean));
    if (!ids.size) console.log('UNCOVERED', t); 
  }
}
