import { afterEach, describe, expect, it } from 'vitest';
import { palette } from '../../../src/viz/palette.svelte';
import { CLASS_RGB, classCss, edgeMask, maskToRgb, wrongPixels } from '../../../src/demos/unet/masks';

/** A 6×6 mask from rows of digits, one class per character. */
const mask = (rows: string[]) => Uint8Array.from(rows.join('').split('').map(Number));

describe('maskToRgb', () => {
  afterEach(() => (palette.current = 'standard'));
  it('paints each pixel its class colour, as a CHW image (all R, then all G, then all B)', () => {
    const rgb = maskToRgb(Uint8Array.from([0, 1, 2, 3]));
    const plane = (c: number) => Array.from(rgb.subarray(4 * c, 4 * c + 4));
    for (let c = 0; c < 3; c++) expect(plane(c)).toEqual([0, 1, 2, 3].map((k) => Math.fround(CLASS_RGB.standard[k][c])));
  });
  it('gives CSS the same colours in 0–255', () => {
    expect(classCss(2)).toBe('rgb(255 168 77)'); // [1, 0.66, 0.3] · 255 = 255, 168.3, 76.5 → rounded
  });
  it('switches to Okabe & Ito orange for squares under the colour-blind-safe palette', () => {
    palette.current = 'safe';
    expect(classCss(2)).toBe('rgb(230 159 0)'); // Okabe & Ito 2008: orange is (230, 159, 0)
    expect(maskToRgb(Uint8Array.from([2]))[0]).toBe(Math.fround(230 / 255));
  });
});

describe('wrongPixels and edgeMask', () => {
  // A 4×4 square of class 2 on background 0, rows 1–4 and columns 1–4 of a 6×6 scene.
  const truth = mask(['000000', '022220', '022220', '022220', '022220', '000000']);

  it('lists exactly the pixels where prediction and truth differ, as (row, col)', () => {
    const pred = truth.slice();
    pred[0] = 1; // (0, 0)
    pred[2 * 6 + 2] = 3; // (2, 2)
    expect(wrongPixels(pred, truth, 6)).toEqual([
      { row: 0, col: 0 },
      { row: 2, col: 2 },
    ]);
    expect(wrongPixels(truth, truth, 6)).toEqual([]);
  });

  it('marks both sides of every boundary between classes, and nothing inside a region', () => {
    // Inside the square: only its 2×2 centre has four class-2 neighbours. Outside: the ring of
    // background pixels that touch the square (corners of the ring touch it only diagonally).
    expect(Array.from(edgeMask(truth, 6)).join('')).toBe(['011110', '111111', '110011', '110011', '111111', '011110'].join(''));
  });

  it('finds no edge in a scene of one class', () => {
    expect(Array.from(edgeMask(new Uint8Array(9), 3))).toEqual(Array(9).fill(0));
  });
});
