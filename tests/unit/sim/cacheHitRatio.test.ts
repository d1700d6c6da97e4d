import { describe, expect, it } from 'vitest';
import { cacheAside } from '../../../src/sim/cacheAside';
import { cacheHitRatio } from '../../../src/sim/cacheHitRatio';

describe('cache-aside hit and stale ratios, closed form', () => {
  it('without writes, r = 2 on one key with TTL 1 hits 2/3 of reads; 4 uniform keys at r = 8 too (hand: rT/(1 + rT) per key)', () => {
    expect(cacheHitRatio({ keys: 1, readRate: 2, writeRate: 0, ttl: 1 }).hitRatio).toBeCloseTo(2 / 3, 14);
    expect(cacheHitRatio({ keys: 4, readRate: 8, writeRate: 0, ttl: 1 }).hitRatio).toBeCloseTo(2 / 3, 14);
  });

  it('with invalidation and an endless TTL, r = 3 and w = 1 hit 3/4 of reads (hand: the first read after each write misses)', () => {
    // Per write interval: r/w = 3 reads expected, and a miss whenever there is at least one, P = r/(r + w) = 3/4.
    const f = cacheHitRatio({ keys: 1, readRate: 3, writeRate: 1, ttl: 1e9, invalidateOnWrite: true });
    expect(f.hitRatio).toBeCloseTo(1 - 0.75 / 3, 9);
    expect(f.staleRatio).toBe(0);
  });

  const CASES = [
    { name: '20 Zipf(1) keys, TTL 0.5, no invalidation', keys: 20, zipf: 1, readRate: 50, writeRate: 5, ttl: 0.5, invalidateOnWrite: false },
    { name: '20 Zipf(1) keys, TTL 0.5, invalidate on write', keys: 20, zipf: 1, readRate: 50, writeRate: 5, ttl: 0.5, invalidateOnWrite: true },
    { name: '200 Zipf(0.8) keys, TTL 4, invalidate on write', keys: 200, zipf: 0.8, readRate: 100, writeRate: 20, ttl: 4, invalidateOnWrite: true },
  ];
  it('has simulation cases', () => expect(CASES.length).toBeGreaterThan(0));

  // ~2·10⁵ reads per case, as in cacheAside.test.ts: a ratio's sd ≤ 0.0011, hits within a window are
  // positively correlated, so 0.01 is a ~5 sd margin.
  it.each(CASES.map((c) => [c.name, c] as const))('%s: the seeded cacheAside simulation agrees within 0.01', (_, c) => {
    const sim = cacheAside({ ...c, horizon: 2e5 / c.readRate, seed: 5 });
    const f = cacheHitRatio(c);
    expect(Math.abs(sim.hitRatio - f.hitRatio)).toBeLessThan(0.01);
    expect(Math.abs(sim.staleRatio - f.staleRatio)).toBeLessThan(0.01);
  });
});
