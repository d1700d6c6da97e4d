import { describe, expect, it } from 'vitest';
import { tailAtScale } from '../../../src/sim/closedForms';
import { deterministic, mixture } from '../../../src/sim/distributions';
import { fanOut } from '../../../src/sim/fanOut';

/** A leaf that takes 10 ms, or 1 s with probability p: the paper's "1 in 100 is slow" server. */
const leaf = (p: number) => mixture(p, deterministic(1000), deterministic(10));
/** A share from n Bernoulli trials has sd √(P(1 − P)/n); 4 sd fails a correct simulator with odds < 1e-4. */
const tol = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n) + 1e-12;

const FAN: number[] = [1, 10, 100];

describe('fanOut: the tail at scale', () => {
  it('has cases', () => expect(FAN.length).toBeGreaterThan(0));

  it.each(FAN)('n = %i leaves, 1%% slow: the slow share of requests is 1 − 0.99ⁿ within 4 binomial sd', (n) => {
    const r = fanOut({ requests: 20_000, fanOut: n, latency: leaf(0.01), slowThreshold: 500, seed: n });
    expect(Math.abs(r.slowShare - tailAtScale(0.01, n))).toBeLessThan(tol(tailAtScale(0.01, n), r.requests));
    expect(Math.abs(r.leafSlowShare - 0.01)).toBeLessThan(tol(0.01, r.requests * n));
    expect(r.loadFactor).toBe(1);
  });

  it('hedging after 50 ms: a call is slow only if both copies are, so the slow share is 1 − (1 − p²)ⁿ, for 1 + p times the calls', () => {
    const [p, n] = [0.1, 10];
    const plain = fanOut({ requests: 20_000, fanOut: n, latency: leaf(p), slowThreshold: 500, seed: 1 });
    const hedged = fanOut({ requests: 20_000, fanOut: n, latency: leaf(p), slowThreshold: 500, hedgeAfter: 50, seed: 1 });
    expect(Math.abs(plain.slowShare - tailAtScale(p, n))).toBeLessThan(tol(tailAtScale(p, n), 20_000));
    expect(Math.abs(hedged.slowShare - tailAtScale(p * p, n))).toBeLessThan(tol(tailAtScale(p * p, n), 20_000));
    // A backup goes out exactly when the primary is slow: Bernoulli(p) per call.
    expect(Math.abs(hedged.loadFactor - (1 + p))).toBeLessThan(tol(p, 20_000 * n));
  });
});

describe('fanOut: timeouts and retries', () => {
  it('timeout 100, 2 retries, backoff without jitter (base 5): a call takes 10, 120, 240 or fails at 330, with shares .8, .16, .032, .008', () => {
    // By hand: each slow attempt costs the 100 ms timeout plus a sleep of expo = 5·2^retry (10, then 20).
    const r = fanOut({
      requests: 50_000,
      fanOut: 1,
      latency: leaf(0.2),
      slowThreshold: 500,
      timeout: 100,
      retries: 2,
      backoff: { kind: 'exponential', base: 5, cap: 1e9 },
      seed: 2,
    });
    const counts = new Map<number, number>();
    for (const x of r.latencies) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([10, 120, 240, 330]);
    for (const [x, p] of [
      [10, 0.8],
      [120, 0.16],
      [240, 0.032],
      [330, 0.008],
    ]) {
      expect(Math.abs(counts.get(x)! / r.requests - p)).toBeLessThan(tol(p, r.requests));
    }
    expect(r.failed).toBe(counts.get(330));
  });

  it('with full jitter the first retry of a 10 ms call finishes in [110, 120): timeout + U(0, 10) + 10', () => {
    const r = fanOut({
      requests: 20_000,
      fanOut: 1,
      latency: leaf(0.2),
      slowThreshold: 500,
      timeout: 100,
      retries: 1,
      backoff: { kind: 'full', base: 5, cap: 1e9 },
      seed: 3,
    });
    const retried = [...r.latencies].filter((x) => x > 10 && x < 200);
    expect(retried.length).toBeGreaterThan(0.1 * r.requests);
    for (const x of retried) {
      expect(x).toBeGreaterThanOrEqual(110);
      expect(x).toBeLessThan(120);
    }
  });
});

describe('fanOut at extreme settings', () => {
  it('10⁴ services finishes quickly, bounded by maxCalls, and nearly every request is slow (1 − 0.99¹⁰⁰⁰⁰ ≈ 1)', () => {
    const t0 = performance.now();
    const r = fanOut({ requests: 1e6, fanOut: 10_000, latency: leaf(0.01), slowThreshold: 500, maxCalls: 2_000_000, seed: 1 });
    expect(r.requests).toBe(200);
    expect(r.slowShare).toBe(1);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('zero services is a clear error', () => {
    expect(() => fanOut({ requests: 10, fanOut: 0, latency: leaf(0.01), slowThreshold: 500 })).toThrow(/fan-out must be a whole number ≥ 1/);
  });
});
