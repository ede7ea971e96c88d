import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defaultSettings } from '../../../src/settings/defaults';
import {
  MAX_SITES,
  migrate,
  normalizeHostname,
  parseSettingsStrict,
  parseStoredSettings,
  storedForm,
  type Migration,
} from '../../../src/settings/schema';

const good = () => ({
  version: SETTINGS_VERSION,
  enabled: false,
  labels: { unverified: true, 'party-claim': false, figure: true, analyst: false },
  noteLanguage: 'fr',
  disabledSites: ['lemonde.fr'],
  addedSites: ['www.example.org'],
});

describe('defaults', () => {
  it('pass the strict schema and are not shared between copies', () => {
    expect(parseSettingsStrict(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: defaultSettings() });
    const a = defaultSettings();
    a.labels.figure = false;
    a.addedSites.push('x.org');
    expect(defaultSettings().labels.figure).toBe(true);
    expect(defaultSettings().addedSites).toEqual([]);
  });
});

describe('parseStoredSettings (lenient, field-level reset)', () => {
  it('gives the defaults for nothing stored, reporting nothing and writing nothing', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: defaultSettings(), reset: [], migratedFrom: null, changed: false });
  });

  it('does not reset the fields of a newer version, and says what to keep', () => {
    const r = parseStoredSettings({ ...good(), version: SETTINGS_VERSION + 1, theme: 'sepia' });
    expect(r.reset).toEqual([]);
    expect(r.changed).toBe(false);
    expect(r.settings).toEqual(good());
    expect(r.newer).toEqual({ version: SETTINGS_VERSION + 1, fields: { theme: 'sepia' } });
    expect(storedForm(r.settings, r)).toEqual({ ...good(), version: SETTINGS_VERSION + 1, theme: 'sepia' });
    // The current version's own unknown fields are still corrupt, and nothing is kept.
    const current = parseStoredSettings({ ...good(), theme: 'sepia' });
    expect(current.reset).toEqual(['theme']);
    expect(current.newer).toBeUndefined();
    expect(storedForm(current.settings, current)).toEqual(good());
  });

  it('keeps valid settings as they are', () => {
    const r = parseStoredSettings(good());
    expect(r.settings).toEqual(good());
    expect(r.reset).toEqual([]);
    expect(r.changed).toBe(false);
  });

  it('resets a corrupt note language only', () => {
    const r = parseStoredSettings({ ...good(), noteLanguage: 'de' });
    expect(r.reset).toEqual(['noteLanguage']);
    expect(r.settings).toEqual({ ...good(), noteLanguage: 'auto' });
    expect(r.changed).toBe(true);
  });

  it('resets one corrupt label and keeps the other labels', () => {
    const raw = good();
    (raw.labels as Record<string, unknown>).figure = 'yes';
    const r = parseStoredSettings(raw);
    expect(r.reset).toEqual(['labels.figure']);
    expect(r.settings.labels).toEqual({ unverified: true, 'party-claim': false, figure: true, analyst: false });
    expect(r.settings.enabled).toBe(false);
  });

  it('resets the labels object when it is not an object', () => {
    const r = parseStoredSettings({ ...good(), labels: 'all' });
    expect(r.reset).toEqual(['labels']);
    expect(r.settings.labels).toEqual(DEFAULT_SETTINGS.labels);
    expect(r.settings.noteLanguage).toBe('fr');
  });

  it('drops unknown fields and unknown labels, naming them', () => {
    const r = parseStoredSettings({ ...good(), theme: 'dark', labels: { ...good().labels, rumour: true } });
    expect(r.reset.sort()).toEqual(['labels.rumour', 'theme']);
    expect(r.settings).toEqual(good());
    expect('theme' in r.settings).toBe(false);
  });

  it('drops only the bad entries of a site list', () => {
    const r = parseStoredSettings({ ...good(), addedSites: ['www.example.org', 42, 'bad host!', 'news.example.net'] });
    expect(r.reset).toEqual(['addedSites[1]', 'addedSites[2]']);
    expect(r.settings.addedSites).toEqual(['www.example.org', 'news.example.net']);
    expect(r.settings.disabledSites).toEqual(['lemonde.fr']);
  });

  it('resets a site list that is not a list', () => {
    const r = parseStoredSettings({ ...good(), disabledSites: { 0: 'a.org' } });
    expect(r.reset).toEqual(['disabledSites']);
    expect(r.settings.disabledSites).toEqual([]);
    expect(r.settings.addedSites).toEqual(['www.example.org']);
  });

  it('normalises host names (case, trailing dot, duplicates) without calling it a reset', () => {
    const r = parseStoredSettings({ ...good(), addedSites: ['WWW.Example.org.', 'www.example.org'] });
    expect(r.settings.addedSites).toEqual(['www.example.org']);
    expect(r.reset).toEqual([]);
  });

  it('caps a site list at MAX_SITES and reports it', () => {
    const many = Array.from({ length: MAX_SITES + 3 }, (_, i) => `site${i}.example.org`);
    const r = parseStoredSettings({ ...good(), addedSites: many });
    expect(r.settings.addedSites).toHaveLength(MAX_SITES);
    expect(r.reset).toEqual(['addedSites']);
  });

  it('resets every field when the stored value is not an object', () => {
    for (const junk of [null, 'settings', 42, ['enabled']]) {
      const r = parseStoredSettings(junk);
      expect(r.settings).toEqual(defaultSettings());
      expect(r.reset).toEqual(['enabled', 'labels', 'noteLanguage', 'disabledSites', 'addedSites']);
    }
  });

  it('resets a corrupt version but keeps the fields', () => {
    const r = parseStoredSettings({ ...good(), version: 'one' });
    expect(r.reset).toEqual(['version']);
    expect(r.settings).toEqual(good());
    expect(r.migratedFrom).toBeNull();
  });

  it('migrates the unversioned v0 object (the first popup switch) and fills new fields', () => {
    const r = parseStoredSettings({ enabled: false });
    expect(r.migratedFrom).toBe(0);
    expect(r.reset).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.settings).toEqual({ ...defaultSettings(), enabled: false });
  });

  it('reads a newer version field by field without reporting it', () => {
    const r = parseStoredSettings({ ...good(), version: SETTINGS_VERSION + 5 });
    expect(r.settings).toEqual(good());
    expect(r.reset).toEqual([]);
  });

  it('fills a field missing from a current-version object silently', () => {
    const { noteLanguage: _drop, ...rest } = good();
    const r = parseStoredSettings(rest);
    expect(r.settings.noteLanguage).toBe('auto');
    expect(r.reset).toEqual([]);
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { from: 0, note: 'v1', migrate: (raw) => ({ ...raw, version: 1 }) },
    { from: 1, note: 'v2: language → noteLanguage', migrate: ({ language, ...raw }) => ({ ...raw, noteLanguage: language }) },
    { from: 2, note: 'v3: sites → disabledSites', migrate: ({ sites, ...raw }) => ({ ...raw, disabledSites: sites }) },
  ];

  it('chains steps from the stored version to the target', () => {
    const { raw, from } = migrate({ version: 1, language: 'en', sites: ['a.org'] }, steps, 3);
    expect(from).toBe(1);
    expect(raw).toEqual({ version: 3, noteLanguage: 'en', disabledSites: ['a.org'] });
  });

  it('treats a missing version as 0 and leaves newer versions alone', () => {
    expect(migrate({ language: 'fr' }, steps, 3).raw).toEqual({ version: 3, noteLanguage: 'fr', disabledSites: undefined });
    expect(migrate({ version: 9, x: 1 }, steps, 3)).toEqual({ raw: { version: 9, x: 1 }, from: 9 });
  });

  it('does not mutate its input', () => {
    const input = { version: 1, language: 'en' };
    migrate(input, steps, 3);
    expect(input).toEqual({ version: 1, language: 'en' });
  });
});

