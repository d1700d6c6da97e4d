import { fanOut } from '../fanOut';
import { wilsonInterval } from '../wilsonInterval';
import type { Job } from './job';
import { leafLatency, SLOW_MS } from './leafLatency';

/**
 * Share of slow requests against fan-out n, for the tail-at-scale chart: one seeded fanOut run per
 * n, each capped at `calls` leaf calls (so n = 10⁴ simulates calls/10⁴ requests, never a hang) and
 * at `maxRequests`. The share carries a 95% Wilson interval, honest at the 0 and 1 ends.
 */
export interface FanOutSweepParams {
  p: number;
  ns: number[];
  calls: number;
  maxRequests: number;
  seed: number;
}

export interface FanOutPoint {
  n: number;
  requests: number;
  slowShare: number;
  lo: number;
  hi: number;
  leafSlowShare: number;
}

export const fanOutSweep: Job<FanOutSweepParams, { points: FanOutPoint[] }> = function* (p) {
  const latency = leafLatency(p.p);
  const points: FanOutPoint[] = [];
  for (const [i, n] of p.ns.entries()) {
    const r = fanOut({ requests: p.maxRequests, fanOut: n, latency, slowThreshold: SLOW_MS, maxCalls: p.calls, seed: p.seed + i });
    const slow = Math.round(r.slowShare * r.requests);
    points.push({ n, requests: r.requests, slowShare: r.slowShare, ...wilsonInterval(slow, r.requests), leafSlowShare: r.leafSlowShare });
    yield { done: i + 1, total: p.ns.length };
  }
  return { points };
};
