import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/settings/defaults';
import {
  EXPORT_APP,
  MAX_IMPORT_BYTES,
  describeImportError,
  exportFileName,
  exportSettings,
  importSettings,
} from '../../../src/settings/export-import';
import { findJsonErrorOffset, jsonErrorPosition, lineColumn, readJsonText } from '../../../src/settings/json-file';
import type { Settings } from '../../../src/settings/types';

const custom = (): Settings => ({
  ...defaultSettings(),
  enabled: false,
  labels: { unverified: true, 'party-claim': false, figure: true, analyst: false },
  noteLanguage: 'fr',
  disabledSites: ['lemonde.fr', 'afrique.example.org'],
  addedSites: ['www.example.org', 'localhost'],
});

describe('export', () => {
  it('writes a marked, dated, pretty file and a dated file name', () => {
    const now = new Date('2026-03-04T05:06:07Z');
    const text = exportSettings(custom(), now);
    expect(JSON.parse(text)).toEqual({ app: EXPORT_APP, kind: 'settings', exportedAt: '2026-03-04T05:06:07.000Z', settings: custom() });
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\n  "settings": {');
    expect(exportFileName(now)).toBe('sahel-lens-settings-2026-03-04.json');
  });
});

describe('import', () => {
  it('round-trips an export exactly', () => {
    expect(importSettings(exportSettings(custom()))).toEqual({ ok: true, settings: custom() });
    expect(importSettings(exportSettings(defaultSettings()))).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('accepts a bare settings object and a leading BOM', () => {
    expect(importSettings(JSON.stringify(custom()))).toEqual({ ok: true, settings: custom() });
    expect(importSettings(`\uFEFF${exportSettings(custom())}`)).toEqual({ ok: true, settings: custom() });
  });

  it('says where the JSON breaks', () => {
    const r = importSettings('{\n  "a": 1,\n  "b" 2\n}');
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'json') throw new Error('expected a JSON error');
    expect({ line: r.error.line, column: r.error.column }).toEqual({ line: 3, column: 7 });
    expect(describeImportError(r.error)).toMatch(/^The file is not valid JSON \(line 3, column 7\)/);
  });

  it('refuses empty and oversized files', () => {
    expect(importSettings('  \n')).toEqual({ ok: false, error: { kind: 'empty' } });
    const big = importSettings(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(big).toMatchObject({ ok: false, error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 } });
  });

  it('recognises a context pack and other files', () => {
    expect(importSettings(JSON.stringify({ version: '2026.1', entries: [] }))).toEqual({
      ok: false,
      error: { kind: 'not-settings', looksLike: 'context-pack' },
    });
    expect(importSettings(JSON.stringify({ app: 'other', settings: custom() }))).toMatchObject({ error: { looksLike: 'other-app' } });
    expect(importSettings(JSON.stringify({ app: EXPORT_APP, kind: 'pack', entries: [] }))).toMatchObject({ error: { looksLike: 'context-pack' } });
    expect(importSettings('[1,2]')).toMatchObject({ error: { kind: 'not-settings', looksLike: 'unknown' } });
    expect(importSettings('{"hello": 1}')).toMatchObject({ error: { kind: 'not-settings', looksLike: 'unknown' } });
    expect(describeImportError({ kind: 'not-settings', looksLike: 'context-pack' })).toMatch(/context pack/);
  });

  it('names every value at fault, with its path', () => {
    const file = JSON.parse(exportSettings(custom())) as { settings: Record<string, unknown> };
    file.settings.noteLanguage = 'de';
    (file.settings.labels as Record<string, unknown>).figure = 'yes';
    (file.settings.addedSites as unknown[]).push('http://bad');
    const r = importSettings(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'fields') throw new Error('expected field errors');
    expect(r.error.errors.map((e) => e.path)).toEqual(['labels.figure', 'noteLanguage', 'addedSites[2]']);
    expect(describeImportError(r.error)).toBe(
      'The settings file has 3 value(s) at fault: labels.figure: expected true or false, found "yes"; ' +
        'noteLanguage: expected "auto", "en" or "fr", found "de"; ' +
        'addedSites[2]: expected a host name such as "www.example.org", found "http://bad".',
    );
  });

  it('refuses a settings envelope without settings', () => {
    const r = importSettings(JSON.stringify({ app: EXPORT_APP, kind: 'settings' }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'fields', errors: [{ path: 'settings', expected: 'object', got: 'missing' }] } });
  });
});

describe('JSON error positions', () => {
  it('finds the first syntax error itself, in every engine', () => {
    const cases: [string, number | null][] = [
      ['{"a": 1}', null],
      ['  [1, 2.5e3, -0, "x\\u00e9", true, false, null, {}]  ', null],
      ['{"version": "1", "entries": [}', 29],
      ['{"a" 1}', 5],
      ['[1,,2]', 3],
      ['{"a": tru}', 9],
      ['{"a": 01}', 7],
      ['{"a": "x\\q"}', 9],
      ['{"a": 1} x', 9],
      ['{"a": [1, 2', 11],
      ["{'a': 1}", 1],
      ['', 0],
    ];
    for (const [text, offset] of cases) expect(findJsonErrorOffset(text), text).toBe(offset);
  });

  it('turns offsets into lines and columns', () => {
    expect(jsonErrorPosition('{\n  "a": 1,\n  "b" 2\n}', 'whatever')).toEqual({ line: 3, column: 7 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('falls back to the engine message when the scan finds nothing', () => {
    expect(jsonErrorPosition('{}', 'JSON.parse: expected property name at line 4 column 9 of the JSON data')).toEqual({ line: 4, column: 9 });
    expect(jsonErrorPosition('{}', 'Unexpected token in JSON at position 1')).toEqual({ line: 1, column: 2 });
    expect(jsonErrorPosition('{}', 'weird')).toEqual({ line: null, column: null });
  });

  it('parses good JSON', () => {
    expect(readJsonText('{"a":[1]}', 100)).toEqual({ ok: true, value: { a: [1] } });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{"a":[1,{"b":null}]}', '"\\ud83d"', '[1e5, 1E-2, 0.5]', '[.5]', '[1.]', '[+1]', '{"a":1,}', '[1,]', 'nul', '"tab\there"'];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonErrorOffset(text) === null, text).toBe(valid);
    }
  });
});
