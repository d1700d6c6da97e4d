import { describe, expect, it } from 'vitest';
import { erlangC, mg1, mm1, mmc } from '../../../src/sim/closedForms';
import { deterministic, exponential, lognormal } from '../../../src/sim/distributions';
import { queueSim, type QueueOptions, type QueueResult } from '../../../src/sim/queueSim';
import { mean, meanCI } from '../../../src/sim/stats';

/**
 * Confidence intervals come from independent replications: 10 seeds, each a run of ~10⁵ arrivals
 * (warm-up 500 time units dropped, which is > 20 relaxation times at ρ = 0.8). The 95% t-interval
 * of the 10 replication means must contain the closed form, and must be narrow (a stated fraction
 * of the value), so the check has teeth. The seeds are fixed, so the outcome is reproducible.
 */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
function replicate(o: Omit<QueueOptions, 'seed'>, f: (r: QueueResult) => number) {
  return meanCI(SEEDS.map((seed) => f(queueSim({ ...o, seed }))));
}
function expectWithin(ci: { mean: number; halfWidth: number }, value: number, maxRelWidth: number) {
  expect(Math.abs(ci.mean - value)).toBeLessThanOrEqual(ci.halfWidth);
  expect(ci.halfWidth / value).toBeLessThan(maxRelWidth);
}
const arrivals = (n: number, lambda: number) => ({ horizon: n / lambda, warmup: 500 });

describe('queueSim against closed forms', () => {
  it('M/M/1 at ρ = 0.8: the mean wait lies within the 95% CI (half-width < 4%) of Wq = ρ/(μ − λ) = 4', () => {
    const ci = replicate({ arrivalRate: 0.8, servers: 1, service: exponential(1), ...arrivals(1e5, 0.8) }, (r) => r.wait.mean);
    expectWithin(ci, mm1(0.8, 1).wq, 0.04);
  });

  it('M/M/4 at λ = 3, μ = 1: the mean wait lies within the 95% CI (< 5%) of Erlang C, Wq = C(4, 3)/(4 − 3)', () => {
    const ci = replicate({ arrivalRate: 3, servers: 4, service: exponential(1), ...arrivals(1e5, 3) }, (r) => r.wait.mean);
    expectWithin(ci, erlangC(4, 3) / (4 - 3), 0.05);
    expect(mmc(3, 1, 4).wq).toBeCloseTo(erlangC(4, 3), 12);
  });

  it('M/D/1 at ρ = 0.8 waits half as long as M/M/1 (Pollaczek–Khinchine Wq = 2) within the 95% CI (< 4%)', () => {
    const ci = replicate({ arrivalRate: 0.8, servers: 1, service: deterministic(1), ...arrivals(5e4, 0.8) }, (r) => r.wait.mean);
    expectWithin(ci, mg1(0.8, 1, 0).wq, 0.04);
  });

  it('M/G/1 with lognormal service (cv 1.5) at ρ = 0.5 matches Pollaczek–Khinchine Wq = 1.625 within the 95% CI (< 6%)', () => {
    const ci = replicate({ arrivalRate: 0.5, servers: 1, service: lognormal(1, 1.5), ...arrivals(5e4, 0.5) }, (r) => r.wait.mean);
    expectWithin(ci, mg1(0.5, 1, 1.5 ** 2).wq, 0.06);
  });

  it('M/M/1 sojourn times are Exp(μ − λ): p50, p95, p99 within their 95% CIs (< 6%) of ln(1/(1 − q))/(μ − λ)', () => {
    const o = { arrivalRate: 0.8, servers: 1, service: exponential(1), ...arrivals(1e5, 0.8) };
    const runs = SEEDS.map((seed) => queueSim({ ...o, seed }));
    for (const [q, key] of [
      [0.5, 'p50'],
      [0.95, 'p95'],
      [0.99, 'p99'],
    ] as const) {
      expectWithin(meanCI(runs.map((r) => r.sojourn[key])), -Math.log(1 - q) / 0.2, 0.06);
    }
  });
});

describe("queueSim and Little's law", () => {
  const o = { arrivalRate: 0.8, servers: 1, service: exponential(1), ...arrivals(1e5, 0.8) };
  const runs = SEEDS.map((seed) => queueSim({ ...o, seed }));

  it('on each trace the time-average L equals λ̂·W: the 95% CI of L − λ̂W contains 0 and is under 0.1% of L', () => {
    // L integrates N(t) over the window; W averages per-request sojourns: two different computations
    // that agree only up to requests straddling the window's ends.
    const ci = meanCI(runs.map((r) => r.l - r.arrivalRateObserved * r.sojourn.mean));
    expect(Math.abs(ci.mean)).toBeLessThanOrEqual(ci.halfWidth);
    expect(ci.halfWidth).toBeLessThan(1e-3 * mm1(0.8, 1).l);
  });

  it('L and Lq lie within their 95% CIs (< 4%) of ρ/(1 − ρ) = 4 and ρ²/(1 − ρ) = 3.2', () => {
    expectWithin(meanCI(runs.map((r) => r.l)), mm1(0.8, 1).l, 0.04);
    expectWithin(meanCI(runs.map((r) => r.lq)), mm1(0.8, 1).lq, 0.05);
  });

  it('utilisation is ρ = 0.8 and throughput is λ = 0.8, each within 1% (both average ~10⁵ events per run)', () => {
    expect(Math.abs(mean(runs.map((r) => r.utilisation)) / 0.8 - 1)).toBeLessThan(0.01);
    expect(Math.abs(mean(runs.map((r) => r.throughput)) / 0.8 - 1)).toBeLessThan(0.01);
  });
});