describe('parseSettingsStrict (import)', () => {
  it('accepts complete valid settings', () => {
    expect(parseSettingsStrict(good())).toEqual({ ok: true, settings: good() });
  });

  it('reports every value at fault with its path', () => {
    const r = parseSettingsStrict({
      ...good(),
      enabled: 'yes',
      labels: { ...good().labels, figure: 1, bogus: true },
      addedSites: ['ok.org', 'not a host'],
      extra: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'enabled', expected: 'boolean', got: '"yes"' },
      { path: 'labels.figure', expected: 'boolean', got: '1' },
      { path: 'labels.bogus', expected: 'known-field', got: 'true' },
      { path: 'addedSites[1]', expected: 'hostname', got: '"not a host"' },
      { path: 'extra', expected: 'known-field', got: '1' },
    ]);
  });

  it('requires every field of the current version', () => {
    const { labels: _l, ...rest } = good();
    const r = parseSettingsStrict(rest);
    expect(r).toEqual({ ok: false, errors: [{ path: 'labels', expected: 'present', got: 'missing' }] });
  });

  it('accepts an older version with fewer fields (migrated, defaults filled)', () => {
    const r = parseSettingsStrict({ enabled: false });
    expect(r).toEqual({ ok: true, settings: { ...defaultSettings(), enabled: false } });
  });

  it('refuses a newer version and a corrupt version', () => {
    expect(parseSettingsStrict({ ...good(), version: SETTINGS_VERSION + 1 })).toEqual({
      ok: false,
      errors: [{ path: 'version', expected: 'newer-version', got: String(SETTINGS_VERSION + 1) }],
    });
    expect(parseSettingsStrict({ ...good(), version: -1 })).toMatchObject({ ok: false, errors: [{ path: 'version', expected: 'version' }] });
  });

  it('refuses a non-object', () => {
    expect(parseSettingsStrict([])).toMatchObject({ ok: false, errors: [{ path: 'settings', expected: 'object' }] });
  });
});

describe('normalizeHostname', () => {
  it('accepts URL.hostname forms and refuses the rest', () => {
    expect(normalizeHostname('WWW.LeMonde.fr')).toBe('www.lemonde.fr');
    expect(normalizeHostname('localhost')).toBe('localhost');
    expect(normalizeHostname('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeHostname('xn--80ak6aa92e.com')).toBe('xn--80ak6aa92e.com');
    for (const bad of ['', 'a b.org', 'https://x.org', 'x.org/path', '-x.org', 'x..org', 3, null, 'x.org:8080']) {
      expect(normalizeHostname(bad)).toBeNull();
    }
  });
});
