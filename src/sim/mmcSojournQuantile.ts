import { erlangC } from './closedForms';

/**
 * Percentiles of the M/M/c (FCFS) wait and response time from their exact distributions, for the
 * curves the queueing demo lays over its simulated p50 / p95 / p99. Sources: Kleinrock, *Queueing
 * Systems* Vol. 1 (1975), and Gross & Harris, *Fundamentals of Queueing Theory*, M/M/c waiting-time
 * distribution: an arrival waits with probability C = C(c, a) (Erlang C, a = λ/μ), and then for an
 * Exp(θ) time with θ = cμ − λ, so P(Wq > t) = C·e^{−θt}. The response time T = Wq + S adds an
 * independent Exp(μ) service:
 *   P(T > t) = (1 − C)·e^{−μt} + C·[e^{−μt} + μ·(e^{−θt} − e^{−μt})/(μ − θ)],
 * the bracket being the hypoexponential tail of Exp(θ) + Exp(μ), written so that θ → μ stays exact
 * (the difference quotient becomes t·e^{−θt}). For c = 1 it collapses to e^{−(μ−λ)t}, M/M/1's
 * Exp(μ − λ) response time. Rates are per the caller's time unit; ρ ≥ 1 gives Infinity.
 */
function stable(lambda: number, mu: number, c: number): number {
  if (!(lambda > 0) || !(mu > 0)) throw new RangeError(`arrival and service rates must be > 0, got λ = ${lambda}, μ = ${mu}`);
  return c * mu - lambda;
}

/** The q-quantile of the wait in queue: 0 while q ≤ 1 − C (that share never waits), else ln(C/(1 − q))/θ. */
export function mmcWaitQuantile(lambda: number, mu: number, c: number, q: number): number {
  const theta = stable(lambda, mu, c);
  if (theta <= 0) return Infinity;
  const C = erlangC(c, lambda / mu);
  return q <= 1 - C ? 0 : Math.log(C / (1 - q)) / theta;
}

/** P(T > t) for the response time (wait + service). */
export function mmcSojournSurvival(lambda: number, mu: number, c: number, t: number): number {
  const theta = stable(lambda, mu, c);
  if (theta <= 0) return 1;
  if (t <= 0) return 1;
  const C = erlangC(c, lambda / mu);
  const d = mu - theta;
  // (e^{−θt} − e^{−μt})/(μ − θ) = e^{−θt}·(1 − e^{−dt})/d, which tends to t·e^{−θt} as d → 0.
  const quotient = d === 0 ? t * Math.exp(-theta * t) : (Math.exp(-theta * t) * -Math.expm1(-d * t)) / d;
  return Math.exp(-mu * t) + C * mu * quotient;
}

/** The q-quantile of the response time, by bisection on the survival function (relative precision 1e-12). */
export function mmcSojournQuantile(lambda: number, mu: number, c: number, q: number): number {
  if (stable(lambda, mu, c) <= 0) return Infinity;
  if (!(q > 0 && q < 1)) throw new RangeError(`quantile must be in (0, 1), got ${q}`);
  const target = 1 - q;
  let hi = 1 / mu;
  while (mmcSojournSurvival(lambda, mu, c, hi) > target) hi *= 2;
  let lo = 0;
  while (hi - lo > 1e-12 * hi) {
    const mid = (lo + hi) / 2;
    if (mmcSojournSurvival(lambda, mu, c, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
