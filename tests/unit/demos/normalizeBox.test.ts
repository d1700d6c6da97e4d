import { describe, expect, test } from 'vitest';
import { normalizeBox } from '../../../src/demos/shared/normalizeBox';

describe('normalizeBox', () => {
  test('swaps corners given the wrong way round and says so', () => {
    const v = { x1: 100, y1: 10, x2: 10, y2: 60 };
    expect(normalizeBox(v, 1, 128)).toEqual(['x1=100 and x2=10 swapped (x1 is the smaller corner)']);
    expect(v).toEqual({ x1: 10, y1: 10, x2: 100, y2: 60 });
  });

  test('widens an empty box to the minimum size, inside the image', () => {
    const v = { x1: 128, y1: 60, x2: 128, y2: 60 };
    expect(normalizeBox(v, 1, 128)).toHaveLength(2);
    expect(v).toEqual({ x1: 127, y1: 60, x2: 128, y2: 61 });
  });

  test('leaves a valid box alone', () => {
    const v = { x1: 51, y1: 34, x2: 91, y2: 74 };
    expect(normalizeBox(v, 1, 128)).toEqual([]);
    expect(v).toEqual({ x1: 51, y1: 34, x2: 91, y2: 74 });
  });
});
