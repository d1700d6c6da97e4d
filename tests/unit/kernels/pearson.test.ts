import { describe, expect, it } from 'vitest';
import { pearson } from '../../../src/kernels/pearson';

describe('pearson', () => {
  it('is 1 for a positive multiple, −1 for a reversal and 0 against a constant', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 15);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 15);
    expect(pearson([1, 2, 3], [5, 5, 5])).toBe(0);
  });
  it('[1, 2, 3, 4] against [1, 3, 2, 4] is 0.8 (by hand: Σ(dx·dy) = 4, Σdx² = Σdy² = 5)', () =>
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 15));
});
