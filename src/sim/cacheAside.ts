import { randomSeeded } from '../kernels/random';

/**
 * Cache-aside with a TTL under a seeded stream of reads and writes (Poisson, merged). A read hits
 * when its key is cached and unexpired, else it reads the database and fills the cache for `ttl`.
 * A write updates the database and, with `invalidateOnWrite`, deletes the cached entry; without
 * it the cache keeps serving the old value until the TTL runs out: a stale read. Longer TTLs buy
 * hit ratio with staleness; `ttlCache` in closedForms.ts is the same trade as a formula.
 * Keys are drawn uniformly or Zipf-distributed (P(key i) ∝ 1/(i+1)^s). Operations are instantaneous,
 * so the read-fill/write race of cache-aside is not modelled. Bounded by `maxOps`.
 */
export interface CacheAsideOptions {
  keys: number;
  /** Reads and writes per unit time, over all keys. */
  readRate: number;
  writeRate: number;
  ttl: number;
  invalidateOnWrite?: boolean;
  /** Zipf exponent s; 0 (default) is uniform. */
  zipf?: number;
  horizon: number;
  maxOps?: number;
  seed?: number;
}

export interface CacheAsideResult {
  reads: number;
  writes: number;
  hits: number;
  staleReads: number;
  hitRatio: number;
  /** Stale reads per read. */
  staleRatio: number;
  truncated: boolean;
}

export function cacheAside(o: CacheAsideOptions): CacheAsideResult {
  if (!Number.isInteger(o.keys) || o.keys < 1) throw new RangeError(`keys must be a whole number ≥ 1, got ${o.keys}`);
  if (!(o.readRate >= 0 && o.writeRate >= 0 && o.readRate + o.writeRate > 0)) throw new RangeError(`read and write rates must be ≥ 0, not both 0`);
  if (!(o.ttl >= 0)) throw new RangeError(`ttl must be ≥ 0, got ${o.ttl}`);
  const rand = randomSeeded(o.seed ?? 1);
  const total = o.readRate + o.writeRate;
  const pRead = o.readRate / total;
  const s = o.zipf ?? 0;
  const cdf = new Float64Array(o.keys);
  let acc = 0;
  for (let i = 0; i < o.keys; i++) cdf[i] = acc += 1 / (i + 1) ** s;
  for (let i = 0; i < o.keys; i++) cdf[i] /= acc;
  const pick = () => {
    const u = rand();
    let [lo, hi] = [0, o.keys - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const dbVersion = new Float64Array(o.keys);
  const cachedVersion = new Float64Array(o.keys).fill(-1);
  const expires = new Float64Array(o.keys).fill(-Infinity);
  const maxOps = o.maxOps ?? 4_000_000;
  let [t, ops, reads, writes, hits, stale] = [0, 0, 0, 0, 0, 0];
  for (;;) {
    t += -Math.log(1 - rand()) / total;
    if (t > o.horizon || ops >= maxOps) break;
    ops++;
    const k = pick();
    if (rand() < pRead) {
      reads++;
      if (cachedVersion[k] >= 0 && t < expires[k]) {
        hits++;
        if (cachedVersion[k] < dbVersion[k]) stale++;
      } else {
        cachedVersion[k] = dbVersion[k];
        expires[k] = t + o.ttl;
      }
    } else {
      writes++;
      dbVersion[k]++;
      if (o.invalidateOnWrite) cachedVersion[k] = -1;
    }
  }
  return {
    reads,
    writes,
    hits,
    staleReads: stale,
    hitRatio: reads > 0 ? hits / reads : 0,
    staleRatio: reads > 0 ? stale / reads : 0,
    truncated: t <= o.horizon,
  };
}
