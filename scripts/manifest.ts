/**
 * The manifest both builds start from is `manifest.json` at the top level, written as Chrome
 * reads it (with source paths: crxjs swaps in the built files). This module applies the
 * per-browser differences, and nothing else:
 *
 * - chrome: the base as it is;
 * - firefox: `background.service_worker` becomes `background.scripts` (Firefox runs MV3
 *   backgrounds as event pages), and `browser_specific_settings.gecko` is added (add-on id,
 *   minimum version, `data_collection_permissions: none`, see PRIVACY.md).
 *
 * `checkBaseManifest` keeps the base honest: the version is package.json's, and the standing
 * host access is exactly the outlet list of src/settings/outlets.ts. The build stops otherwise.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import base from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import { OUTLET_MATCH_PATTERNS } from '../src/settings/outlets.ts';
import { GECKO_ID } from '../src/shared/extension-ids.ts';

export type Target = 'chrome' | 'firefox';

/** Firefox 142 is the first release that accepts `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '142.0';

/** What Firefox's data-collection consent form shows: Sahel Lens collects and sends nothing. */
export const DATA_COLLECTION_PERMISSIONS = { required: ['none'] } as const;

/** The shape of manifest.json this module relies on (the rest passes through untouched). */
export interface BaseManifest {
  version: string;
  background: { service_worker: string; type?: string };
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  [key: string]: unknown;
}

export const BASE_MANIFEST = base as unknown as BaseManifest;

/** Problems with the base manifest, one line each; empty when it is fine. */
export function checkBaseManifest(m: BaseManifest = BASE_MANIFEST, version: string = pkg.version): string[] {
  const faults: string[] = [];
  if (m.version !== version) faults.push(`manifest.json version ${m.version} is not package.json's ${version}`);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(m.host_permissions, OUTLET_MATCH_PATTERNS)) {
    faults.push('manifest.json host_permissions differ from OUTLET_MATCH_PATTERNS (src/settings/outlets.ts)');
  }
  for (const [i, cs] of m.content_scripts.entries()) {
    if (!same(cs.matches, OUTLET_MATCH_PATTERNS)) faults.push(`manifest.json content_scripts[${i}].matches differ from OUTLET_MATCH_PATTERNS`);
  }
  if (!m.background?.service_worker) faults.push('manifest.json has no background.service_worker');
  return faults;
}

/** The manifest for one browser: the base with that browser's differences applied. */
export function buildManifest(target: Target, m: BaseManifest = BASE_MANIFEST): ManifestV3Export {
  const faults = checkBaseManifest(m);
  if (faults.length) throw new Error(`manifest.json:\n  ${faults.join('\n  ')}`);
  const copy = structuredClone(m);
  if (target === 'chrome') return copy as unknown as ManifestV3Export;
  const { service_worker, ...restOfBackground } = copy.background;
  return {
    ...copy,
    background: { ...restOfBackground, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: DATA_COLLECTION_PERMISSIONS,
      },
    },
  } as unknown as ManifestV3Export;
}
