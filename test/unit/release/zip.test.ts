/**
 * scripts/zip.ts: the same files give the same bytes whatever their order, every entry has the
 * fixed timestamp and mode, the archive reads back (with our reader and, when installed, Info-ZIP's
 * `unzip -t`), and bad names are refused.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, DOS_DATE, DOS_TIME, FILE_MODE, readZip, writeZip } from '../../../scripts/zip.ts';

const files = [
  { name: 'manifest.json', data: Buffer.from('{"name":"x"}\n'.repeat(50)) },
  { name: 'assets/a.js', data: Buffer.from('console.log("a");') },
  { name: 'icons/i.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]) },
  { name: '_locales/fr/messages.json', data: Buffer.from('{"x":{"message":"Éléments non vérifiés"}}') },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

describe('zip writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('gives the same bytes for the same files in any order', () => {
    const a = writeZip(files);
    const b = writeZip([...files].reverse());
    expect(a.equals(b)).toBe(true);
    const changed = writeZip([...files.slice(1), { name: 'manifest.json', data: Buffer.from('{}') }]);
    expect(changed.equals(a)).toBe(false);
  });

  it('reads back every file, sorted by name, with the fixed date, mode and no directory entries', () => {
    const entries = readZip(writeZip(files));
    expect(entries.map((e) => e.name)).toEqual(['_locales/fr/messages.json', 'assets/a.js', 'empty.txt', 'icons/i.png', 'manifest.json']);
    for (const e of entries) {
      const original = files.find((f) => f.name === e.name)!;
      expect(e.data.equals(original.data), e.name).toBe(true);
      expect([e.dosDate, e.dosTime, e.externalAttributes >>> 16, e.versionMadeBy >> 8]).toEqual([DOS_DATE, DOS_TIME, FILE_MODE, 3]);
    }
    // The repetitive manifest is deflated; the tiny "PNG" would grow, so it is stored.
    expect(entries.find((e) => e.name === 'manifest.json')!.method).toBe(8);
    expect(entries.find((e) => e.name === 'icons/i.png')!.method).toBe(0);
  });

  it('detects a corrupted entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello hello') }]);
    const bad = Buffer.from(zip);
    // Flip a byte of the stored or deflated body (after the 30-byte local header and the 5-byte name).
    bad[36] = bad[36]! ^ 0xff;
    expect(() => readZip(bad)).toThrow();
  });

  it('refuses names that would escape the folder or repeat', () => {
    for (const name of ['/abs.txt', '../up.txt', 'a/../../b', 'dir/', 'back\\slash', '']) {
      expect(() => writeZip([{ name, data: Buffer.from('x') }]), name).toThrow(/bad entry name/);
    }
    expect(() => writeZip([files[0]!, files[0]!])).toThrow(/duplicate/);
  });

  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  it.runIf(unzip.status === 0)("passes Info-ZIP's own test (unzip -t)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-lens-zip-'));
    try {
      const path = join(dir, 't.zip');
      writeFileSync(path, writeZip(files));
      const r = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
      expect(r.stdout).toContain('No errors detected');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
