/** The two translations: same keys and placeholders, every key the code uses present, manifest keys there. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMessageFrom, loadLocale } from '../settings/fake-browser';

const ROOT = join(import.meta.dirname, '../../..');
const en = loadLocale('en');
const fr = loadLocale('fr');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of ['src/popup', 'src/options', 'src/background', 'src/check']) {
    for (const file of sources(join(ROOT, dir))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:t|msg)\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of code.matchAll(/\bkey: '([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of code.matchAll(/: '((?:label|kind|exp|field|language|status|site|annotate)[A-Z][A-Za-z]+)'/g)) keys.add(m[1]!);
    }
  }
  return keys;
}

describe('locales', () => {
  it('have the same keys and placeholders in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(fr[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      expect(fr[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('use only valid key names and use every placeholder they declare', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message.toLowerCase(), key).toContain(`$${name}$`);
        expect(fr[key]!.message.toLowerCase(), key).toContain(`$${name}$`);
      }
    }
  });

  it('have the keys the manifest names, with a short enough description', () => {
    for (const key of ['extName', 'extDescription', 'commandToggle']) {
      expect(en[key], key).toBeDefined();
    }
    expect(en.extName!.message).toBe('Sahel Lens');
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(fr.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('have every key the popup, options and background use', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('substitute placeholders like the browsers do', () => {
    expect(getMessageFrom(en, 'siteSwitch', ['lemonde.fr'])).toBe('On for lemonde.fr');
    expect(getMessageFrom(fr, 'errField', ['labels.figure', 'true ou false', '"oui"'])).toBe('labels.figure : attendu true ou false, trouvé "oui"');
  });
});
