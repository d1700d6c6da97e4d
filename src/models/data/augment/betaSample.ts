import { normal, type Random } from '../../../kernels/random';

/** Gamma(k, 1) by Marsaglia & Tsang (2000), with the U^(1/k) boost for k < 1. */
function gamma(rand: Random, k: number): number {
  if (k < 1) return gamma(rand, k + 1) * Math.pow(Math.max(rand(), 1e-300), 1 / k);
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rand);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rand();
    if (Math.log(Math.max(u, 1e-300)) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** λ ~ Beta(α, α), the mixup coefficient (Zhang et al. 2018), as G₁ / (G₁ + G₂) with Gᵢ ~ Gamma(α). */
export function betaSample(rand: Random, alpha: number): number {
  const a = gamma(rand, alpha);
  const b = gamma(rand, alpha);
  return a / (a + b);
}
