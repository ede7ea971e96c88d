/**
 * A small, deterministic zip writer (and the reader the checks use), on node:zlib alone.
 *
 * Why our own: the packages must be byte-identical from run to run and from machine to machine,
 * so every field a zip tool fills from the environment is fixed here: entries in byte order of
 * their names, one timestamp (1980-01-01 00:00, the zip epoch), regular files with mode 0644
 * "made by" Unix, no directory entries, no extra fields (no uid/gid or extended timestamps), no
 * comment. Deflate is zlib's raw deflate at level 9; an entry that would not shrink (the PNG
 * icons) is stored. That is all of the format the stores need, in about a hundred lines we
 * can read, where the npm zip libraries each bring their own defaults to pin down (archiver's
 * and zip-dir's timestamps, jszip's directory entries and dates).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipInput {
  /** Path inside the archive, with forward slashes, no leading slash. */
  name: string;
  data: Buffer;
}

export interface ZipEntry extends ZipInput {
  method: number;
  dosTime: number;
  dosDate: number;
  /** High 16 bits: the Unix mode. */
  externalAttributes: number;
  versionMadeBy: number;
  flags: number;
}

/** 1980-01-01 00:00:00 in MS-DOS format: the earliest date a zip can hold, the same for every entry. */
export const DOS_DATE = (0 << 9) | (1 << 5) | 1;
export const DOS_TIME = 0;
/** Regular file, rw-r--r--. */
export const FILE_MODE = 0o100644;
/** Made by "Unix" (3), zip spec 2.0. */
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const UTF8_FLAG = 0x0800;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (the zip / PNG polynomial). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Byte order of UTF-8 names, the same in every locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Writes a zip of `files`, sorted by name; the same input always gives the same bytes. */
export function writeZip(files: readonly ZipInput[]): Buffer {
  const sorted = [...files].sort((a, b) => compareNames(a.name, b.name));
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const f of sorted) {
    if (!f.name || f.name.startsWith('/') || f.name.includes('\\') || f.name.split('/').includes('..') || f.name.endsWith('/')) {
      throw new Error(`zip: bad entry name ${JSON.stringify(f.name)}`);
    }
    if (seen.has(f.name)) throw new Error(`zip: duplicate entry ${f.name}`);
    seen.add(f.name);
    const name = Buffer.from(f.name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(f.name) ? 0 : UTF8_FLAG;
    const deflated = deflateRawSync(f.data, { level: 9 });
    const [method, body] = deflated.length < f.data.length ? [8, deflated] : [0, f.data];
    const crc = crc32(f.data);
    if (f.data.length > 0xfffffffe || offset > 0xfffffffe) throw new Error('zip: no zip64 here, archive too large');

    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(VERSION_NEEDED, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(DOS_TIME, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(f.data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    local.push(lh, name, body);

    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(VERSION_MADE_BY, 4);
    ch.writeUInt16LE(VERSION_NEEDED, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(DOS_TIME, 12);
    ch.writeUInt16LE(DOS_DATE, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(f.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number start, internal attributes: all 0
    ch.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);

    offset += lh.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** Reads a zip (stored or deflated entries, no zip64), checking every CRC; entries in archive order. */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: bad central header at ${p}`);
    const versionMadeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const dosTime = buf.readUInt16LE(p + 12);
    const dosDate = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const externalAttributes = buf.readUInt32LE(p + 38);
    const lho = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    p += 46 + nlen + xlen + clen;
    if (buf.readUInt32LE(lho) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const start = lho + 30 + buf.readUInt16LE(lho + 26) + buf.readUInt16LE(lho + 28);
    const body = buf.subarray(start, start + csize);
    const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : null;
    if (!data) throw new Error(`zip: ${name} uses compression method ${method}`);
    if (data.length !== usize) throw new Error(`zip: ${name} is ${data.length} bytes, header says ${usize}`);
    if (crc32(data) !== crc) throw new Error(`zip: CRC mismatch in ${name}`);
    out.push({ name, data, method, dosTime, dosDate, externalAttributes, versionMadeBy, flags });
  }
  return out;
}
