import { randomSeeded } from '../kernels/random';
import { backoff, type BackoffPolicy } from './backoff';
import { CircuitBreaker, type BreakerOptions, type BreakerState } from './circuitBreaker';
import { exponential, type Distribution } from './distributions';
import { EventQueue } from './eventQueue';
import type { EventRun, EventRunOptions } from './eventRun';
import { latencySummary, type LatencySummary } from './stats';

/**
 * Clients calling a dependency that slows down: the retry storm. User requests arrive (Poisson at
 * `arrivalRate`, or any gap distribution) and each sends an attempt to a dependency with c servers
 * and a FIFO queue. An attempt unanswered after `timeout` is abandoned by the client, which sleeps
 * `backoff(policy, retry)` and retries, up to `retries` times. The dependency cannot see client
 * deadlines, so it still serves abandoned attempts: wasted work that delays everyone behind it.
 * While `slowdown` holds, service takes `factor` times longer; once queues pass the timeout,
 * every request costs up to 1 + retries attempts (the load amplification reported here), and the
 * extra load can keep the dependency overloaded after the slowdown ends.
 * An optional circuit breaker (`CircuitBreaker`) sees every attempt's outcome and, while open,
 * fails requests at once without sending them. Bounded by `horizon` (no arrivals after it) and
 * `maxEvents`.
 */
export interface RetryStormOptions extends EventRunOptions {
  arrivalRate: number;
  /** Gaps between user requests; default exponential(arrivalRate). */
  arrivals?: Distribution;
  servers: number;
  service: Distribution;
  slowdown?: { start: number; end: number; factor: number };
  timeout: number;
  retries: number;
  backoff: BackoffPolicy;
  breaker?: BreakerOptions;
  horizon: number;
  /** Width of the time-series buckets; default horizon/100. */
  bucket?: number;
}

export interface StormBucket {
  start: number;
  requests: number;
  attempts: number;
  succeeded: number;
  failed: number;
  rejected: number;
  breaker: BreakerState;
}

export interface RetryStormResult extends EventRun {
  requests: number;
  /** Attempts that reached the dependency, and attempts per user request. */
  attempts: number;
  amplification: number;
  succeeded: number;
  /** Requests that ran out of retries, and requests the open breaker failed fast. */
  failed: number;
  rejected: number;
  /** Attempts the dependency finished after their client had given up. */
  wasted: number;
  latency: LatencySummary;
  series: StormBucket[];
  transitions: { time: number; state: BreakerState }[];
}

const ARRIVAL = 0;
const SEND = 1;
const TIMEOUT = 2;
const DONE = 3;

export function retryStorm(o: RetryStormOptions): RetryStormResult {
  if (!Number.isInteger(o.servers) || o.servers < 1) throw new RangeError(`servers must be a whole number ≥ 1, got ${o.servers}`);
  if (!(o.timeout > 0)) throw new RangeError(`timeout must be > 0, got ${o.timeout}`);
  if (!Number.isInteger(o.retries) || o.retries < 0) throw new RangeError(`retries must be a whole number ≥ 0, got ${o.retries}`);
  if (!(o.horizon > 0) || !Number.isFinite(o.horizon)) throw new RangeError(`horizon must be finite and > 0, got ${o.horizon}`);
  const rand = randomSeeded(o.seed ?? 1);
  const gap = o.arrivals ?? exponential(o.arrivalRate);
  const breaker = o.breaker ? new CircuitBreaker(o.breaker) : null;
  const width = o.bucket ?? o.horizon / 100;
  const maxEvents = o.maxEvents ?? 4_000_000;
  const series: StormBucket[] = [];
  const bucketAt = (t: number): StormBucket => {
    const i = Math.min(Math.floor(t / width), 100_000);
    while (series.length <= i) {
      series.push({ start: series.length * width, requests: 0, attempts: 0, succeeded: 0, failed: 0, rejected: 0, breaker: breaker?.state ?? 'closed' });
    }
    return series[i];
  };

  // Requests: start time, retries used, last sleep. Attempts: request, state (0 pending, 1 answered, 2 abandoned), breaker ticket.
  const req = { start: [] as number[], tries: [] as number[], sleep: [] as number[] };
  const att = { req: [] as number[], state: [] as number[], ticket: [] as number[] };
  const queue: number[] = [];
  let qHead = 0;
  const idle = Array.from({ length: o.servers }, (_, s) => s);
  const inService = new Array<number>(o.servers).fill(-1);
  const latencies: number[] = [];
  let [attempts, succeeded, failed, rejected, wasted, events] = [0, 0, 0, 0, 0, 0];
  const eq = new EventQueue(1024);

  const serviceTime = (t: number) => {
    const s = o.service.sample(rand);
    const d = o.slowdown;
    return d && t >= d.start && t < d.end ? s * d.factor : s;
  };
  const startService = (t: number) => {
    while (idle.length > 0 && qHead < queue.length) {
      const s = idle.pop()!;
      inService[s] = queue[qHead++];
      eq.push(t + serviceTime(t), DONE, s);
    }
    if (qHead > 4096 && qHead * 2 > queue.length) {
      queue.splice(0, qHead);
      qHead = 0;
    }
  };
  const fail = (t: number) => {
    failed++;
    bucketAt(t).failed++;
  };
  const send = (r: number, t: number) => {
    const ticket = breaker ? breaker.allow(t) : 0;
    if (ticket < 0) {
      rejected++;
      bucketAt(t).rejected++;
      return;
    }
    const a = att.req.length;
    att.req.push(r);
    att.state.push(0);
    att.ticket.push(ticket);
    attempts++;
    bucketAt(t).attempts++;
    queue.push(a);
    eq.push(t + o.timeout, TIMEOUT, a);
    startService(t);
  };

  eq.push(gap.sample(rand), ARRIVAL);
  while (events < maxEvents && eq.pop()) {
    events++;
    const t = eq.now;
    const arg = eq.arg;
    if (eq.kind === ARRIVAL) {
      const r = req.start.length;
      req.start.push(t);
      req.tries.push(0);
      req.sleep.push(o.backoff.base);
      bucketAt(t).requests++;
      send(r, t);
      const next = t + gap.sample(rand);
      if (next <= o.horizon) eq.push(next, ARRIVAL);
    } else if (eq.kind === SEND) {
      send(arg, t);
    } else if (eq.kind === TIMEOUT) {
      if (att.state[arg] !== 0) continue;
      att.state[arg] = 2;
      breaker?.record(t, false, att.ticket[arg]);
      const r = att.req[arg];
      if (req.tries[r] === o.retries) {
        fail(t);
        continue;
      }
      req.tries[r]++;
      req.sleep[r] = backoff(o.backoff, req.tries[r], rand, req.sleep[r]);
      eq.push(t + req.sleep[r], SEND, r);
    } else {
      const a = inService[arg];
      inService[arg] = -1;
      idle.push(arg);
      if (att.state[a] === 0) {
        att.state[a] = 1;
        succeeded++;
        bucketAt(t).succeeded++;
        latencies.push(t - req.start[att.req[a]]);
        breaker?.record(t, true, att.ticket[a]);
      } else wasted++;
      startService(t);
    }
    if (breaker) bucketAt(t).breaker = breaker.state;
  }
  const requests = req.start.length;
  return {
    requests,
    attempts,
    amplification: requests > 0 ? attempts / requests : 0,
    succeeded,
    failed,
    rejected,
    wasted,
    latency: latencySummary(latencies),
    series,
    transitions: breaker ? breaker.transitions : [],
    events,
    truncated: eq.size > 0,
  };
}
