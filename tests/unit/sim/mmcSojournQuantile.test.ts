import { describe, expect, it } from 'vitest';
import { erlangC, mmc } from '../../../src/sim/closedForms';
import { exponential } from '../../../src/sim/distributions';
import { mmcSojournQuantile, mmcSojournSurvival, mmcWaitQuantile } from '../../../src/sim/mmcSojournQuantile';
import { queueSim } from '../../../src/sim/queueSim';
import { meanCI } from '../../../src/sim/stats';

/** ∫₀^∞ P(T > t) dt = E[T], by Simpson's rule on [0, 80/min(θ, μ)]: the tail beyond is below e^{−80}. */
function meanFromSurvival(lambda: number, mu: number, c: number): number {
  const end = 80 / Math.min(mu, c * mu - lambda);
  const n = 200_000;
  const h = end / n;
  let s = mmcSojournSurvival(lambda, mu, c, 0) + mmcSojournSurvival(lambda, mu, c, end);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * mmcSojournSurvival(lambda, mu, c, i * h);
  return (s * h) / 3;
}

describe('M/M/c response-time percentiles', () => {
  it('for c = 1 the response time is Exp(μ − λ) (Kleinrock): p50, p95, p99 are ln(1/(1 − q))/(μ − λ) to 1e-9', () => {
    // Bisection stops at 1e-12 relative; the survival function collapses to e^{−(μ−λ)t} up to a few ulps.
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = -Math.log(1 - q) / (1 - 0.8);
      expect(Math.abs(mmcSojournQuantile(0.8, 1, 1, q) - exact) / exact).toBeLessThan(1e-9);
    }
  });

  it('integrating the survival function gives Erlang C mean W = 1/μ + C/(cμ − λ), also when cμ − λ = μ exactly', () => {
    // Simpson with 2·10⁵ panels on a smooth integrand: error far below 1e-8 of W.
    for (const [lambda, mu, c] of [
      [3, 1, 4],
      [1, 1, 2], // θ = 2 − 1 = μ: the limiting branch of the hypoexponential tail
      [8, 1, 10],
      [0.3, 2, 3],
    ]) {
      const w = mmc(lambda, mu, c).w;
      expect(Math.abs(meanFromSurvival(lambda, mu, c) - w) / w, `λ=${lambda} μ=${mu} c=${c}`).toBeLessThan(1e-8);
    }
  });

  it('M/M/1 at ρ = 0.5 waits at all only half the time: wait p50 = 0 and p90 = ln(0.5/0.1)/0.5 = 3.2189 (hand)', () => {
    expect(mmcWaitQuantile(0.5, 1, 1, 0.5)).toBe(0);
    expect(mmcWaitQuantile(0.5, 1, 1, 0.9)).toBeCloseTo(2 * Math.log(5), 12);
    // M/M/4 at a = 3: the wait exceeds its p99 with probability C·e^{−θt} = 0.01.
    const t = mmcWaitQuantile(3, 1, 4, 0.99);
    expect(erlangC(4, 3) * Math.exp(-(4 - 3) * t)).toBeCloseTo(0.01, 12);
  });

  it('ρ ≥ 1 gives Infinity, not NaN or a hang', () => {
    expect(mmcSojournQuantile(2, 1, 2, 0.99)).toBe(Infinity);
    expect(mmcWaitQuantile(5, 1, 2, 0.5)).toBe(Infinity);
    expect(mmcSojournSurvival(5, 1, 2, 10)).toBe(1);
  });

  it('M/M/3 at ρ = 0.8: simulated p50 / p95 / p99 of 10 seeded runs contain the exact percentiles in their 95% CIs (< 6% wide)', () => {
    // 10 replications of 5·10⁴ arrivals after a warm-up of 200 mean service times (~30 relaxation times at ρ = 0.8, c = 3).
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) =>
      queueSim({ arrivalRate: 2.4, servers: 3, service: exponential(1), horizon: 5e4 / 2.4, warmup: 200, seed }),
    );
    for (const [q, key] of [
      [0.5, 'p50'],
      [0.95, 'p95'],
      [0.99, 'p99'],
    ] as const) {
      const ci = meanCI(runs.map((r) => r.sojourn[key]));
      const exact = mmcSojournQuantile(2.4, 1, 3, q);
      expect(Math.abs(ci.mean - exact), key).toBeLessThanOrEqual(ci.halfWidth);
      // p99 rests on the top 500 of 5·10⁴ correlated responses per run: its CI is ±5.4% here, so 6% (as in queueSim.test.ts).
      expect(ci.halfWidth / exact).toBeLessThan(0.06);
    }
  });
});
