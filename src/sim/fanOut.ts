import { randomSeeded } from '../kernels/random';
import { backoff, type BackoffPolicy } from './backoff';
import type { Distribution } from './distributions';
import { latencySummary, type LatencySummary } from './stats';

/**
 * A request that fans out to n leaf services and waits for all of them (Dean & Barroso, "The Tail
 * at Scale", CACM 2013): its latency is the maximum of n leaf latencies, so with leaves slow with
 * probability p the request is slow with probability 1 − (1 − p)ⁿ (`tailAtScale`).
 *
 * Per leaf call, optionally:
 * - a hedge: if no reply after `hedgeAfter`, send a backup and take whichever answers first,
 *   so the call takes min(X₁, d + X₂); the backup costs one extra call;
 * - a timeout with retries: an attempt slower than `timeout` is abandoned at `timeout`, the client
 *   sleeps `backoff(policy, attempt)` and tries again, up to `retries` times; a call whose every
 *   attempt times out fails, and so does its request.
 * Leaves are independent and unloaded here (no queueing), which is the paper's model; load
 * feedback is in `retryStorm`. The run is bounded by `maxCalls` leaf attempts: `requests` is
 * reduced to fit, so 10⁴ services cannot hang it.
 */
export interface FanOutOptions {
  requests: number;
  fanOut: number;
  latency: Distribution;
  /** A request (or leaf) is counted slow when its latency exceeds this. */
  slowThreshold: number;
  hedgeAfter?: number;
  timeout?: number;
  retries?: number;
  backoff?: BackoffPolicy;
  maxCalls?: number;
  seed?: number;
}

export interface FanOutResult {
  /** Requests simulated (≤ asked, when maxCalls bounded the run). */
  requests: number;
  latencies: Float64Array;
  summary: LatencySummary;
  /** Share of requests slower than the threshold, and of leaf calls slower than it. */
  slowShare: number;
  leafSlowShare: number;
  /** Requests with a failed leaf (all attempts timed out). */
  failed: number;
  /** Leaf attempts sent, including backups and retries, per leaf call needed: 1 means no extra load. */
  loadFactor: number;
  backups: number;
  retries: number;
}

export function fanOut(o: FanOutOptions): FanOutResult {
  if (!Number.isInteger(o.fanOut) || o.fanOut < 1) throw new RangeError(`fan-out must be a whole number ≥ 1, got ${o.fanOut}`);
  if (!Number.isInteger(o.requests) || o.requests < 1) throw new RangeError(`requests must be a whole number ≥ 1, got ${o.requests}`);
  const retries = o.retries ?? 0;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`retries must be a whole number ≥ 0, got ${retries}`);
  if (o.timeout !== undefined && !(o.timeout > 0)) throw new RangeError(`timeout must be > 0, got ${o.timeout}`);
  const rand = randomSeeded(o.seed ?? 1);
  const perCall = (1 + retries) * (o.hedgeAfter !== undefined ? 2 : 1);
  const maxCalls = o.maxCalls ?? 20_000_000;
  const requests = Math.max(1, Math.min(o.requests, Math.floor(maxCalls / (o.fanOut * perCall))));
  const { latency, hedgeAfter, timeout, slowThreshold } = o;
  const policy = o.backoff ?? { kind: 'none', base: 0, cap: 0 };
  let [attempts, backups, retried, slowLeaves, slowRequests, failed] = [0, 0, 0, 0, 0, 0];
  const latencies = new Float64Array(requests);

  const attempt = () => {
    attempts++;
    const x = latency.sample(rand);
    if (hedgeAfter === undefined || x <= hedgeAfter) return x;
    backups++;
    attempts++;
    return Math.min(x, hedgeAfter + latency.sample(rand));
  };
  /** One leaf call: its latency, or −(time wasted) when every attempt timed out. */
  const leaf = () => {
    let elapsed = 0;
    let sleep = policy.base;
    for (let a = 0; ; a++) {
      const x = attempt();
      if (timeout === undefined || x <= timeout) return elapsed + x;
      elapsed += timeout;
      if (a === retries) return -elapsed;
      retried++;
      sleep = backoff(policy, a + 1, rand, sleep);
      elapsed += sleep;
    }
  };

  for (let r = 0; r < requests; r++) {
    let worst = 0;
    let ok = true;
    for (let i = 0; i < o.fanOut; i++) {
      const x = leaf();
      if (x < 0) ok = false;
      const t = Math.abs(x);
      if (t > slowThreshold) slowLeaves++;
      if (t > worst) worst = t;
    }
    latencies[r] = worst;
    if (!ok) failed++;
    if (worst > slowThreshold) slowRequests++;
  }
  return {
    requests,
    latencies,
    summary: latencySummary(latencies),
    slowShare: slowRequests / requests,
    leafSlowShare: slowLeaves / (requests * o.fanOut),
    failed,
    loadFactor: attempts / (requests * o.fanOut),
    backups,
    retries: retried,
  };
}
