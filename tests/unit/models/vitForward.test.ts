import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gelu } from '../../../src/kernels/gelu';
import { layerNorm } from '../../../src/kernels/layerNorm';
import { multiHeadAttention } from '../../../src/kernels/multiHeadAttention';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { maxAbsDiff, type Tensor } from '../../../src/kernels/tensor';
import { runOnce } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { vitBatch } from '../../../src/models/vit/data';
import { exportVit } from '../../../src/models/vit/export';
import { encoderBlock, vitForward } from '../../../src/models/vit/forward';
import { VIT_IO } from '../../../src/models/vit/io';
import { LAYER_NORM_EPSILON, buildVit, disposeVit, namedVariables, tokenCount, type Vit } from '../../../src/models/vit/model';

/**
 * vit-tiny's tfjs forward pass against two references nobody here wrote the numerics of the same way:
 * our pure-TS kernels (themselves tested against onnxruntime-web) on one encoder block, and the
 * hand-written ONNX graph run by onnxruntime-web on the whole model. Random weights everywhere
 * (biases, norm gains and offsets too), so a dropped bias or a swapped weight cannot hide behind
 * an initialiser's zeros and ones.
 */
function randomize(m: Vit, seed: number): void {
  const rand = randomSeeded(seed);
  for (const [name, v] of namedVariables(m)) {
    const gain = /ln\dg$|lnG$/.test(name);
    const scale = v.shape.length === 2 ? 1 / Math.sqrt(v.shape[0]) : 0.3;
    const data = Float32Array.from({ length: v.size }, () => (gain ? 1 : 0) + scale * normal(rand));
    tf.tidy(() => v.assign(tf.tensor(data, v.shape)));
  }
}

const asTensor = (v: tf.Tensor): Tensor => ({ data: v.dataSync() as Float32Array, shape: [...v.shape] });

/** x [T, D] · W [D, E] + b in float64, the MLP's dense layers. */
function dense(x: Tensor, w: Tensor, b: Tensor): Tensor {
  const [t, d] = x.shape;
  const e = w.shape[1];
  const out = new Float32Array(t * e);
  for (let i = 0; i < t; i++) {
    for (let j = 0; j < e; j++) {
      let s = b.data[j];
      for (let k = 0; k < d; k++) s += x.data[i * d + k] * w.data[k * e + j];
      out[i * e + j] = s;
    }
  }
  return { data: out, shape: [t, e] };
}

const add = (a: Tensor, b: Tensor): Tensor => ({ data: a.data.map((v, i) => v + b.data[i]), shape: a.shape });

describe('vit-tiny forward pass', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('one encoder block equals layerNorm → multiHeadAttention → + → layerNorm → dense-GELU(erf)-dense → + from the pure-TS kernels', () => {
    const m = buildVit({ seed: 3 });
    randomize(m, 11);
    const T = tokenCount(m.config);
    const D = m.config.width;
    const rand = randomSeeded(5);
    const n = 2;
    const xs = Float32Array.from({ length: n * T * D }, () => normal(rand));
    const l = m.layers[1];
    const r = tf.tidy(() => {
      const o = encoderBlock(tf.tensor3d(xs, [n, T, D]), l, m.config.heads, true);
      return { x: o.x.dataSync(), attention: o.attention!.dataSync() };
    });
    const w = Object.fromEntries(Object.entries(l).map(([k, v]) => [k, asTensor(v)])) as Record<keyof typeof l, Tensor>;
    for (let s = 0; s < n; s++) {
      const x: Tensor = { data: xs.slice(s * T * D, (s + 1) * T * D), shape: [T, D] };
      const mha = multiHeadAttention(layerNorm(x, w.ln1g, w.ln1b, LAYER_NORM_EPSILON), w, m.config.heads);
      const x1 = add(x, mha.output);
      const y = add(x1, dense(gelu(dense(layerNorm(x1, w.ln2g, w.ln2b, LAYER_NORM_EPSILON), w.w1, w.b1), 'none'), w.w2, w.b2));
      // Both sides float32 with different summation orders: the residual stream (values up to ~5)
      // passes through five products of ≤ 128 terms; measured ≤ 7.2e-7, so 1e-5 leaves ~14×. A head
      // split in the wrong order, a missing bias or the tanh GELU (off by up to 4.7e-4) exceeds it.
      expect(maxAbsDiff(r.x.subarray(s * T * D, (s + 1) * T * D), y.data)).toBeLessThan(1e-5);
      // Weights in [0, 1] after one softmax: measured ≤ 2.4e-7; 2e-6 leaves ~8×.
      expect(maxAbsDiff(r.attention.subarray(s * m.config.heads * T * T, (s + 1) * m.config.heads * T * T), mha.weights.data)).toBeLessThan(2e-6);
    }
    disposeVit(m);
  });

  it('the exported ONNX graph in onnxruntime-web gives tfjs’s logits and every layer’s attention [N, L, H, T, T] within 1e-4', async () => {
    const m = buildVit({ seed: 4 });
    randomize(m, 12);
    const b = vitBatch(77, 0, 3, m.config.patchSize);
    const T = tokenCount(m.config);
    const ref = tf.tidy(() => {
      const o = vitForward(m, tf.tensor3d(b.patches, [b.count, T - 1, 48]), true);
      return { shape: o.shapeLogits.dataSync(), colour: o.colourLogits.dataSync(), attention: o.attention!.dataSync(), dims: o.attention!.shape };
    });
    const out = await runOnce(exportVit(m), { [VIT_IO.input]: { data: b.nchw, shape: [b.count, 3, b.size, b.size] } });
    const { layers: L, heads: H } = m.config;
    expect(out[VIT_IO.attention].shape).toEqual([b.count, L, H, T, T]);
    expect(ref.dims).toEqual([b.count, L, H, T, T]);
    // Logits of size ~3 after 4 blocks of float32 products in different orders (ORT's GEMMs and
    // fused LayerNormalization vs tfjs ops): measured ≤ 7.2e-7 (attention ≤ 6.3e-8). 1e-4 is the
    // brief's parity bound; a transposed conv weight or a wrong CLS slot moves logits by > 0.1.
    expect(maxAbsDiff(out[VIT_IO.shapeLogits].data, ref.shape)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out[VIT_IO.colourLogits].data, ref.colour)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out[VIT_IO.attention].data, ref.attention)).toBeLessThan(1e-4);
    disposeVit(m);
  });

  it('the tfjs model reads patches in patchify order: the first patch is image rows 0–3, columns 0–3 of R, then G, then B', () => {
    const b = vitBatch(5, 0, 1, 4);
    const S = b.size;
    const expected: number[] = [];
    for (let c = 0; c < 3; c++) for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expected.push(b.nchw[c * S * S + i * S + j]);
    expect(Array.from(b.patches.subarray(0, 48))).toEqual(expected);
  });
});
