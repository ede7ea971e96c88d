/**
 * Just enough PNG for visual regression checks, on node:zlib alone: decode the 8-bit RGB/RGBA
 * non-interlaced PNGs both browsers' screenshots are, crop, compare with a tolerance, encode.
 *
 * Why not pngjs + pixelmatch: both would do, but the comparison we need is thirty lines, and a
 * tolerance we can state in one sentence ("a pixel differs when a channel moves by more than
 * `channel`; the picture differs when more than `ratio` of its pixels do") is easier to reason
 * about than pixelmatch's perceptual YIQ threshold with anti-aliasing detection.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from '../../../scripts/zip.ts';

/** An RGBA image, 4 bytes a pixel, rows top to bottom. */
export interface Image {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Width and height of a PNG, read from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || !b.subarray(0, 8).equals(SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Decodes a PNG (8-bit, colour type 2 or 6, not interlaced) to RGBA. Throws on anything else. */
export function decodePng(file: Uint8Array): Image {
  const buf = Buffer.from(file);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('decodePng: not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9] as number;
      const interlace = body[12];
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
        throw new Error(`decodePng: unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (cur[i - bpp] as number) : 0;
      const b = prev[i] as number;
      const c = i >= bpp ? (prev[i - bpp] as number) : 0;
      const x = line[i] as number;
      let v: number;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: v = x + paeth(a, b, c); break;
        default: throw new Error(`decodePng: bad filter ${filter} on row ${y}`);
      }
      cur[i] = v & 0xff;
    }
    for (let xPix = 0; xPix < width; xPix++) {
      const o = (y * width + xPix) * 4;
      out[o] = cur[xPix * bpp] as number;
      out[o + 1] = cur[xPix * bpp + 1] as number;
      out[o + 2] = cur[xPix * bpp + 2] as number;
      out[o + 3] = bpp === 4 ? (cur[xPix * bpp + 3] as number) : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes RGBA as a PNG (filter 0 on every row; baselines are small crops). */
export function encodePng(img: Image): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const stride = img.width * 4;
  const raw = Buffer.alloc((stride + 1) * img.height);
  for (let y = 0; y < img.height; y++) Buffer.from(img.data.buffer, img.data.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** The part of `img` inside the rectangle (clamped to the image; whole pixels). */
export function crop(img: Image, rect: { x: number; y: number; width: number; height: number }): Image {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(img.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(img.height, Math.ceil(rect.y + rect.height));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) data.set(img.data.subarray(((y0 + y) * img.width + x0) * 4, ((y0 + y) * img.width + x1) * 4), y * width * 4);
  return { width, height, data };
}

/** How much two pictures may differ. */
export interface Tolerance {
  /** A pixel differs when one of its channels moves by more than this (0–255). */
  channel: number;
  /** The pictures differ when more than this share of pixels differ (0–1). */
  ratio: number;
}

/**
 * Rendering noise (anti-aliasing, sub-pixel text) moves edge pixels by small amounts, and a few
 * of them by more; a changed label colour moves every pixel of a chip's border or a glyph (a
 * few hundred pixels in a card's 400×580), and a broken layout moves whole blocks. Measured:
 * orange #c2410c → amber #b45309 moves its pixels by at most 18, so the channel limit is 10;
 * repeated runs on one machine differ by 0 pixels. At most 0.05 % of pixels may differ.
 */
export const DEFAULT_TOLERANCE: Tolerance = { channel: 10, ratio: 0.0005 };

/** What comparing two pictures found. */
export interface Comparison {
  same: boolean;
  /** Why not, in words. */
  reason: string;
  differing: number;
  ratio: number;
  /** The actual picture with differing pixels in magenta (same size as both), when sizes match. */
  diff: Image | null;
}

/** Compares `actual` with `expected` under `tol`. Pictures of different sizes always differ. */
export function compareImages(actual: Image, expected: Image, tol: Tolerance = DEFAULT_TOLERANCE): Comparison {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    // A layout that moved by a pixel or two (scroll bar, rounding) keeps its size; a broken one does not.
    return { same: false, reason: `size ${actual.width}×${actual.height}, expected ${expected.width}×${expected.height}`, differing: -1, ratio: 1, diff: null };
  }
  const diff = new Uint8Array(actual.data);
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    let d = 0;
    for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs((actual.data[i + k] as number) - (expected.data[i + k] as number)));
    if (d > tol.channel) {
      differing++;
      diff.set([255, 0, 255, 255], i);
    }
  }
  const ratio = differing / (actual.width * actual.height || 1);
  const same = ratio <= tol.ratio;
  return {
    same,
    reason: same ? 'within tolerance' : `${differing} pixels (${(ratio * 100).toFixed(2)} %) differ by more than ${tol.channel}, allowed ${(tol.ratio * 100).toFixed(2)} %`,
    differing,
    ratio,
    diff: { width: actual.width, height: actual.height, data: diff },
  };
}
