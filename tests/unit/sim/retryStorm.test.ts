import { describe, expect, it } from 'vitest';
import { deterministic, exponential } from '../../../src/sim/distributions';
import { retryStorm, type RetryStormOptions } from '../../../src/sim/retryStorm';

const STORM: RetryStormOptions = {
  arrivalRate: 8,
  servers: 10,
  service: exponential(1), // ρ = 0.8, and 1.6 while the dependency is twice as slow
  slowdown: { start: 100, end: 200, factor: 2 },
  timeout: 5,
  retries: 3,
  backoff: { kind: 'full', base: 0.5, cap: 20 },
  horizon: 500,
  bucket: 50,
  seed: 1,
};
const BREAKER = { failureRateThreshold: 0.5, windowSize: 20, minimumCalls: 20, openDuration: 10, halfOpenCalls: 5 };
const perRequest = (b: { attempts: number; requests: number }) => b.attempts / b.requests;

describe('retryStorm', () => {
  it('hand trace: one request, service 15 > timeout 10, 2 retries sleeping 2 then 4: 3 attempts, all wasted, the request fails', () => {
    // t=1 send a0 (done 16); t=11 a0 times out, sleep 2; t=13 a1 queues behind a0, starts 16 (done 31);
    // t=23 a1 times out, sleep 4; t=27 a2 queues, starts 31 (done 46); t=37 a2 times out: no retries left.
    const r = retryStorm({
      arrivalRate: 1,
      arrivals: deterministic(1),
      servers: 1,
      service: deterministic(15),
      timeout: 10,
      retries: 2,
      backoff: { kind: 'exponential', base: 1, cap: 1e9 },
      horizon: 1.5,
    });
    expect([r.requests, r.attempts, r.succeeded, r.failed, r.wasted]).toEqual([1, 3, 0, 1, 3]);
  });

  it('a healthy dependency (service 0.5 < gap 1 < timeout) costs exactly one attempt per request', () => {
    const r = retryStorm({ ...STORM, arrivals: deterministic(1), servers: 1, service: deterministic(0.5), slowdown: undefined, horizon: 100.5 });
    expect([r.requests, r.attempts, r.amplification, r.failed]).toEqual([100, 100, 1, 0]);
    expect(r.latency.p99).toBe(0.5);
  });

  it('a 100-unit slowdown turns into a retry storm that outlives it: ~4 attempts per request until the end, never more than 1 + retries', () => {
    const r = retryStorm(STORM);
    expect(r.amplification).toBeLessThanOrEqual(1 + STORM.retries);
    expect(perRequest(r.series[1])).toBeLessThan(1.1); // before the slowdown
    // After the slowdown ends at 200 the retries alone keep the dependency overloaded (metastable failure).
    for (const b of r.series.slice(5, 10)) expect(perRequest(b)).toBeGreaterThan(3);
    expect(r.wasted).toBeGreaterThan(r.succeeded);
  });

  it('a circuit breaker sheds the storm: it opens, and after the slowdown attempts per request return to ~1', () => {
    const r = retryStorm({ ...STORM, breaker: BREAKER });
    const states = r.transitions.map((t) => t.state);
    expect(states).toContain('open');
    expect(states.at(-1)).toBe('closed');
    for (const b of r.series.slice(6, 10)) expect(perRequest(b)).toBeLessThan(1.1);
    expect(r.succeeded).toBeGreaterThan(3 * retryStorm(STORM).succeeded);
  });

  it('maxEvents bounds a run that would otherwise be long, and says so', () => {
    const r = retryStorm({ ...STORM, horizon: 1e9, maxEvents: 50_000 });
    expect([r.events, r.truncated]).toEqual([50_000, true]);
  });

  it('zero servers is a clear error', () => {
    expect(() => retryStorm({ ...STORM, servers: 0 })).toThrow(/servers must be a whole number ≥ 1/);
  });
});
