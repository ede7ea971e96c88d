/**
 * `web-ext lint` on the Firefox package as uploaded (the zip, not dist/firefox), with the
 * addons.mozilla.org rules (no --self-hosted). Fails on any error, and on any warning that is
 * not one of the known ones below, each explained in the README ("Releasing"): a new warning
 * must be read and explained before it ships. Run after `npm run package`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { packageName } from './package.ts';
import { readZip } from './zip.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface KnownWarning {
  code: string;
  file: RegExp;
  message: RegExp;
  /**
   * What the flagged file holds, when its name alone cannot say which code it is: Rollup names a
   * shared chunk after one of its modules, and that name changes as the code around it does.
   */
  content?: RegExp;
  /** Short reason; the README says it at length. */
  why: string;
}

/** The warnings addons-linter gives on our package, and why each is safe. */
export const KNOWN_WARNINGS: KnownWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // A shared chunk of the extension pages, and the annotator (one classic script, Preact inlined).
    file: /^(?:assets\/[\w-]+|src\/content\/annotator-script)\.js$/,
    message: /innerHTML/,
    content: /dangerouslySetInnerHTML/,
    why: "Preact's dangerouslySetInnerHTML code path, which Sahel Lens never uses",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^assets\/[\w-]+\.js$/,
    message: /Function constructor/,
    content: /try\{return Function\(``\),!0\}catch/,
    why: "zod's feature test `new Function('')` in a try/catch; the extension CSP forbids it, so zod runs without it",
  },
];

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zip = join(ROOT, 'dist/packages', packageName(version, 'firefox'));
  if (!existsSync(zip)) {
    console.error(`no ${relative(ROOT, zip)}: run \`npm run package\` first`);
    process.exit(1);
  }
  const r = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', zip, '--no-config-discovery', '--output', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let out: { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    out = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    console.error(`web-ext lint gave no JSON report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const files = new Map(readZip(readFileSync(zip)).map((e) => [e.name, e.data.toString('utf8')]));
  const line = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`;
  console.log(`web-ext lint ${relative(ROOT, zip)}: ${out.summary.errors} errors, ${out.summary.warnings} warnings, ${out.summary.notices} notices`);
  let ok = out.summary.errors === 0;
  for (const m of out.errors) console.log(`  error    ${line(m)}`);
  for (const m of out.warnings) {
    const known = KNOWN_WARNINGS.find(
      (k) => k.code === m.code && k.file.test(m.file ?? '') && k.message.test(m.message) && (!k.content || k.content.test(files.get(m.file ?? '') ?? '')),
    );
    const explained = known !== undefined && readme.includes(m.code);
    if (!explained) ok = false;
    console.log(`  warning  ${line(m)}\n           ${explained ? `known: ${known.why}` : known ? `known, but ${m.code} is not explained in the README (Releasing)` : 'NEW: read it, then add it to KNOWN_WARNINGS and explain it in the README (Releasing)'}`);
  }
  for (const m of out.notices) console.log(`  notice   ${line(m)}`);
  process.exit(ok ? 0 : 1);
}
