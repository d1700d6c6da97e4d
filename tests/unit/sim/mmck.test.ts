import { describe, expect, it } from 'vitest';
import { mmc } from '../../../src/sim/closedForms';
import { exponential } from '../../../src/sim/distributions';
import { mmck } from '../../../src/sim/mmck';
import { queueSim } from '../../../src/sim/queueSim';
import { meanCI } from '../../../src/sim/stats';

describe('M/M/c/K', () => {
  it('M/M/1/K blocking is (1 − ρ)ρ^K/(1 − ρ^{K+1}) (Kleinrock): 1/7 at ρ = 0.5, K = 2 and 8/15 at ρ = 2, K = 3', () => {
    // Hand: weights 1, ρ, ρ², … normalised; 1e-14 is a few ulps of the log-space arithmetic.
    expect(mmck(0.5, 1, 1, 2).blocking).toBeCloseTo(1 / 7, 14);
    expect(mmck(2, 1, 1, 3).blocking).toBeCloseTo(8 / 15, 14);
    expect(mmck(1, 1, 1, 4).blocking).toBeCloseTo(1 / 5, 14); // ρ = 1: uniform over K + 1 states
  });

  it('with no waiting room it is Erlang B: B(2, 1) = 1/5, B(3, 2) = 4/19 (hand) and B(10, 5) = 0.018385 (Erlang B tables)', () => {
    expect(mmck(1, 1, 2, 2).blocking).toBeCloseTo(1 / 5, 14);
    expect(mmck(2, 1, 3, 3).blocking).toBeCloseTo(4 / 19, 14);
    expect(mmck(5, 1, 10, 10).blocking).toBeCloseTo(0.018385, 6); // tables print 4 significant digits; 0.5e-6 is below that
  });

  it('a very large K is M/M/c: W matches Erlang C to 1e-9 at ρ = 0.8, c = 4', () => {
    // The truncated tail at K = 4004 is 0.8^4000 of the mass: nothing at double precision.
    const big = mmck(3.2, 1, 4, 4004);
    expect(Math.abs(big.w - mmc(3.2, 1, 4).w)).toBeLessThan(1e-9);
    expect(big.blocking).toBeLessThan(1e-300);
  });

  it('an overload of a = 1000 on one server with K = 5000 neither overflows nor loses the answer: blocking ≈ 1 − 1/ρ', () => {
    const r = mmck(1000, 1, 1, 5000);
    expect(Number.isFinite(r.l)).toBe(true);
    expect(r.blocking).toBeCloseTo(1 - 1 / 1000, 12); // (1 − ρ)ρ^K/(1 − ρ^{K+1}) → (ρ − 1)/ρ for ρ^K huge
    expect(r.throughput).toBeCloseTo(1, 9);
  });

  it('queueSim with buffer K − c matches blocking and mean response time of M/M/2/5 at a = 1.8 within 95% CIs (< 5% wide)', () => {
    // 10 seeded replications of 4·10⁴ arrivals; the system is small, so it mixes within a few time units.
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) =>
      queueSim({ arrivalRate: 1.8, servers: 2, service: exponential(1), buffer: 3, horizon: 4e4 / 1.8, warmup: 50, seed }),
    );
    const f = mmck(1.8, 1, 2, 5);
    const blocked = meanCI(runs.map((r) => r.dropped / r.arrivals));
    const w = meanCI(runs.map((r) => r.sojourn.mean));
    for (const [ci, exact] of [
      [blocked, f.blocking],
      [w, f.w],
    ] as const) {
      expect(Math.abs(ci.mean - exact)).toBeLessThanOrEqual(ci.halfWidth);
      expect(ci.halfWidth / exact).toBeLessThan(0.05);
    }
  });
});