describe('queueSim: buffers, batching, partitions', () => {
  it('with no buffer (M/M/3/3, a = 2) the shed share is Erlang B(3, 2) = (8/6)/(1 + 2 + 2 + 8/6) within its binomial CI', () => {
    const b = 8 / 6 / (1 + 2 + 2 + 8 / 6);
    const r = queueSim({ arrivalRate: 2, servers: 3, service: exponential(1), buffer: 0, horizon: 1e5, seed: 4 });
    // 2·10⁵ arrivals: sd √(B(1 − B)/n) ≈ 0.0009; 4 sd.
    expect(Math.abs(r.dropped / r.arrivals - b)).toBeLessThan(4 * Math.sqrt((b * (1 - b)) / r.arrivals));
    expect(r.wait.p99).toBe(0); // nobody waits in a loss system
  });

  it('a bounded buffer caps the queue: nobody waits behind more than `buffer` others (D service: wait < (buffer + 1)·S)', () => {
    const r = queueSim({ arrivalRate: 2, servers: 1, service: deterministic(1), buffer: 5, horizon: 1e4, seed: 2 });
    expect(r.dropped).toBeGreaterThan(0);
    expect(Math.max(...r.waits)).toBeLessThan(6);
  });

  it('batching raises capacity: overloaded, b = 8 with S = 1 per batch completes 8 per unit time, b = 1 completes 1', () => {
    const run = (size: number) => queueSim({ arrivalRate: 20, servers: 1, service: deterministic(1), batch: { size, timeout: 0.5 }, horizon: 2000, seed: 1 });
    // A saturated deterministic server: throughput exact to the one batch in flight at the horizon (8/2000).
    expect(Math.abs(run(8).throughput - 8)).toBeLessThanOrEqual(8 / 2000);
    expect(Math.abs(run(1).throughput - 1)).toBeLessThanOrEqual(1 / 2000);
    expect(run(8).stable).toBe(false);
  });

  it('with idle servers to spare, nobody waits longer than the batch timeout', () => {
    const r = queueSim({ arrivalRate: 1, servers: 50, service: deterministic(0.1), batch: { size: 10, timeout: 2 }, horizon: 1e4, seed: 3 });
    expect(Math.max(...r.waits)).toBeLessThanOrEqual(2 + 1e-9);
    expect(r.wait.mean).toBeGreaterThan(0.5); // requests do wait for fuller batches
  });

  it('a hot key: partition 0 with 40% of λ = 4 behaves as M/M/1 with W = 1/(2 − 1.6) = 2.5, the others 1/(2 − 0.8), within 95% CIs', () => {
    const o = { arrivalRate: 4, servers: 1, service: exponential(2), partitions: { count: 4, hotShare: 0.4 }, horizon: 2e4, warmup: 200 };
    expectWithin(
      replicate(o, (r) => r.partitions[0].meanSojourn),
      1 / (2 - 1.6),
      0.05,
    );
    expectWithin(
      replicate(o, (r) => r.partitions[2].meanSojourn),
      1 / (2 - 0.8),
      0.05,
    );
    expect(queueSim({ ...o, seed: 1 }).rho).toBeCloseTo(0.8, 12);
  });
});

describe('queueSim at extreme settings', () => {
  it('ρ = 2 reports unstable, still terminates at the horizon, and its waits keep growing', () => {
    const r = queueSim({ arrivalRate: 2, servers: 1, service: exponential(1), horizon: 5000, seed: 1 });
    expect([r.stable, r.rho, r.truncated]).toEqual([false, 2, false]);
    const half = r.waits.length >> 1;
    expect(mean(r.waits.subarray(half))).toBeGreaterThan(2 * mean(r.waits.subarray(0, half)));
  });

  it('maxEvents stops a run with a huge horizon and says it was truncated', () => {
    const t0 = performance.now();
    const r = queueSim({ arrivalRate: 5, servers: 1, service: exponential(1), horizon: 1e12, maxEvents: 100_000, seed: 1 });
    expect([r.events, r.truncated]).toEqual([100_000, true]);
    // Time averages cover only the time simulated: the server was saturated throughout.
    expect(r.utilisation).toBeGreaterThan(0.99);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('zero servers is a clear error, not a hang', () => {
    expect(() => queueSim({ arrivalRate: 1, servers: 0, service: exponential(1), horizon: 10 })).toThrow(
      /servers must be a whole number ≥ 1.*nothing is ever served/,
    );
  });
});
