import { describe, expect, test } from 'vitest';
import { compositeOnWhite } from '../../../src/demos/shared/imageUpload';

describe('compositeOnWhite', () => {
  test('half-transparent red over white is (255, 127, 127), by hand: 0·128/255 + 255·127/255 = 127', () => {
    const px = new Uint8ClampedArray([255, 0, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
    expect(compositeOnWhite(px)).toBe(true);
    // Exact: Uint8ClampedArray rounds 127.0 to 127; a fully transparent pixel is white; an opaque one is untouched.
    expect([...px]).toEqual([255, 127, 127, 255, 255, 255, 255, 255, 10, 20, 30, 255]);
  });

  test('an opaque image is reported as such and unchanged', () => {
    const px = new Uint8ClampedArray([1, 2, 3, 255]);
    expect(compositeOnWhite(px)).toBe(false);
    expect([...px]).toEqual([1, 2, 3, 255]);
  });
});
