import { palette, type PaletteName } from '../../viz/palette.svelte';

/**
 * Class colours of the demo's masks, fixed in RGB (a mask is an image: it should look the same
 * in light and dark themes). Index = class: 0 background, 1 circle, 2 square, 3 triangle. The safe
 * set is Okabe & Ito's sky blue, orange and bluish green (tests/unit/viz/colourBlindSafe.test.ts).
 */
export const CLASS_NAMES = ['background', 'circle', 'square', 'triangle'] as const;
type Rgb = readonly [number, number, number];
export const CLASS_RGB: Record<PaletteName, readonly Rgb[]> = {
  standard: [
    [0.13, 0.14, 0.16],
    [0.3, 0.67, 0.97],
    [1, 0.66, 0.3],
    [0.41, 0.86, 0.49],
  ],
  safe: [
    [0.13, 0.14, 0.16],
    [0x56 / 255, 0xb4 / 255, 0xe9 / 255],
    [0xe6 / 255, 0x9f / 255, 0],
    [0, 0x9e / 255, 0x73 / 255],
  ],
};
const classRgb = (k: number) => CLASS_RGB[palette.current][k];
export const classCss = (k: number) =>
  `rgb(${classRgb(k)
    .map((v) => Math.round(v * 255))
    .join(' ')})`;

/** A class mask [H, W] as a CHW RGB image in [0, 1] for ImageCanvas. */
export function maskToRgb(mask: Uint8Array): Float32Array {
  const plane = mask.length;
  const out = new Float32Array(3 * plane);
  const colours = CLASS_RGB[palette.current];
  for (let p = 0; p < plane; p++) {
    const c = colours[mask[p]];
    out[p] = c[0];
    out[plane + p] = c[1];
    out[2 * plane + p] = c[2];
  }
  return out;
}

/** Pixels where the prediction differs from the ground truth, as {row, col}. */
export function wrongPixels(pred: Uint8Array, truth: Uint8Array, width: number): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let p = 0; p < truth.length; p++) if (pred[p] !== truth[p]) out.push({ row: Math.floor(p / width), col: p % width });
  return out;
}

/** 1 where a pixel's 4-neighbourhood holds another true class (an object's edge, either side). */
export function edgeMask(truth: Uint8Array, width: number): Uint8Array {
  const height = truth.length / width;
  const out = new Uint8Array(truth.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = truth[y * width + x];
      const differs = (yy: number, xx: number) => yy >= 0 && yy < height && xx >= 0 && xx < width && truth[yy * width + xx] !== v;
      out[y * width + x] = differs(y - 1, x) || differs(y + 1, x) || differs(y, x - 1) || differs(y, x + 1) ? 1 : 0;
    }
  }
  return out;
}
