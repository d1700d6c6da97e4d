import { describe, expect, it } from 'vitest';
import { getStructuringElement, type MorphShape } from '../../../src/kernels/structuringElement';

/** Printed outputs of cv2.getStructuringElement(shape, (w, h)) as shown in OpenCV-Python tutorials and blog posts. */
const PRINTED: [MorphShape, number, number, string[]][] = [
  ['rect', 6, 3, ['111111', '111111', '111111']],
  ['ellipse', 5, 5, ['00100', '11111', '11111', '11111', '00100']],
  ['cross', 5, 5, ['00100', '00100', '11111', '00100', '00100']],
  ['cross', 9, 5, ['000010000', '000010000', '111111111', '000010000', '000010000']],
  ['cross', 10, 6, ['0000010000', '0000010000', '0000010000', '1111111111', '0000010000', '0000010000']],
  ['ellipse', 9, 5, ['000010000', '011111110', '111111111', '011111110', '000010000']],
];

describe('getStructuringElement', () => {
  it('has printed cases', () => expect(PRINTED.length).toBeGreaterThan(0));

  it.each(PRINTED)("matches OpenCV's printed %s %i×%i", (shape, w, h, rows) => {
    const se = getStructuringElement(shape, w, h);
    const drawn = Array.from({ length: h }, (_, i) => Array.from(se.data.slice(i * w, (i + 1) * w)).join(''));
    expect(drawn).toEqual(rows);
  });

  it('anchors at (⌊w/2⌋, ⌊h/2⌋) by default and at the given point otherwise', () => {
    expect([getStructuringElement('rect', 4, 6).anchorX, getStructuringElement('rect', 4, 6).anchorY]).toEqual([2, 3]);
    const cross = getStructuringElement('cross', 3, 3, [0, 0]);
    expect(Array.from(cross.data)).toEqual([1, 1, 1, 1, 0, 0, 1, 0, 0]); // OpenCV draws the cross through the anchor
  });
});
