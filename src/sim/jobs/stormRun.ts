import { BACKOFF_KINDS, type BackoffKind } from '../backoff';
import type { BreakerState } from '../circuitBreaker';
import { exponential } from '../distributions';
import { retryStorm, type RetryStormOptions, type RetryStormResult, type StormBucket } from '../retryStorm';
import type { Job } from './job';

/**
 * The retry-storm timeline: a dependency of c servers (exponential service, mean `serviceMs`)
 * slows by `slowFactor` between `slowFrom` and `slowTo` seconds; clients time out after
 * `timeoutMs`, back off by the chosen policy (AWS's definitions, base and cap in ms) and retry up to
 * `retries` times, optionally behind a circuit breaker (Resilience4j rules: opens at ≥ 50% failures
 * over the last 50 calls once 20 are recorded, probes with 5 calls after `openMs`). Every backoff
 * kind is also run on the same seed for the comparison table. Inputs in ms and s; the series is per
 * second so the chart reads as rates.
 */
export interface StormParams {
  arrivalRate: number;
  servers: number;
  serviceMs: number;
  slowFactor: number;
  slowFrom: number;
  slowTo: number;
  horizon: number;
  timeoutMs: number;
  retries: number;
  backoff: BackoffKind;
  baseMs: number;
  capMs: number;
  breaker: boolean;
  openMs: number;
  seed: number;
}

/** One retryStorm bucket with its counts turned into rates per second. */
export interface StormPoint extends Omit<StormBucket, 'start'> {
  /** Bucket start, s. */
  t: number;
}

/** One backoff kind's run: its counters as retryStorm reports them, and three numbers read off it. */
export interface StormSummary extends Pick<RetryStormResult, 'requests' | 'attempts' | 'amplification' | 'succeeded' | 'failed' | 'rejected' | 'wasted'> {
  kind: BackoffKind;
  p99: number;
  /** Attempts/s at the worst bucket. */
  peakAttempts: number;
  /** Successes per request over the last 5 s of the run: ~1 once the dependency has recovered, near 0 while the storm sustains itself. */
  recovery: number;
}

export interface StormResult {
  selected: StormSummary;
  series: StormPoint[];
  transitions: { time: number; state: BreakerState }[];
  byKind: StormSummary[];
}

const BUCKET_S = 0.5;

function options(p: StormParams, kind: BackoffKind): RetryStormOptions {
  return {
    arrivalRate: p.arrivalRate / 1000,
    servers: p.servers,
    service: exponential(1 / p.serviceMs),
    slowdown: p.slowFactor > 1 ? { start: p.slowFrom * 1000, end: p.slowTo * 1000, factor: p.slowFactor } : undefined,
    timeout: p.timeoutMs,
    retries: p.retries,
    backoff: { kind, base: p.baseMs, cap: p.capMs },
    breaker: p.breaker ? { failureRateThreshold: 0.5, windowSize: 50, minimumCalls: 20, openDuration: p.openMs, halfOpenCalls: 5 } : undefined,
    horizon: p.horizon * 1000,
    bucket: BUCKET_S * 1000,
    seed: p.seed,
  };
}

function summary(p: StormParams, kind: BackoffKind, r: RetryStormResult): StormSummary {
  const after = r.series.filter((b) => b.start >= (p.horizon - 5) * 1000 && b.start < p.horizon * 1000);
  const asked = after.reduce((s, b) => s + b.requests, 0);
  return {
    kind,
    requests: r.requests,
    attempts: r.attempts,
    amplification: r.amplification,
    succeeded: r.succeeded,
    failed: r.failed,
    rejected: r.rejected,
    wasted: r.wasted,
    p99: r.latency.p99,
    peakAttempts: Math.max(0, ...r.series.map((b) => b.attempts)) / BUCKET_S,
    recovery: asked > 0 ? after.reduce((s, b) => s + b.succeeded, 0) / asked : NaN,
  };
}

export const stormRun: Job<StormParams, StormResult> = function* (p) {
  const byKind: StormSummary[] = [];
  let chosen: RetryStormResult | undefined;
  for (const [i, kind] of BACKOFF_KINDS.entries()) {
    const r = retryStorm(options(p, kind));
    if (kind === p.backoff) chosen = r;
    byKind.push(summary(p, kind, r));
    yield { done: i + 1, total: BACKOFF_KINDS.length };
  }
  const r = chosen ?? retryStorm(options(p, p.backoff));
  const perSecond = (x: number) => x / BUCKET_S;
  return {
    selected: summary(p, p.backoff, r),
    series: r.series.map((b) => ({
      t: b.start / 1000,
      requests: perSecond(b.requests),
      attempts: perSecond(b.attempts),
      succeeded: perSecond(b.succeeded),
      failed: perSecond(b.failed),
      rejected: perSecond(b.rejected),
      breaker: b.breaker,
    })),
    transitions: r.transitions.map((x) => ({ time: x.time / 1000, state: x.state })),
    byKind,
  };
};
