/**
 * Writes THIRD_PARTY_NOTICES.txt into each build: the license of every npm package whose code
 * ends up in the bundle, found from the bundle's own module list (not from package.json), so a
 * new dependency cannot ship without its notice.
 *
 * Why it ships although the browser does not need it: Preact and zod are MIT, whose one
 * condition is that the notice travels with "all copies or substantial portions" (minification
 * drops their comments); webextension-polyfill is MPL-2.0, which asks that recipients of the
 * executable form be told where its source is (section 3.2). One small text file does both.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** The npm package a module id belongs to (`node_modules/@scope/name/...` → `@scope/name`), or null. */
export function packageOf(id: string): string | null {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/\\/g, '/'));
  return m ? m[1]! : null;
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: string | { url?: string };
  homepage?: string;
}

/** The notices text for `packages`, read from `nodeModules`, sorted by name: the same input gives the same bytes. */
export function noticesText(packages: Iterable<string>, nodeModules: string): string {
  const names = [...new Set(packages)].sort();
  const parts = [
    'Sahel Lens includes code from the following packages, each under its own license.',
    'The source of every package is at its repository and on npmjs.com under the version given.',
    '',
  ];
  for (const name of names) {
    const dir = join(nodeModules, name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const licenseFile = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)).sort()[0];
    if (!pkg.license || !licenseFile) throw new Error(`third-party notices: ${name} has no license field or file`);
    parts.push(
      '='.repeat(78),
      `${pkg.name} ${pkg.version} (${pkg.license})`,
      `source: ${(repo ?? pkg.homepage ?? `https://www.npmjs.com/package/${name}`).replace(/^git\+/, '')}`,
      '='.repeat(78),
      '',
      readFileSync(join(dir, licenseFile), 'utf8').replace(/\r\n?/g, '\n').trimEnd(),
      '',
    );
  }
  return parts.join('\n') + '\n';
}

/** Vite plugin: emits THIRD_PARTY_NOTICES.txt listing the packages in this bundle. */
export function thirdPartyNotices(root: string): Plugin {
  return {
    name: 'sahel-lens:third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Set<string>();
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        for (const id of Object.keys(out.modules)) {
          const p = packageOf(id);
          if (p) packages.add(p);
        }
      }
      const nodeModules = join(root, 'node_modules');
      if (!existsSync(nodeModules)) throw new Error(`third-party notices: no ${nodeModules}`);
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(packages, nodeModules) });
    },
  };
}
