import { fanOut, type FanOutResult } from '../fanOut';
import { percentile } from '../stats';
import type { Job } from './job';
import { leafLatency, SLOW_MS } from './leafLatency';

/**
 * The same fan-out with and without hedging (a backup call to another replica once a leaf has
 * not answered after `hedgeAfter` ms; the first reply wins), on the same seed. The paper's rule
 * is to hedge at the leaf's p95, which costs ~5% more calls and removes most of the tail.
 */
export interface HedgeParams {
  n: number;
  p: number;
  hedgeAfter: number;
  requests: number;
  calls: number;
  seed: number;
}

export interface HedgeSide {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  slowShare: number;
  /** Leaf calls sent per leaf call needed: 1.05 is 5% extra load. */
  loadFactor: number;
}

const side = (r: FanOutResult): HedgeSide => ({
  requests: r.requests,
  p50: r.summary.p50,
  p95: r.summary.p95,
  p99: r.summary.p99,
  p999: percentile(r.latencies, 0.999),
  slowShare: r.slowShare,
  loadFactor: r.loadFactor,
});

export const hedgeCompare: Job<HedgeParams, { plain: HedgeSide; hedged: HedgeSide }> = function* (p) {
  // Both sides simulate the same requests: as many as the hedged side's call budget allows (2 calls per leaf at most).
  const requests = Math.max(1, Math.min(p.requests, Math.floor(p.calls / (2 * p.n))));
  const base = { requests, fanOut: p.n, latency: leafLatency(p.p), slowThreshold: SLOW_MS, maxCalls: p.calls, seed: p.seed };
  const plain = side(fanOut(base));
  yield { done: 1, total: 2 };
  const hedged = side(fanOut({ ...base, hedgeAfter: p.hedgeAfter }));
  return { plain, hedged };
};
