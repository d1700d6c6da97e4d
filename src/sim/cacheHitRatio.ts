import { ttlCache } from './closedForms';

/**
 * The expected hit and stale-read ratios of `cacheAside` (same options: key count, Zipf exponent,
 * total read and write rates, TTL, invalidation), so the demo can draw the formula through the
 * simulated points. Reads and writes pick keys from the same popularity p_i ∝ 1/(i+1)^s, so key i
 * sees reads at r·p_i and writes at w·p_i, and its share of all reads is p_i: the totals are the
 * p_i-weighted per-key ratios.
 * - Without invalidation each key is `ttlCache` (closedForms.ts): hit ratio rT/(1 + rT).
 * - With invalidation a write deletes the entry, so a fill is good until the TTL or the next write,
 *   whichever comes first. By the same renewal argument (a miss starts a window; reads in it hit;
 *   the next read after it misses; writes are memoryless) the window lasts
 *   m = E[min(T, Exp(w))] = (1 − e^{−wT})/w, the hit ratio is rm/(1 + rm), and no read is stale.
 *   As T → ∞ that is r/(r + w): every read that follows a write misses.
 */
export interface CacheHitOptions {
  keys: number;
  zipf?: number;
  readRate: number;
  writeRate: number;
  ttl: number;
  invalidateOnWrite?: boolean;
}

export function cacheHitRatio(o: CacheHitOptions): { hitRatio: number; staleRatio: number } {
  if (!Number.isInteger(o.keys) || o.keys < 1) throw new RangeError(`keys must be a whole number ≥ 1, got ${o.keys}`);
  if (!(o.readRate > 0) || !(o.writeRate >= 0) || !(o.ttl >= 0)) throw new RangeError('read rate must be > 0, write rate and TTL ≥ 0');
  const s = o.zipf ?? 0;
  const weights = Array.from({ length: o.keys }, (_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  let [hit, stale] = [0, 0];
  for (const weight of weights) {
    const p = weight / total;
    const [r, w] = [o.readRate * p, o.writeRate * p];
    if (o.invalidateOnWrite) {
      const window = w > 0 ? -Math.expm1(-w * o.ttl) / w : o.ttl;
      hit += (p * r * window) / (1 + r * window);
    } else {
      const f = ttlCache(r, w, o.ttl);
      hit += p * f.hitRatio;
      stale += p * f.staleRatio;
    }
  }
  return { hitRatio: hit, staleRatio: stale };
}
