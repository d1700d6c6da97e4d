import { describe, expect, it } from 'vitest';
import { cacheAside } from '../../../src/sim/cacheAside';
import { ttlCache } from '../../../src/sim/closedForms';

// Reads ~2·10⁵ per case: a ratio's sd is ≤ √(0.25/2·10⁵) ≈ 0.0011, and hits within a TTL window are
// positively correlated, so 0.01 is a ~5 sd margin.
const TOL = 0.01;
const CASES: { name: string; keys: number; readRate: number; writeRate: number; ttl: number }[] = [
  { name: 'one key, r = 1, w = 0.2, TTL 2', keys: 1, readRate: 1, writeRate: 0.2, ttl: 2 },
  { name: 'one key, r = 5, w = 1, TTL 1', keys: 1, readRate: 5, writeRate: 1, ttl: 1 },
  { name: '100 uniform keys, r = 100, w = 10, TTL 3', keys: 100, readRate: 100, writeRate: 10, ttl: 3 },
];

describe('cacheAside against the TTL renewal formula', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: hit ratio rT/(1 + rT) and stale share within 0.01 (per key: r and w divided by the key count)',
    (_, c) => {
      const horizon = 2e5 / c.readRate;
      const r = cacheAside({ ...c, horizon, seed: 11 });
      const f = ttlCache(c.readRate / c.keys, c.writeRate / c.keys, c.ttl);
      expect(Math.abs(r.hitRatio - f.hitRatio)).toBeLessThan(TOL);
      expect(Math.abs(r.staleRatio - f.staleRatio)).toBeLessThan(TOL);
      expect(r.staleReads).toBeGreaterThan(0);
    },
  );

  it('a longer TTL buys hits with stale reads; invalidating on write removes every stale read', () => {
    const base = { keys: 10, readRate: 50, writeRate: 5, horizon: 2000, seed: 2 };
    const [short, long] = [cacheAside({ ...base, ttl: 0.5 }), cacheAside({ ...base, ttl: 5 })];
    expect(long.hitRatio).toBeGreaterThan(short.hitRatio);
    expect(long.staleRatio).toBeGreaterThan(short.staleRatio);
    expect(cacheAside({ ...base, ttl: 5, invalidateOnWrite: true }).staleReads).toBe(0);
  });

  it('TTL 0 never hits; maxOps bounds a huge horizon', () => {
    expect(cacheAside({ keys: 3, readRate: 10, writeRate: 1, ttl: 0, horizon: 100 }).hits).toBe(0);
    const r = cacheAside({ keys: 3, readRate: 10, writeRate: 1, ttl: 1, horizon: 1e12, maxOps: 10_000 });
    expect(r.reads + r.writes).toBe(10_000);
    expect(r.truncated).toBe(true);
  });
});
