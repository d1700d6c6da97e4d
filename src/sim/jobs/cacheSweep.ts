import { cacheAside } from '../cacheAside';
import type { Job } from './job';

/**
 * Hit ratio and stale reads against TTL for cache-aside: one seeded cacheAside run per TTL, each
 * long enough for about `reads` reads. Rates per second, TTL in seconds.
 */
export interface CacheSweepParams {
  keys: number;
  zipf: number;
  readRate: number;
  writeRate: number;
  ttls: number[];
  invalidateOnWrite: boolean;
  reads: number;
  seed: number;
}

export interface CachePoint {
  ttl: number;
  reads: number;
  hitRatio: number;
  staleRatio: number;
}

export const cacheSweep: Job<CacheSweepParams, { points: CachePoint[] }> = function* (p) {
  const points: CachePoint[] = [];
  for (const [i, ttl] of p.ttls.entries()) {
    const { keys, zipf, readRate, writeRate, invalidateOnWrite } = p;
    const r = cacheAside({ keys, zipf, readRate, writeRate, invalidateOnWrite, ttl, horizon: p.reads / readRate, seed: p.seed + i });
    points.push({ ttl, reads: r.reads, hitRatio: r.hitRatio, staleRatio: r.staleRatio });
    yield { done: i + 1, total: p.ttls.length };
  }
  return { points };
};
