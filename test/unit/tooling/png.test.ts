/** The e2e harness's PNG decode / compare (test/e2e/lib/png.ts): it must pass noise and fail real changes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareImages, crop, decodePng, encodePng, type Image } from '../../e2e/lib/png';

const SHOTS = join(import.meta.dirname, '../../../docs/screenshots');

function solid(width: number, height: number, rgba: [number, number, number, number]): Image {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

describe('png', () => {
  it('decodes the browsers’ own screenshots and round-trips through encode', () => {
    const file = readdirSync(SHOTS).find((f) => f.endsWith('.png'))!;
    const img = decodePng(readFileSync(join(SHOTS, file)));
    expect(img.width).toBeGreaterThan(100);
    expect(img.data.length).toBe(img.width * img.height * 4);
    const part = crop(img, { x: 10, y: 20, width: 120, height: 80 });
    expect([part.width, part.height]).toEqual([120, 80]);
    const again = decodePng(encodePng(part));
    expect(again).toEqual({ width: 120, height: 80, data: part.data });
    expect(compareImages(again, part).same).toBe(true);
  });

  it('lets rendering noise pass', () => {
    const base = solid(200, 100, [240, 240, 240, 255]);
    const noisy = { ...base, data: base.data.map((v, i) => (i % 4 === 3 ? v : v - ((i * 7) % 9))) };
    expect(compareImages(noisy, base).same).toBe(true);
    // A handful of edge pixels moving far (anti-aliasing) also passes.
    const edges = { ...base, data: new Uint8Array(base.data) };
    for (let i = 0; i < 8; i++) edges.data.set([0, 0, 0, 255], i * 4 * 97);
    expect(compareImages(edges, base).same).toBe(true);
  });

  it('fails a changed colour, a moved block and a changed size', () => {
    const base = solid(200, 100, [255, 255, 255, 255]);
    // A mark of 20×4 px (an underline) changes colour: orange → purple.
    const draw = (img: Image, x0: number, rgba: [number, number, number, number]) => {
      const out = { ...img, data: new Uint8Array(img.data) };
      for (let y = 50; y < 54; y++) for (let x = x0; x < x0 + 20; x++) out.data.set(rgba, (y * img.width + x) * 4);
      return out;
    };
    const orange = draw(base, 40, [194, 65, 12, 255]);
    expect(compareImages(draw(base, 40, [67, 56, 202, 255]), orange).same).toBe(false);
    // Even a near colour (orange → amber #b45309) is a change.
    expect(compareImages(draw(base, 40, [180, 83, 9, 255]), orange).same).toBe(false);
    expect(compareImages(draw(base, 80, [194, 65, 12, 255]), orange).same).toBe(false);
    expect(compareImages(solid(200, 101, [255, 255, 255, 255]), base).same).toBe(false);
  });
});
