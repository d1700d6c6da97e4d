import { batchNorm, batchNormState } from '../../kernels/batchNorm';
import { groupNorm } from '../../kernels/groupNorm';
import { layerNorm } from '../../kernels/layerNorm';
import { normal, randomSeeded } from '../../kernels/random';
import { tensor, type Tensor } from '../../kernels/tensor';

/**
 * Which values of an NCHW block share one mean and variance, for the four normalisations the
 * notebook's table lists (one (sample, channel) plane is the unit; all its H·W values go together):
 * batch norm: one channel across the batch; layer norm: one sample, every channel; instance norm:
 * one sample and channel; group norm: one sample, a group of C/G neighbouring channels.
 */
export type NormKind = 'batch' | 'layer' | 'instance' | 'group';

/** Does plane (n, c) share statistics with plane (n0, c0)? */
export function sharesStats(kind: NormKind, groups: number, channels: number, [n0, c0]: [number, number], [n, c]: [number, number]): boolean {
  if (kind === 'batch') return c === c0;
  if (n !== n0) return false;
  if (kind === 'layer') return true;
  if (kind === 'instance') return c === c0;
  const per = channels / groups;
  return Math.floor(c / per) === Math.floor(c0 / per);
}

/** The normalised block (γ = 1, β = 0, ε = 1e-5) through our kernels; batch norm in training mode. */
export function normalizeBlock(x: Tensor, kind: NormKind, groups: number): Tensor {
  const [N, C, H, W] = x.shape;
  if (kind === 'batch') return batchNorm(x, batchNormState(C), { training: true }).y;
  if (kind === 'layer') return tensor([N, C, H, W], layerNorm(tensor([N, C * H * W], x.data)).data);
  return groupNorm(x, kind === 'instance' ? C : groups);
}

/** The values sharing statistics with plane (n0, c0): their count, mean and biased variance (what normalises them). */
export function sharedStats(x: Tensor, kind: NormKind, groups: number, at: [number, number]): { count: number; mean: number; variance: number } {
  const [N, C, H, W] = x.shape;
  const plane = H * W;
  const vals: number[] = [];
  for (let n = 0; n < N; n++)
    for (let c = 0; c < C; c++) if (sharesStats(kind, groups, C, at, [n, c])) vals.push(...x.data.subarray((n * C + c) * plane, (n * C + c + 1) * plane));
  const mean = vals.reduce((a, v) => a + v, 0) / vals.length;
  return { count: vals.length, mean, variance: vals.reduce((a, v) => a + (v - mean) ** 2, 0) / vals.length };
}

/**
 * The grid's activations [N, C, H, W]: channel c has its own offset and sample n its own scale,
 * so batch norm (per channel) removes the offsets but keeps the scales and layer norm (per
 * sample) the reverse: each normalisation visibly keeps what its statistics do not cover.
 */
export function gridActivations(shape: [number, number, number, number], seed: number): Tensor {
  const [N, C, H, W] = shape;
  const rand = randomSeeded(seed);
  const data = new Float32Array(N * C * H * W);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      for (let p = 0; p < H * W; p++) data[(n * C + c) * H * W + p] = (1 + n) * (c - (C - 1) / 2 + 0.6 * normal(rand));
    }
  }
  return tensor(shape, data);
}
