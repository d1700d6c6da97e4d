import { describe, expect, it } from 'vitest';
import { tailAtScale } from '../../../src/sim/closedForms';
import { fanOutSweep } from '../../../src/sim/jobs/fanOutSweep';
import { hedgeCompare } from '../../../src/sim/jobs/hedgeCompare';
import { leafLatency, SLOW_MS } from '../../../src/sim/jobs/leafLatency';
import { stormRun, type StormParams } from '../../../src/sim/jobs/stormRun';
import { randomSeeded } from '../../../src/kernels/random';
import { percentile } from '../../../src/sim/stats';
import { wilsonInterval } from '../../../src/sim/wilsonInterval';
import { runJob } from './runJob';

describe('fan-out jobs', () => {
  it('the slow share at n = 1, 10, 100 holds 1 − (1 − p)ⁿ (Dean & Barroso: 63% at n = 100, p = 1%) in its Wilson 95% interval', () => {
    const { result } = runJob(fanOutSweep, { p: 0.01, ns: [1, 10, 100], calls: 400_000, maxRequests: 20_000, seed: 1 });
    expect(tailAtScale(0.01, 100)).toBeCloseTo(0.634, 3);
    for (const pt of result.points) {
      const exact = tailAtScale(0.01, pt.n);
      expect(exact, `n = ${pt.n}`).toBeGreaterThanOrEqual(pt.lo);
      expect(exact, `n = ${pt.n}`).toBeLessThanOrEqual(pt.hi);
    }
  });

  it('n = 10⁴ services is bounded by the call budget: 4·10⁵ calls simulate 40 requests, all slow at p = 1%', () => {
    const { result } = runJob(fanOutSweep, { p: 0.01, ns: [10_000], calls: 400_000, maxRequests: 20_000, seed: 2 });
    expect(result.points[0].requests).toBe(40);
    expect(result.points[0].slowShare).toBe(1); // 1 − 0.99^10⁴ = 1 − 2·10⁻⁴⁴
  });

  it("hedging at the leaf's p95 costs about 5% more calls (the paper's bound); a leaf is then slow only if both replicas are: 1 − (1 − p²)ⁿ", () => {
    const rand = randomSeeded(9);
    const leaf = leafLatency(0.01);
    const p95 = percentile(
      Array.from({ length: 200_000 }, () => leaf.sample(rand)),
      0.95,
    );
    const { result } = runJob(hedgeCompare, { n: 100, p: 0.01, hedgeAfter: p95, requests: 5000, calls: 2_000_000, seed: 3 });
    // 10⁶ leaf calls: the share sent a backup is 0.05 ± 0.0002 (1 sd); 0.003 allows the p95 estimate's own error too.
    expect(Math.abs(result.hedged.loadFactor - 1.05)).toBeLessThan(0.003);
    expect(result.plain.loadFactor).toBe(1);
    // Hedged leaf: slow iff the first call is slow (p) and the backup, sent ~19 ms later, takes > 81 ms (p + 1.4·10⁻⁶).
    const slow = (side: { slowShare: number; requests: number }) => wilsonInterval(Math.round(side.slowShare * side.requests), side.requests);
    for (const [side, exact] of [
      [result.plain, tailAtScale(0.01, 100)],
      [result.hedged, tailAtScale(0.01 ** 2, 100)],
    ] as const) {
      expect(exact).toBeGreaterThanOrEqual(slow(side).lo);
      expect(exact).toBeLessThanOrEqual(slow(side).hi);
    }
    expect(result.plain.p99).toBeGreaterThan(SLOW_MS * 5);
    expect(result.hedged.p95).toBeLessThan(SLOW_MS);
  });
});

describe('retry storm job', () => {
  const BASE: StormParams = {
    arrivalRate: 200,
    servers: 5,
    serviceMs: 20,
    slowFactor: 2,
    slowFrom: 10,
    slowTo: 20,
    horizon: 40,
    timeoutMs: 200,
    retries: 3,
    backoff: 'full',
    baseMs: 50,
    capMs: 2000,
    breaker: false,
    openMs: 2000,
    seed: 1,
  };

  it('a healthy dependency (no slowdown, ρ = 0.8) needs about one attempt per request, whatever the backoff', () => {
    const { result } = runJob(stormRun, { ...BASE, slowFactor: 1 });
    for (const k of result.byKind) expect(k.amplification, k.kind).toBeLessThan(1.02);
  });

  it('a 2× slowdown tips it into a retry storm that outlives the slowdown under every backoff kind; without retries it recovers', () => {
    const { result, progress } = runJob(stormRun, BASE);
    expect(progress).toHaveLength(5);
    for (const k of result.byKind) expect(k.amplification, k.kind).toBeGreaterThan(3); // most requests use all 1 + 3 attempts
    // Retries keep (1 + 3)·200 = 800 attempts/s on a 250/s dependency: it never recovers after the slowdown, whatever the backoff.
    for (const k of result.byKind) expect(k.recovery, k.kind).toBeLessThan(0.1);
    // Without retries the backlog of the slowdown (75/s for 10 s) drains at 250 − 200 = 50/s, by ~35 s: healthy by 55–60 s.
    expect(runJob(stormRun, { ...BASE, retries: 0, horizon: 60 }).result.selected.recovery).toBeGreaterThan(0.95);
  });

  it('the timeline is per second over 0.5 s buckets: it sums back to the request count', () => {
    const { result } = runJob(stormRun, BASE);
    expect(result.series.reduce((s, b) => s + b.requests * 0.5, 0)).toBeCloseTo(result.selected.requests, 6);
  });

  it('with a breaker, the storm opens it and it closes again after the slowdown; open means requests are rejected, not sent', () => {
    const { result } = runJob(stormRun, { ...BASE, backoff: 'none', breaker: true });
    const states = result.transitions.map((t) => t.state);
    expect(states).toContain('open');
    expect(states.at(-1)).toBe('closed');
    expect(result.selected.rejected).toBeGreaterThan(0);
    expect(result.transitions[0].time).toBeGreaterThanOrEqual(BASE.slowFrom);
  });
});
