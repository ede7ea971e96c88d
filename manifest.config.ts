/**
 * The typed manifest: one shared base, with the per-browser parts applied here so
 * `vite.config.ts` can build `dist/chrome` and `dist/firefox` from one source tree.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { OUTLET_MATCH_PATTERNS } from './src/settings/outlets.ts';
import pkg from './package.json' with { type: 'json' };
import { GECKO_ID } from './src/shared/extension-ids.ts';

export type Target = 'chrome' | 'firefox';

/** Firefox 142 is the first release that accepts `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '142.0';

export function buildManifest(target: Target): ManifestV3Export {
  const base = {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: 'Sahel Lens',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // storage: settings; activeTab + scripting: "Annotate this page" on a site outside the list;
    // contextMenus: "Check with Sahel Lens" on a selection.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...OUTLET_MATCH_PATTERNS],
    // "Add this site" asks for one host at that moment.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [
      {
        matches: [...OUTLET_MATCH_PATTERNS],
        js: ['src/content/index.ts'],
        run_at: 'document_idle' as const,
      },
    ],
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  };
  if (target === 'chrome') {
    return { ...base, background: { service_worker: 'src/background/index.ts', type: 'module' as const } };
  }
  return {
    ...base,
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}
