import { assertRank, type Tensor } from './tensor';

/**
 * Group normalisation of NCHW activations (Wu & He 2018; torch.nn.GroupNorm): channels split into
 * G groups, each (sample, group) normalised by its own mean and biased variance, then a per-channel
 * γ·x̂ + β. G = 1 is layer norm over (C, H, W); G = C is instance norm. No batch statistics, so
 * training and evaluation agree and batch size 1 works (the normalization demo's contrast with batch norm).
 */
export function groupNorm(x: Tensor, groups: number, o: { eps?: number; gamma?: ArrayLike<number>; beta?: ArrayLike<number> } = {}): Tensor {
  assertRank(x, 4, 'groupNorm input');
  const [N, C, H, W] = x.shape;
  if (!Number.isInteger(groups) || groups < 1 || C % groups !== 0) throw new Error(`groupNorm: ${groups} groups must divide ${C} channels`);
  const eps = o.eps ?? 1e-5;
  const per = (C / groups) * H * W; // values per (sample, group), contiguous in NCHW
  const y = new Float32Array(x.data.length);
  for (let n = 0; n < N; n++) {
    for (let g = 0; g < groups; g++) {
      const base = (n * groups + g) * per;
      let s = 0;
      for (let i = 0; i < per; i++) s += x.data[base + i];
      const mean = s / per;
      let q = 0;
      for (let i = 0; i < per; i++) q += (x.data[base + i] - mean) ** 2;
      const inv = 1 / Math.sqrt(q / per + eps);
      for (let i = 0; i < per; i++) {
        const c = g * (C / groups) + Math.floor(i / (H * W));
        y[base + i] = (x.data[base + i] - mean) * inv * (o.gamma ? o.gamma[c] : 1) + (o.beta ? o.beta[c] : 0);
      }
    }
  }
  return { data: y, shape: [N, C, H, W] };
}
