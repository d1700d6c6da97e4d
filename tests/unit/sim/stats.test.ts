import { describe, expect, it } from 'vitest';
import { batchMeans, meanCI, percentile } from '../../../src/sim/stats';

describe('stats', () => {
  // NumPy's documented example: a = [[10, 7, 4], [3, 2, 1]]; np.percentile(a, 50) is 3.5.
  it('the median of [10, 7, 4, 3, 2, 1] is 3.5, as np.percentile documents', () => {
    expect(percentile([10, 7, 4, 3, 2, 1], 0.5)).toBe(3.5);
  });

  it('percentiles interpolate linearly at q·(n − 1): p25 of [1, 2, 3, 4, 5] is 2, p90 is 4.6', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.25)).toBe(2);
    expect(percentile([5, 1, 4, 2, 3], 0.9)).toBeCloseTo(4.6, 12);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('the 95% interval of [1, 2, 3, 4, 5] is 3 ± 2.776·√2.5/√5 = 3 ± 1.963 (hand computed)', () => {
    const ci = meanCI([1, 2, 3, 4, 5]);
    expect(ci.mean).toBe(3);
    expect(ci.halfWidth).toBeCloseTo((2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 12);
  });

  it('batch means of [1..10] in 3 batches are 2, 5, 8 (the remainder 10 is dropped)', () => {
    expect([...batchMeans([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)]).toEqual([2, 5, 8]);
  });
});
