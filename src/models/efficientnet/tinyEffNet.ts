import * as tf from '@tensorflow/tfjs';
import { lsuvInit } from './lsuvInit';

/**
 * A tiny EfficientNet-style classifier (tfjs layers), the family the compound-scaling demo trains:
 * B0's recipe at shapes-world scale. Stem 3×3/2 conv → 8, four stages of MBConv blocks (1×1
 * expand, depthwise k×k, squeeze-and-excitation to max(1, ⌊0.25·block input⌋), 1×1 project,
 * skip when the shape allows; BN after each conv, swish except after the projection), head 1×1
 * conv → 64, global average pool, dense → classes (logits).
 *
 * Scaling follows efficientnet_builder.py: a stage's repeats become ⌈d·repeats⌉, every channel
 * count c becomes roundFilters(c·w) (to a multiple of 4 here, B0 uses 8, not below 90% of c·w),
 * and the input side becomes round(r·32).
 *
 * Batch norm is off by default (biases instead): on tfjs-backend-wasm its backward pass costs
 * three times the rest of a training step (299 vs 94 ms of CPU for a 32-image step of the φ = 0
 * model, measured here), and the whole family had to train in 40 minutes on a shared 2-core
 * machine. The same code builds the BN version (`batchNorm: true`).
 *
 * NHWC input [N, S, S, 3] in [0, 1]; ONNX export (exportFunctional) takes NCHW.
 */
export interface EffNetScale {
  depth: number; // d
  width: number; // w
  resolution: number; // r (input side = round(32·r))
}

export const BASE_RESOLUTION = 32;
/** [repeats, kernel, stride, expansion, out] per stage; the first stage's input is the stem's 8. */
export const BASE_STAGES: readonly [number, number, number, number, number][] = [
  [1, 3, 1, 1, 8],
  [2, 3, 2, 6, 16],
  [2, 5, 2, 6, 24],
  [1, 3, 1, 6, 32],
];
const STEM = 8;
const HEAD = 64;
const DIVISOR = 4;

export function roundFilters(c: number, w: number): number {
  const x = c * w;
  let out = Math.max(DIVISOR, Math.floor((x + DIVISOR / 2) / DIVISOR) * DIVISOR);
  if (out < 0.9 * x) out += DIVISOR;
  return out;
}

export const inputSide = (s: EffNetScale) => Math.round(BASE_RESOLUTION * s.resolution);
export const stageRepeats = (s: EffNetScale) => BASE_STAGES.map(([r]) => Math.ceil(s.depth * r));

/**
 * `initBatch` (NHWC, at the model's input side): without batch norm the kernels are then rescaled
 * by LSUV on it (lsuvInit.ts); the family passes 32 training scenes.
 */
export function buildTinyEffNet(s: EffNetScale, classes: number, seed: number, batchNorm = false, initBatch?: tf.Tensor4D): tf.LayersModel {
  const S = inputSide(s);
  let k = 0;
  const init = () => tf.initializers.heNormal({ seed: seed * 1009 + k++ });
  const useBn = batchNorm;
  const bn = (name: string) => (useBn ? tf.layers.batchNormalization({ momentum: 0.99, epsilon: 1e-3, name }) : null);
  const act = (x: tf.SymbolicTensor, name: string) => tf.layers.activation({ activation: 'swish', name }).apply(x) as tf.SymbolicTensor;
  // Without BN, a residual block's projection starts small (scale 0.1) so 24 residual blocks do
  // not blow the stream up at initialisation (the SkipInit / Fixup idea); a projection without a
  // skip is the only path, so it keeps unit gain (scale 1, linear), or the signal would shrink
  // tenfold at every stage change and the net would not start learning (measured: chance after an epoch).
  const conv = (x: tf.SymbolicTensor, filters: number, size: number, strides: number, name: string, bias = !useBn, scale = 2) => {
    const kernelInitializer = tf.initializers.varianceScaling({ scale, mode: 'fanIn', distribution: 'normal', seed: seed * 1009 + k++ });
    return tf.layers.conv2d({ filters, kernelSize: size, strides, padding: 'same', useBias: bias, kernelInitializer, name }).apply(x) as tf.SymbolicTensor;
  };
  const apply = (l: tf.layers.Layer | null, x: tf.SymbolicTensor | tf.SymbolicTensor[]) => (l ? l.apply(x) : x) as tf.SymbolicTensor;

  const input = tf.input({ shape: [S, S, 3], name: 'image' });
  let x = act(apply(bn('stem/bn'), conv(input, roundFilters(STEM, s.width), 3, 2, 'stem/conv')), 'stem/swish');
  let cin = roundFilters(STEM, s.width);
  let block = 0;
  BASE_STAGES.forEach(([, kernel, stride, e, out], stage) => {
    const cout = roundFilters(out, s.width);
    for (let r = 0; r < stageRepeats(s)[stage]; r++) {
      const n = `b${block++}`;
      const st = r === 0 ? stride : 1;
      const mid = cin * e;
      let h = x;
      if (e !== 1) h = act(apply(bn(`${n}/expand/bn`), conv(h, mid, 1, 1, `${n}/expand`)), `${n}/expand/swish`);
      const dw = tf.layers.depthwiseConv2d({
        kernelSize: kernel,
        strides: st,
        padding: 'same',
        useBias: !useBn,
        depthwiseInitializer: init(),
        name: `${n}/dw`,
      });
      h = act(apply(bn(`${n}/dw/bn`), apply(dw, h)), `${n}/dw/swish`);
      const q = Math.max(1, Math.floor(0.25 * cin));
      let g = apply(tf.layers.globalAveragePooling2d({ name: `${n}/se/pool` }), h);
      g = apply(tf.layers.reshape({ targetShape: [1, 1, mid], name: `${n}/se/reshape` }), g);
      g = act(conv(g, q, 1, 1, `${n}/se/reduce`, true), `${n}/se/reduce/swish`);
      g = apply(tf.layers.activation({ activation: 'sigmoid', name: `${n}/se/gate` }), conv(g, mid, 1, 1, `${n}/se/expand`, true));
      h = apply(tf.layers.multiply({ name: `${n}/se` }), [h, g]);
      const skip = st === 1 && cin === cout;
      h = apply(bn(`${n}/project/bn`), conv(h, cout, 1, 1, `${n}/project`, !useBn, useBn ? 2 : skip ? 0.1 : 1));
      x = skip ? apply(tf.layers.add({ name: `${n}/add` }), [h, x]) : h;
      cin = cout;
    }
  });
  x = act(apply(bn('head/bn'), conv(x, roundFilters(HEAD, s.width), 1, 1, 'head/conv')), 'head/swish');
  x = apply(tf.layers.globalAveragePooling2d({ name: 'head/pool' }), x);
  const logits = apply(tf.layers.dense({ units: classes, kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 1009 + k++ }), name: 'logits' }), x);
  const model = tf.model({ inputs: input, outputs: logits, name: 'tiny_effnet' });
  if (!useBn && initBatch) {
    const residual = new Set(model.layers.filter((l) => l.name.endsWith('/add')).map((l) => l.name.replace('/add', '/project')));
    const kinds = new Set(['Conv2D', 'DepthwiseConv2D']);
    lsuvInit(model, initBatch, (l) => (!kinds.has(l.getClassName()) ? null : residual.has(l.name) ? 0.25 : 1));
  }
  return model;
}
