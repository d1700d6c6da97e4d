import { describe, expect, it } from 'vitest';
import { equalJitterMean, erlangC, expo, fullJitterMean, mg1, mm1, mmc, tailAtScale, ttlCache } from '../../../src/sim/closedForms';

/** Erlang C by the factorial formula of REFERENCE.md §20, in log space: an independent route to the same number. */
function erlangCFactorial(c: number, a: number): number {
  const logTerm = (k: number) => k * Math.log(a) - lgammaInt(k + 1);
  // Every term is scaled by e^(−log of the top term), which cancels in the ratio.
  const ref = logTerm(c);
  const top = c / (c - a);
  let sum = 0;
  for (let k = 0; k < c; k++) sum += Math.exp(logTerm(k) - ref);
  return top / (sum + top);
}
function lgammaInt(n: number): number {
  let s = 0;
  for (let k = 2; k < n; k++) s += Math.log(k);
  return s;
}

describe('closed forms', () => {
  it('M/M/1 with λ = 0.8, μ = 1 waits W = 1/(μ − λ) = 5 and Wq = ρ/(μ − λ) = 4 (LINE qsys_mm1, Kleinrock)', () => {
    const m = mm1(0.8, 1);
    expect(m.w).toBeCloseTo(5, 12);
    expect(m.wq).toBeCloseTo(4, 12);
    expect(m.l).toBeCloseTo(0.8 / 0.2, 12); // L = ρ/(1 − ρ)
    expect(m.lq).toBeCloseTo(0.64 / 0.2, 12); // Lq = ρ²/(1 − ρ)
  });

  it('Erlang C(1, a) = a, and C(2, 1) = 1/3 by hand from the factorial formula', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 14);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it('Erlang C agrees with the factorial formula for c up to 1000 servers without overflowing', () => {
    for (const [c, a] of [
      [3, 2.5],
      [10, 7],
      [50, 45],
      [1000, 950],
    ]) {
      // Both in float64; the log-space sum loses ~1e-12 relative over 1000 terms.
      expect(Math.abs(erlangC(c, a) / erlangCFactorial(c, a) - 1)).toBeLessThan(1e-9);
    }
  });

  it('M/M/c: Wq = C/(cμ − λ); ρ ≥ 1 reports unstable with infinite waits', () => {
    const m = mmc(3, 1, 4);
    expect(m.wq).toBeCloseTo(erlangCFactorial(4, 3) / (4 - 3), 12);
    expect(m.w).toBeCloseTo(m.wq + 1, 12);
    const u = mmc(4, 1, 4);
    expect([u.stable, u.wq]).toEqual([false, Infinity]);
    expect(() => mmc(1, 1, 0)).toThrow(/servers ≥ 1/);
  });

  it('Pollaczek–Khinchine: M/G/1 with cs² = 1 is M/M/1, and M/D/1 waits half as long', () => {
    expect(mg1(0.8, 1, 1).wq).toBeCloseTo(mm1(0.8, 1).wq, 12);
    expect(mg1(0.8, 1, 0).wq).toBeCloseTo(mm1(0.8, 1).wq / 2, 12);
  });

  it('the tail at scale: 1 − 0.99¹⁰⁰ = 63%, and 1-in-10,000 over 2,000 leaves is almost 1 in 5 (Dean & Barroso)', () => {
    expect(tailAtScale(0.01, 100)).toBeCloseTo(0.634, 3);
    expect(tailAtScale(1e-4, 2000)).toBeCloseTo(0.181, 3);
    expect(tailAtScale(0.01, 1)).toBeCloseTo(0.01, 15);
  });

  it('backoff: expo = min(cap, base·2^attempt); full jitter averages expo/2, equal jitter 3·expo/4', () => {
    expect(expo(5, 2000, 3)).toBe(40);
    expect(expo(5, 2000, 10)).toBe(2000);
    expect(fullJitterMean(5, 2000, 3)).toBe(20);
    expect(equalJitterMean(5, 2000, 3)).toBe(30);
  });

  it('a TTL cache with read rate 1 and TTL 1 hits half the reads; with no writes nothing is stale', () => {
    expect(ttlCache(1, 0, 1)).toEqual({ hitRatio: 0.5, staleRatio: 0 });
    // Writes at rate 1: stale hits per read = (1 − (1 − e⁻¹))/2 = e⁻¹/2, by hand.
    expect(ttlCache(1, 1, 1).staleRatio).toBeCloseTo(Math.exp(-1) / 2, 14);
  });
});
