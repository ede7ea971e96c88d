/**
 * Build-time check of the built-in context pack: `npx tsx scripts/validate-pack.ts`.
 * Exits 1 with one line per fault, each naming the entry and the field; prints a summary
 * (entries per kind, source size) when the pack is valid.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PACK } from '../src/context/pack.ts';
import { formatFault, validatePack } from '../src/context/schema.ts';

const here = dirname(fileURLToPath(import.meta.url));
const result = validatePack(BUILTIN_PACK, { requireKnownIds: true });
if (!result.ok) {
  console.error(`context pack: ${result.errors.length} fault(s)`);
  for (const f of result.errors) console.error(`  ${formatFault(f)}`);
  process.exit(1);
}

const byKind = new Map<string, number>();
for (const e of result.pack.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
const dir = resolve(here, '..', 'src', 'context', 'pack');
let bytes = 0;
for (const f of readdirSync(dir)) bytes += statSync(join(dir, f)).size;
const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`context pack ${result.pack.version}: ${result.pack.entries.length} entries (${kinds}); data ${(bytes / 1024).toFixed(1)} KB`);
