import { lognormal, mixture, type Distribution } from '../distributions';

/**
 * The leaf server of "The Tail at Scale" (Dean & Barroso 2013): typically ~10 ms, but one call in
 * 1/p takes about a second. Fast calls are lognormal with mean 10 ms and cv 0.5, slow ones mean
 * 1000 ms and cv 0.3; a call counts as slow above SLOW_MS = 100 ms, which a fast call exceeds with
 * probability ~2·10⁻⁷ and a slow one falls under with ~10⁻¹⁴, so P(leaf slow) is p to within
 * that and the tail-at-scale formula 1 − (1 − p)ⁿ is the exact reference for n leaves.
 */
export const SLOW_MS = 100;
export const FAST_MEAN_MS = 10;
export const SLOW_MEAN_MS = 1000;

export function leafLatency(p: number): Distribution {
  return mixture(p, lognormal(SLOW_MEAN_MS, 0.3), lognormal(FAST_MEAN_MS, 0.5));
}
