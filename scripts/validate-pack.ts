/**
 * Build-time check of the built-in context pack: `npx tsx scripts/validate-pack.ts`.
 * Reads `src/context/builtin-pack.json` from disk and validates it exactly as a reader's own
 * pack is validated (src/context/schema.ts), plus the cross-entry checks a merged pack gets
 * (every related / country / trackedBy id known). Exits 1 with one line per fault, each naming
 * the entry and the field; prints a summary (entries per kind, file size) when the pack is valid.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PACK_FILE } from '../src/context/pack.ts';
import { formatFault, validatePack } from '../src/context/schema.ts';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(here, '..', BUILTIN_PACK_FILE);
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`context pack: ${BUILTIN_PACK_FILE} is not valid JSON: ${(e as Error).message}`);
  process.exit(1);
}
const result = validatePack(raw, { requireKnownIds: true });
if (!result.ok) {
  console.error(`context pack: ${result.errors.length} fault(s) in ${BUILTIN_PACK_FILE}`);
  for (const f of result.errors) console.error(`  ${formatFault(f)}`);
  process.exit(1);
}

const byKind = new Map<string, number>();
for (const e of result.pack.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`context pack ${result.pack.version}: ${result.pack.entries.length} entries (${kinds}); ${BUILTIN_PACK_FILE} ${(statSync(file).size / 1024).toFixed(1)} KB`);
