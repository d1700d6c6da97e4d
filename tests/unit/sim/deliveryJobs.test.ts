import { describe, expect, it } from 'vitest';
import { cacheHitRatio } from '../../../src/sim/cacheHitRatio';
import { cacheSweep } from '../../../src/sim/jobs/cacheSweep';
import { deliveryCompare } from '../../../src/sim/jobs/deliveryCompare';
import { runJob } from './runJob';

describe('delivery comparison job', () => {
  it('with no faults every guarantee applies each message exactly once', () => {
    const { result } = runJob(deliveryCompare, { messages: 500, networkLoss: 0, crash: 0, strip: 50, seed: 1 });
    for (const row of result.rows) {
      expect([row.lost, row.duplicates], row.guarantee).toEqual([0, 0]);
      expect(row.effects).toEqual(new Array(50).fill(1));
    }
  });

  it('under 5% loss and 5% crashes: at-most-once only loses, at-least-once only duplicates, the idempotency key does neither', () => {
    const { result, progress } = runJob(deliveryCompare, { messages: 2000, networkLoss: 0.05, crash: 0.05, strip: 200, seed: 2 });
    expect(progress).toHaveLength(3);
    const [amo, alo, eo] = result.rows;
    expect([amo.guarantee, alo.guarantee, eo.guarantee]).toEqual(['at-most-once', 'at-least-once', 'effectively-once']);
    // Two lossy hops, then a crash before commit half the time: ≥ 1 − 0.95²·0.975 ≈ 12% lost (more while the consumer restarts).
    expect(amo.lost / 2000).toBeGreaterThan(0.12);
    expect(amo.duplicates).toBe(0);
    expect(alo.lost).toBe(0);
    expect(alo.duplicates).toBeGreaterThan(0);
    expect([eo.lost, eo.duplicates]).toEqual([0, 0]);
    expect(alo.effects.some((e) => e > 1)).toBe(true);
    expect(amo.effects.some((e) => e === 0)).toBe(true);
  });
});

describe('cache sweep job', () => {
  it('hit and stale ratios against TTL agree with the renewal formula within 0.01 (2·10⁵ reads per point)', () => {
    // As cacheAside.test.ts: sd ≤ 0.0011 per ratio, inflated by correlated hits within a window; 0.01 is ~5 sd.
    const base = { keys: 50, zipf: 1, readRate: 200, writeRate: 20, invalidateOnWrite: false, reads: 200_000, seed: 4 };
    const ttls = [0.1, 1, 10];
    for (const invalidateOnWrite of [false, true]) {
      const { result } = runJob(cacheSweep, { ...base, ttls, invalidateOnWrite });
      expect(result.points.map((p) => p.ttl)).toEqual(ttls);
      for (const p of result.points) {
        const f = cacheHitRatio({ ...base, ttl: p.ttl, invalidateOnWrite });
        expect(Math.abs(p.hitRatio - f.hitRatio), `TTL ${p.ttl}`).toBeLessThan(0.01);
        expect(Math.abs(p.staleRatio - f.staleRatio), `TTL ${p.ttl}`).toBeLessThan(0.01);
      }
    }
  });
});
