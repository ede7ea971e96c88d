/**
 * What a release needs besides the packages: the privacy policy covers every permission and
 * agrees with Firefox's data_collection_permissions, the license is MIT, the changelog has this
 * version, and the README explains every web-ext lint warning the lint step accepts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_MANIFEST, buildManifest } from '../../../scripts/manifest.ts';
import { KNOWN_WARNINGS } from '../../../scripts/lint-package.ts';
import { OUTLETS } from '../../../src/settings/outlets.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string; dependencies: Record<string, string> };

describe('PRIVACY.md', () => {
  const privacy = read('PRIVACY.md');

  it('says what it reads, stores where, and that it sends nothing', () => {
    expect(privacy).toMatch(/## What it reads/);
    expect(privacy).toMatch(/## What it stores/);
    expect(privacy).toMatch(/settings, in `storage\.sync`/);
    expect(privacy).toMatch(/own context pack, in `storage\.local`/);
    expect(privacy).toMatch(/## What it sends\s+Nothing, to no one\./);
    expect(privacy).toContain(`Version ${pkg.version}`);
  });

  it('gives a reason for every permission and host permission of the manifest, and names every outlet', () => {
    const table = privacy.slice(privacy.indexOf('## Permissions'));
    for (const p of BASE_MANIFEST.permissions) expect(table, p).toMatch(new RegExp(`^\\| \`${p}\` \\| .{20,}`, 'm'));
    expect(table).toMatch(/^\| `host_permissions`.{40,}/m);
    expect(table).toMatch(/^\| `optional_host_permissions`.{40,}/m);
    for (const o of OUTLETS) expect(privacy, o.host).toContain(o.host);
    expect(privacy).toContain(`${OUTLETS.length} outlets`);
  });

  it("agrees with Firefox's data_collection_permissions (none)", () => {
    const ff = buildManifest('firefox') as unknown as { browser_specific_settings: { gecko: { data_collection_permissions: { required: string[]; optional?: string[] } } } };
    const dcp = ff.browser_specific_settings.gecko.data_collection_permissions;
    expect(dcp.required).toEqual(['none']);
    expect(dcp.optional ?? []).toEqual([]);
    expect(privacy).toContain('`data_collection_permissions: none`');
  });
});

describe('license, changelog, README', () => {
  it('is MIT, in LICENSE and package.json', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(pkg.license).toBe('MIT');
  });

  it("has a changelog entry for package.json's version", () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')} — \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('explains every accepted web-ext lint warning in the Releasing section, and the license choice', () => {
    const readme = read('README.md');
    const releasing = readme.slice(readme.indexOf('## Releasing'));
    expect(readme.indexOf('## Releasing')).toBeGreaterThan(0);
    expect(KNOWN_WARNINGS.length).toBeGreaterThan(0);
    for (const w of KNOWN_WARNINGS) expect(releasing, w.code).toMatch(new RegExp(`^\\| \`${w.code}\` .{60,}`, 'm'));
    const license = readme.slice(readme.indexOf('## License'));
    for (const dep of Object.keys(pkg.dependencies)) expect(license, dep).toMatch(new RegExp(dep.replace(/-/g, '.'), 'i'));
  });
});
