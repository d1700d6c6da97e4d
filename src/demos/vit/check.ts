import { layerNorm } from '../../kernels/layerNorm';
import { multiHeadAttention } from '../../kernels/multiHeadAttention';
import { patchEmbed } from '../../kernels/patchify';
import { maxAbsDiff, type Tensor } from '../../kernels/tensor';
import { LAYER_NORM_EPSILON } from '../../models/vit/io';
import type { VitConfig } from '../../models/vit/model';

/**
 * The demo's "check against a reference": layer 1's attention for the current image recomputed
 * with our pure-TS kernels (patchEmbed, layerNorm, multiHeadAttention) from the shipped weights,
 * against what onnxruntime-web's run of the shipped graph returned. Layer 1 only: later layers
 * would need the MLP too, and the unit tests already hold the whole graph to tfjs.
 */
export function checkFirstLayer(image: Tensor, weights: Map<string, Tensor>, config: VitConfig, ortLayer0: Float32Array): { maxAbsDiff: number; note: string } {
  const w = (name: string) => {
    const t = weights.get(name);
    if (!t) throw new Error(`the shipped weights have no ${name}`);
    return t;
  };
  const { width: D, patchSize: P, channels: C, heads } = config;
  const pw = w('patchW'); // [C·P·P, D]
  const conv = new Float32Array(D * C * P * P);
  for (let f = 0; f < C * P * P; f++) for (let d = 0; d < D; d++) conv[d * C * P * P + f] = pw.data[f * D + d];
  const tokens = patchEmbed(image, { data: conv, shape: [D, C, P, P] }, w('patchB'), P); // [1, T−1, D]
  const pos = w('pos');
  const cls = w('cls');
  const T = pos.shape[0];
  const x = new Float32Array(T * D);
  for (let d = 0; d < D; d++) x[d] = cls.data[d] + pos.data[d];
  for (let i = 0; i < (T - 1) * D; i++) x[D + i] = tokens.data[i] + pos.data[D + i];
  const h = layerNorm({ data: x, shape: [T, D] }, w('layer0.ln1g'), w('layer0.ln1b'), LAYER_NORM_EPSILON);
  const q = ['wq', 'wk', 'wv', 'wo', 'bq', 'bk', 'bv', 'bo'].map((k) => w(`layer0.${k}`));
  const mha = multiHeadAttention(h, { wq: q[0], wk: q[1], wv: q[2], wo: q[3], bq: q[4], bk: q[5], bv: q[6], bo: q[7] }, heads);
  return { maxAbsDiff: maxAbsDiff(mha.weights.data, ortLayer0), note: `layer 1, all ${heads} heads, ${T}×${T} weights each` };
}
