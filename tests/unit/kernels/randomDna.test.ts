import { describe, expect, it } from 'vitest';
import { randomDna } from '../../../src/kernels/randomDna';
import { kmerSet } from '../../../src/kernels/kmers';
import { randomSeeded } from '../../../src/kernels/random';

describe('randomDna', () => {
  it('has the requested length, only A, C, G, T, and the same string for the same seed', () => {
    const s = randomDna(500, randomSeeded(3));
    expect(s).toHaveLength(500);
    expect(s).toMatch(/^[ACGT]+$/);
    expect(randomDna(500, randomSeeded(3))).toBe(s);
    expect(randomDna(500, randomSeeded(4))).not.toBe(s);
  });

  it('each base has frequency 1/4 within 4 binomial standard deviations', () => {
    const n = 40000;
    const s = randomDna(n, randomSeeded(11));
    // Count ~ Binomial(n, 1/4): sd = √(n·¼·¾) ≈ 87; 4 sd keeps a false alarm below 1e-4 per base.
    const sd = Math.sqrt(n * 0.25 * 0.75);
    for (const b of 'ACGT') expect(Math.abs(s.split(b).length - 1 - n / 4)).toBeLessThan(4 * sd);
  });

  it('the number of distinct 6-mers matches the occupancy formula 4^k·(1 − (1 − 4^−k)^N)', () => {
    // N = 4,000 draws into 4,096 boxes (non-canonical k-mers, so each k-mer is its own box). The
    // formula ignores the overlap of neighbouring k-mers, which changes the count by well under 1%.
    const k = 6;
    const s = randomDna(4000 + k - 1, randomSeeded(5));
    const boxes = 4 ** k;
    const expected = boxes * (1 - (1 - 1 / boxes) ** 4000);
    // expected ≈ 2,570; the occupancy variance 4^k·(e^−λ − (1 + λ)e^−2λ) with λ = N/4^k is about 390
    // (sd ≈ 20), so 3% (≈ 77) is almost 4 sd.
    expect(Math.abs(kmerSet(s, k, false).size - expected) / expected).toBeLessThan(0.03);
  });
});
