import { describe, expect, it } from 'vitest';
import { mm1 } from '../../../src/sim/closedForms';
import { batchSweep } from '../../../src/sim/jobs/batchSweep';
import { partitionRun } from '../../../src/sim/jobs/partitionRun';
import { queuePoint } from '../../../src/sim/jobs/queuePoint';
import { queueSweep } from '../../../src/sim/jobs/queueSweep';
import { serviceTime } from '../../../src/sim/jobs/serviceTime';
import { mmck } from '../../../src/sim/mmck';
import { wilsonInterval } from '../../../src/sim/wilsonInterval';
import { runJob } from './runJob';

const EXP10 = { kind: 'exponential', mean: 10, cv: 1 } as const;

describe('queueing jobs (λ in requests/s, times in ms)', () => {
  it('queueSweep, M/M/1 with 10 ms service: each point is within two 95% half-widths of W = 10/(1 − ρ) ms (LINE qsys_mm1), half-width < 15% of W', () => {
    // 3·10⁴ arrivals per point; at ρ = 0.8 the relaxation time is ~80 service times, so 20 batch means are near independent.
    // A 95% interval misses 1 time in 20 by design (here ρ = 0.5 lands just outside one); two half-widths are ~4 sd of
    // the batch-mean t-statistic (19 df), a miss probability of ~5·10⁻⁴ per point.
    const { result, progress } = runJob(queueSweep, { servers: 1, service: EXP10, rhos: [0.3, 0.5, 0.8], arrivals: 30_000, seed: 1 });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3]);
    for (const p of result.points) {
      const w = mm1(p.rho / 10, 1 / 10).w;
      expect(Math.abs(p.mean - w), `ρ = ${p.rho}`).toBeLessThanOrEqual(2 * p.halfWidth);
      expect(p.halfWidth / w).toBeLessThan(0.15);
    }
  });

  it("queuePoint at 80 requests/s on one 10 ms server: W ≈ 1/(100 − 80) s = 50 ms, and Little's law L = λW holds on the trace to 2%", () => {
    const r = runJob(queuePoint, { arrivalRate: 80, servers: 1, service: EXP10, buffer: null, arrivals: 60_000, seed: 2 }).result;
    expect(r.rho).toBeCloseTo(0.8, 12);
    expect(Math.abs(r.sojourn.mean - 50)).toBeLessThanOrEqual(r.halfWidth);
    // L is a time average over the window and λW a per-request average; they differ only by the requests straddling the window's ends.
    expect(Math.abs(r.l - r.admittedRate * r.sojourn.mean) / r.l).toBeLessThan(0.02);
    expect(r.throughput).toBeGreaterThan(76); // completions/s ≈ λ (5% for the Poisson count over 675 s)
  });

  it('queuePoint with a buffer of 2 at ρ = 1 sheds 1/(K + 1) = 1/4 of arrivals (M/M/1/3) within the Wilson 95% interval', () => {
    const r = runJob(queuePoint, { arrivalRate: 100, servers: 1, service: EXP10, buffer: 2, arrivals: 40_000, seed: 3 }).result;
    expect(mmck(0.1, 0.1, 1, 3).blocking).toBeCloseTo(0.25, 12);
    // Arrivals are not independent trials (blocking is correlated in time), so the binomial interval is widened 2×.
    const ci = wilsonInterval(r.dropped, r.arrivals);
    expect(Math.abs(r.dropped / r.arrivals - 0.25)).toBeLessThan(2 * (ci.hi - ci.lo));
  });

  it('queuePoint beyond capacity (ρ = 1.2, unbounded) reports no steady state and response times that keep climbing', () => {
    const r = runJob(queuePoint, { arrivalRate: 120, servers: 1, service: EXP10, buffer: null, arrivals: 20_000, seed: 4 }).result;
    expect(r.stable).toBe(false);
    expect(r.late).toBeGreaterThan(5 * r.early);
    expect(r.truncated).toBe(false);
  });

  it('batchSweep: a saturated server completes exactly its capacity b/(overhead + b·perItem); a big enough batch keeps up with λ', () => {
    // Deterministic 10 ms overhead + 1 ms per item: b = 1 serves 1000/11 = 90.9/s < λ = 200/s; b = 4 serves 285.7/s.
    const { result } = runJob(batchSweep, {
      arrivalRate: 200,
      servers: 1,
      service: { kind: 'deterministic', mean: 10, cv: 0 },
      perItem: 1,
      timeout: 5,
      sizes: [1, 4],
      buffer: null,
      arrivals: 20_000,
      seed: 5,
    });
    const [one, four] = result.points;
    expect(one.capacity).toBeCloseTo(1000 / 11, 9);
    expect(one.stable).toBe(false);
    expect(Math.abs(one.throughput - one.capacity) / one.capacity).toBeLessThan(0.01); // always busy: only the window edges differ
    expect(four.capacity).toBeCloseTo(4000 / 14, 9);
    expect(four.stable).toBe(true);
    expect(Math.abs(four.throughput - 200) / 200).toBeLessThan(0.03); // Poisson count of ~9·10⁴ ms · 0.2/ms: sd 0.7%
  });

  it('partitionRun: each partition is busy ρ_p = k·λ·h_p·E[S]/c of the time (utilisation law), and a hot one saturates', () => {
    // 4 partitions sized for 50/s each on one 10 ms server (ρ = 0.5); the hot key sends 40% to partition 0: ρ₀ = 4·0.4·0.5 = 0.8.
    const base = { arrivalRate: 50, servers: 1, service: EXP10, partitions: 4, buffer: null, arrivals: 80_000, seed: 6 };
    const warm = runJob(partitionRun, { ...base, hotShare: 0.4 }).result;
    expect(warm.parts.map((p) => p.rho)).toEqual([0.8, 0.4, 0.4, 0.4].map((x) => expect.closeTo(x, 12)));
    for (const p of warm.parts) expect(Math.abs(p.utilisation - p.rho)).toBeLessThan(0.02); // busy-time average of ~2·10⁴ services
    const hot = runJob(partitionRun, { ...base, hotShare: 0.7 }).result;
    expect(hot.stable).toBe(false);
    expect(hot.parts[0].utilisation).toBeGreaterThan(0.99);
  });

  it('a Pareto service time with the cv asked for: α = 1 + √(1 + 1/cv²) gives cv² = 1/(α(α − 2)) exactly', () => {
    for (const cv of [0.5, 1, 3]) expect(serviceTime({ kind: 'pareto', mean: 10, cv }).cv2).toBeCloseTo(cv * cv, 12);
    expect(serviceTime({ kind: 'lognormal', mean: 10, cv: 2 }).cv2).toBeCloseTo(4, 12);
  });
});
