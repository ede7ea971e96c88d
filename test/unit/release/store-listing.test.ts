/**
 * The store listings (store/listing.en.md, listing.fr.md): every field the stores ask for is
 * there and within their limits, the summary is the manifest's description in that language,
 * every permission of the manifest has its reason, and the committed screenshots are 1280×800.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_MANIFEST } from '../../../scripts/manifest.ts';
import { pngSize } from '../../e2e/lib/png.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const LANGS = ['en', 'fr'] as const;

/** `## Heading` sections of a Markdown file (and `### ` subsections, keyed "Heading/Sub"). */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  let h2 = '';
  let key = '';
  for (const line of md.split('\n')) {
    const m2 = /^## (.+)$/.exec(line);
    const m3 = /^### (.+)$/.exec(line);
    if (m2) {
      h2 = m2[1]!.trim();
      key = h2;
      out.set(key, '');
    } else if (m3 && h2) {
      key = `${h2}/${m3[1]!.trim()}`;
      out.set(key, '');
    } else if (key) {
      out.set(key, `${out.get(key)}${line}\n`);
    }
  }
  for (const [k, v] of out) out.set(k, v.trim());
  return out;
}

describe.each(LANGS)('store listing (%s)', (lang) => {
  const file = join(ROOT, `store/listing.${lang}.md`);
  const s = sections(readFileSync(file, 'utf8'));
  const messages = JSON.parse(readFileSync(join(ROOT, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  const field = (name: string) => {
    const v = s.get(name);
    expect(v, `${file}: no "${name}" section`).toBeTruthy();
    return v!;
  };

  it('names the extension as its manifest does (AMO: at most 50 characters)', () => {
    expect(field('Name')).toBe(messages.extName!.message);
    expect(field('Name').length).toBeLessThanOrEqual(50);
  });

  it('has a one-line summary under 132 characters, the manifest description in this language', () => {
    const summary = field('Summary');
    expect(summary.includes('\n')).toBe(false);
    expect(summary.length).toBeLessThan(132);
    expect(summary.length).toBeGreaterThan(40);
    expect(summary).toBe(messages.extDescription!.message);
  });

  it('has a description within the stores limits that says it sends nothing', () => {
    const d = field('Description');
    expect(d.length).toBeGreaterThan(600);
    expect(d.length).toBeLessThanOrEqual(16_000);
    expect(d).toMatch(lang === 'en' ? /no network request/ : /aucune requête réseau/);
  });

  it('names a category on each store', () => {
    const c = field('Category');
    expect(c).toMatch(/Chrome Web Store.*News & Weather/);
    expect(c).toMatch(/addons\.mozilla\.org.*Feeds, News & Blogging/);
  });

  it("has the Chrome form's single purpose, a reason for every permission, remote code and data usage (at most 1000 characters each)", () => {
    const keys = ['Single purpose', ...BASE_MANIFEST.permissions.map((p) => `Permission justifications/${p}`), 'Permission justifications/Host permissions', 'Permission justifications/Remote code', 'Data usage'];
    expect(BASE_MANIFEST.permissions.length).toBeGreaterThan(0);
    for (const k of keys) {
      const v = field(k);
      expect(v.length, k).toBeGreaterThan(40);
      expect(v.length, k).toBeLessThanOrEqual(1000);
    }
    // No justification for a permission the manifest does not ask for.
    const justified = [...s.keys()].filter((k) => k.startsWith('Permission justifications/')).map((k) => k.split('/')[1]!);
    expect(justified.sort()).toEqual([...BASE_MANIFEST.permissions, 'Host permissions', 'Remote code'].sort());
  });

  it('gives the reviewers the build command of the source package', () => {
    expect(field('Notes to reviewers')).toContain('npm ci && npm run package');
  });
});

describe('committed store screenshots', () => {
  for (const store of ['chrome', 'firefox']) {
    it(`${store}: light and dark, English and French articles and the popup, each 1280×800`, () => {
      const dir = join(ROOT, 'store/screenshots', store);
      expect(existsSync(dir), dir).toBe(true);
      const names = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
      expect(names).toEqual(['1-article-en-light.png', '2-article-en-dark.png', '3-article-fr-light.png', '4-article-fr-dark.png', '5-popup-en-light.png']);
      for (const n of names) expect(pngSize(readFileSync(join(dir, n))), n).toEqual({ width: 1280, height: 800 });
    });
  }
});
