import { deterministic, exponential, lognormal, pareto, type Distribution } from '../distributions';

/**
 * The service-time distributions the queueing demo offers, by mean and coefficient of variation
 * (sd/mean), so one `cv` control serves both variable ones. Pareto gets the shape that gives that
 * cv: cv² = 1/(α(α − 2)) solves to α = 1 + √(1 + 1/cv²), always > 2, so its variance is finite and
 * the Pollaczek–Khinchine mean still applies, while its tail stays a power law.
 */
export type ServiceKind = 'exponential' | 'deterministic' | 'lognormal' | 'pareto';

export interface ServiceSpec {
  kind: ServiceKind;
  /** Mean service time (the demo's unit: ms). */
  mean: number;
  /** sd/mean; used by lognormal and pareto (exponential is 1, deterministic 0). */
  cv: number;
}

export function serviceTime(s: ServiceSpec): Distribution {
  switch (s.kind) {
    case 'exponential':
      return exponential(1 / s.mean);
    case 'deterministic':
      return deterministic(s.mean);
    case 'lognormal':
      return lognormal(s.mean, s.cv);
    case 'pareto':
      return pareto(s.mean, 1 + Math.sqrt(1 + 1 / (s.cv * s.cv)));
  }
}
