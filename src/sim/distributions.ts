import { normal, type Random } from '../kernels/random';

/**
 * Seeded interarrival and service-time distributions. Each carries its mean and squared
 * coefficient of variation (cv² = Var/mean²), which is all the M/G/1 closed form needs, so a
 * simulation can always be put next to the formula it should match.
 * Sampling is by inversion of U ∈ [0, 1) from the generator passed in (`1 − U` ∈ (0, 1] keeps
 * logarithms and negative powers finite).
 */
export interface Distribution {
  readonly name: string;
  readonly mean: number;
  /** Var / mean²: 1 exponential, 0 deterministic, Infinity for Pareto with shape ≤ 2. */
  readonly cv2: number;
  sample(rand: Random): number;
}

function positive(what: string, x: number): void {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`${what} must be a finite number > 0, got ${x}`);
}

/** Exponential with the given rate (mean 1/rate): Poisson arrivals, memoryless service. */
export function exponential(rate: number): Distribution {
  positive('exponential rate', rate);
  return { name: `Exp(rate ${rate})`, mean: 1 / rate, cv2: 1, sample: (rand) => -Math.log(1 - rand()) / rate };
}

/** Always `value`. */
export function deterministic(value: number): Distribution {
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`deterministic value must be finite and ≥ 0, got ${value}`);
  return { name: `D(${value})`, mean: value, cv2: 0, sample: () => value };
}

/**
 * Lognormal with the given mean and coefficient of variation: ln X ~ N(μ, σ²) with
 * σ² = ln(1 + cv²), μ = ln(mean) − σ²/2, so E[X] = mean and sd/mean = cv exactly.
 */
export function lognormal(mean: number, cv: number): Distribution {
  positive('lognormal mean', mean);
  positive('lognormal cv', cv);
  const s2 = Math.log(1 + cv * cv);
  const mu = Math.log(mean) - s2 / 2;
  const s = Math.sqrt(s2);
  return { name: `LogNormal(mean ${mean}, cv ${cv})`, mean, cv2: cv * cv, sample: (rand) => Math.exp(mu + s * normal(rand)) };
}

/**
 * Pareto (type I) with shape α > 1 scaled to the given mean: x_m = mean·(α − 1)/α and
 * P(X > x) = (x_m/x)^α for x ≥ x_m. Heavy-tailed: the variance is infinite for α ≤ 2.
 */
export function pareto(mean: number, shape: number): Distribution {
  positive('pareto mean', mean);
  if (!(shape > 1)) throw new RangeError(`pareto shape must be > 1 for a finite mean, got ${shape}`);
  const xm = (mean * (shape - 1)) / shape;
  const cv2 = shape > 2 ? 1 / (shape * (shape - 2)) : Infinity;
  return { name: `Pareto(mean ${mean}, α ${shape})`, mean, cv2, sample: (rand) => xm * Math.pow(1 - rand(), -1 / shape) };
}

/** With probability p a sample of `slow`, otherwise of `fast`: a server whose tail is "1 in 1/p is slow". */
export function mixture(p: number, slow: Distribution, fast: Distribution): Distribution {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`mixture probability must be in [0, 1], got ${p}`);
  const mean = p * slow.mean + (1 - p) * fast.mean;
  // E[X²] of each part is mean²·(1 + cv²).
  const m2 = p * slow.mean ** 2 * (1 + slow.cv2) + (1 - p) * fast.mean ** 2 * (1 + fast.cv2);
  return {
    name: `${p}·${slow.name} + ${1 - p}·${fast.name}`,
    mean,
    cv2: mean > 0 ? m2 / mean ** 2 - 1 : 0,
    sample: (rand) => (rand() < p ? slow.sample(rand) : fast.sample(rand)),
  };
}
