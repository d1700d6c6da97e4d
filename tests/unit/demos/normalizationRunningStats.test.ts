import { describe, expect, it } from 'vitest';
import { runningStats } from '../../../src/demos/normalization/runningStats';

describe('runningStats', () => {
  it('with constant batches of mean μ the running mean after t steps is μ·(1 − 0.9ᵗ) (momentum 0.1 from 0, hand formula)', () => {
    // std 0: every batch mean is exactly μ, so only the exponential average is tested.
    const { runningMeans, batchMeans } = runningStats({ steps: 30, batch: 4, plane: 3, mean: 2, std: 0, momentum: 0.1, seed: 1 });
    expect(batchMeans.every((m) => Math.abs(m - 2) < 1e-6)).toBe(true); // float32 storage of 2
    runningMeans.forEach((r, i) => expect(r).toBeCloseTo(2 * (1 - 0.9 ** (i + 1)), 6));
  });

  it('with std 0 the running variance decays from 1 as 0.9ᵗ (the unbiased batch variance is 0)', () => {
    const { runningVars } = runningStats({ steps: 10, batch: 2, plane: 2, mean: 0, std: 0, momentum: 0.1, seed: 1 });
    runningVars.forEach((v, i) => expect(v).toBeCloseTo(0.9 ** (i + 1), 12));
  });
});
