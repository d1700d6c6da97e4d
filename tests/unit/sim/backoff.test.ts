import { describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { backoff, type BackoffPolicy } from '../../../src/sim/backoff';
import { mean } from '../../../src/sim/stats';

// The blog simulator's own constants: base 5 ms, cap 2000 ms (aws-arch-backoff-simulator setup_sim).
const BASE = 5;
const CAP = 2000;
const N = 100_000;
const policy = (kind: BackoffPolicy['kind']): BackoffPolicy => ({ kind, base: BASE, cap: CAP });
const sleeps = (kind: BackoffPolicy['kind'], attempt: number) => {
  const rand = randomSeeded(attempt + 100);
  return Float64Array.from({ length: N }, () => backoff(policy(kind), attempt, rand));
};
const range = (xs: Float64Array) => [xs.reduce((m, x) => Math.min(m, x), Infinity), xs.reduce((m, x) => Math.max(m, x), -Infinity)];

// AWS definitions (REFERENCE.md §18), expo = min(cap, base·2^attempt), written out by hand per attempt:
// attempt 1 → 10, attempt 4 → 80, attempt 9 → 2560 capped to 2000.
const EXPO: [number, number][] = [
  [1, 10],
  [4, 80],
  [9, 2000],
];

describe('backoff (AWS architecture blog definitions)', () => {
  it('has cases', () => expect(EXPO.length).toBeGreaterThan(0));

  it.each(EXPO)('attempt %i: no jitter sleeps exactly expo = %i', (attempt, e) => {
    expect(new Set(sleeps('exponential', attempt))).toEqual(new Set([e]));
    expect(backoff(policy('none'), attempt, randomSeeded(1))).toBe(0);
  });

  it.each(EXPO)('attempt %i: full jitter U(0, %i) stays in [0, expo) with mean expo/2', (attempt, e) => {
    const xs = sleeps('full', attempt);
    const [lo, hi] = range(xs);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(e);
    // U(0, e) has sd e/√12, so its mean of N has sd e/√(12N) ≈ 0.0009·e; 4 sd.
    expect(Math.abs(mean(xs) - e / 2)).toBeLessThan((4 * e) / Math.sqrt(12 * N));
    // The extremes of 10⁵ uniforms sit within 0.01% of the ends, so the whole range is used.
    expect(lo).toBeLessThan(e * 1e-3);
    expect(hi).toBeGreaterThan(e * (1 - 1e-3));
  });

  it.each(EXPO)('attempt %i: equal jitter expo/2 + U(0, expo/2) stays in [expo/2, expo) with mean 3·expo/4 (expo = %i)', (attempt, e) => {
    const xs = sleeps('equal', attempt);
    const [lo, hi] = range(xs);
    expect(lo).toBeGreaterThanOrEqual(e / 2);
    expect(hi).toBeLessThan(e);
    // U(0, e/2) has sd e/(2√12); 4 sd of the mean.
    expect(Math.abs(mean(xs) - (3 * e) / 4)).toBeLessThan((4 * e) / (2 * Math.sqrt(12 * N)));
  });

  it('decorrelated jitter: min(cap, U(base, 3·previous)), from previous = base', () => {
    const rand = randomSeeded(3);
    let prev = BASE;
    for (let i = 0; i < 10_000; i++) {
      const s = backoff(policy('decorrelated'), i + 1, rand, prev);
      expect(s).toBeGreaterThanOrEqual(BASE);
      expect(s).toBeLessThanOrEqual(Math.min(CAP, 3 * prev));
      prev = s;
    }
  });
});
