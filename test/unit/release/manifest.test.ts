/**
 * The top-level manifest.json is the base of both builds: package.json's version, the outlet
 * list as its standing access, and the Firefox differences applied by scripts/manifest.ts only.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_MANIFEST, buildManifest, checkBaseManifest, DATA_COLLECTION_PERMISSIONS } from '../../../scripts/manifest.ts';
import { OUTLET_MATCH_PATTERNS } from '../../../src/settings/outlets.ts';
import { GECKO_ID } from '../../../src/shared/extension-ids.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('manifest.json (the shared base)', () => {
  it('is the one manifest source, at the top level', () => {
    expect(existsSync(join(ROOT, 'manifest.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'manifest.config.ts'))).toBe(false);
  });

  it("has package.json's version and the outlet list as host permissions and content-script matches", () => {
    expect(BASE_MANIFEST.version).toBe(pkg.version);
    expect(BASE_MANIFEST.host_permissions).toEqual([...OUTLET_MATCH_PATTERNS]);
    expect(BASE_MANIFEST.content_scripts[0]!.matches).toEqual([...OUTLET_MATCH_PATTERNS]);
    expect(checkBaseManifest()).toEqual([]);
  });

  it('stops the build on a version or outlet mismatch', () => {
    expect(checkBaseManifest({ ...BASE_MANIFEST, version: '9.9.9' })).toEqual([`manifest.json version 9.9.9 is not package.json's ${pkg.version}`]);
    const fewer = { ...BASE_MANIFEST, host_permissions: BASE_MANIFEST.host_permissions.slice(1) };
    expect(checkBaseManifest(fewer).join('\n')).toMatch(/host_permissions differ/);
    expect(() => buildManifest('chrome', { ...BASE_MANIFEST, version: '0.0.0' })).toThrow(/version/);
  });

  it('builds Chrome from the base as it is', () => {
    expect(buildManifest('chrome')).toEqual(BASE_MANIFEST);
  });

  it('builds Firefox with background scripts and the gecko settings, and nothing else changed', () => {
    const ff = buildManifest('firefox') as unknown as Record<string, unknown>;
    expect(ff.background).toEqual({ scripts: [BASE_MANIFEST.background.service_worker], type: 'module' });
    expect(ff.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
    const { background: _b, browser_specific_settings: _s, ...rest } = ff;
    const { background: _b2, ...baseRest } = BASE_MANIFEST;
    expect(rest).toEqual(baseRest);
    expect(DATA_COLLECTION_PERMISSIONS).toEqual({ required: ['none'] });
  });
});
