import { describe, expect, it } from 'vitest';
import { compose, cropResize, hflip, invert, randomResizedCrop, rotation, transformBoxes, warpMask, type Affine } from '../../../src/kernels/augmentGeometry';
import { randomSeeded } from '../../../src/kernels/random';

/** A W×H mask with one filled rectangle [x1, x2) × [y1, y2) and its box. */
function rectMask(W: number, H: number, [x1, y1, x2, y2]: number[]) {
  const m = new Uint8Array(W * H);
  for (let i = y1; i < y2; i++) for (let j = x1; j < x2; j++) m[i * W + j] = 1;
  return m;
}

/** The pixel-edge bounding box of a mask's nonzero pixels. */
function maskBox(m: Uint8Array, W: number, H: number): number[] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < H; i++)
    for (let j = 0; j < W; j++) if (m[i * W + j]) [x1, y1, x2, y2] = [Math.min(x1, j), Math.min(y1, i), Math.max(x2, j + 1), Math.max(y2, i + 1)];
  return [x1, y1, x2, y2];
}

const BOX = [3, 5, 9, 8];
const W = 16;
const H = 12;

describe('augmentation geometry: boxes follow the mask', () => {
  // Transforms that map the pixel grid onto a pixel grid: the warped mask's box equals the mapped box exactly.
  const exact: [string, Affine, number, number][] = [
    ['horizontal flip', hflip(W), W, H],
    ['crop (2, 4, 8×6) resized ×2 to 16×12', cropResize({ x: 2, y: 4, w: 8, h: 6 }, 16, 12), 16, 12],
    ['rotation by 90° about the centre of a square', rotation(Math.PI / 2, 6, 6), 12, 12],
    ['flip then crop-resize', compose(hflip(W), cropResize({ x: 4, y: 2, w: 12, h: 8 }, 24, 16)), 24, 16],
  ];

  it.each(exact)('%s: warped mask box = transformed box', (_name, A, outW, outH) => {
    const inW = outW === 12 && outH === 12 ? 12 : W;
    const inH = outW === 12 && outH === 12 ? 12 : H;
    const mask = rectMask(inW, inH, BOX);
    const warped = warpMask(mask, inH, inW, A, outH, outW);
    const { boxes } = transformBoxes(BOX, A, outW, outH);
    expect(maskBox(warped, outW, outH)).toEqual(boxes.map((v) => Math.round(v * 1e9) / 1e9));
  });

  it('a 30° rotation: the box of the rotated corners contains the rotated mask (it is a loose box, by up to its corners)', () => {
    const A = rotation(Math.PI / 6, 8, 6);
    const warped = warpMask(rectMask(W, H, BOX), H, W, A, H, W);
    const [mx1, my1, mx2, my2] = maskBox(warped, W, H);
    const [bx1, by1, bx2, by2] = transformBoxes(BOX, A, W, H).boxes;
    expect(mx1).toBeGreaterThanOrEqual(Math.floor(bx1));
    expect(my1).toBeGreaterThanOrEqual(Math.floor(by1));
    expect(mx2).toBeLessThanOrEqual(Math.ceil(bx2));
    expect(my2).toBeLessThanOrEqual(Math.ceil(by2));
  });

  it('drops a box cropped out of view and clips one cut by the edge', () => {
    const A = cropResize({ x: 6, y: 0, w: 10, h: 12 }, 10, 12);
    const r = transformBoxes([0, 0, 4, 4, 4, 2, 10, 6], A, 10, 12);
    expect(r.kept).toEqual([1]);
    expect(r.boxes).toEqual([0, 2, 4, 6]);
  });

  it('invert undoes a transform: A⁻¹ after A is the identity', () => {
    const A = compose(rotation(0.7, 3, 4), cropResize({ x: 1, y: 2, w: 5, h: 7 }, 9, 11));
    const I = compose(A, invert(A));
    [1, 0, 0, 0, 1, 0].forEach((v, k) => expect(I[k]).toBeCloseTo(v, 12));
  });
});

describe('randomResizedCrop (torchvision get_params)', () => {
  it('keeps every crop inside the image, with area in [0.08, 1] of it and aspect in [3/4, 4/3] up to rounding', () => {
    const rand = randomSeeded(5);
    for (let k = 0; k < 2000; k++) {
      const c = randomResizedCrop(rand, 64, 48);
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(48);
      expect(c.y + c.h).toBeLessThanOrEqual(64);
      if (c.fallback) continue;
      // w and h are each rounded to whole pixels, so the unrounded sizes lie within ±½ px of them.
      expect((c.w + 0.5) / (c.h - 0.5)).toBeGreaterThanOrEqual(3 / 4);
      expect((c.w - 0.5) / (c.h + 0.5)).toBeLessThanOrEqual(4 / 3);
      expect(((c.w + 0.5) * (c.h + 0.5)) / (64 * 48)).toBeGreaterThanOrEqual(0.08);
    }
  });

  it('falls back to the centre crop with the ratio clamped when no try fits (a 1×100 strip)', () => {
    const c = randomResizedCrop(randomSeeded(1), 1, 100);
    // W/H = 100 > 4/3: h = H = 1, w = round(1 · 4/3) = 1, centred at x = floor((100 − 1) / 2) = 49.
    expect(c).toEqual({ x: 49, y: 0, w: 1, h: 1, fallback: true });
  });
});
