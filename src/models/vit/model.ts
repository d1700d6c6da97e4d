import * as tf from '@tensorflow/tfjs';
import { LAYER_NORM_EPSILON } from './io';

/**
 * vit-tiny: a pre-norm Vision Transformer (Dosovitskiy et al. 2021, §3.1; REFERENCE.md §3) sized
 * for 32×32 shapes-world images. Plain tfjs variables and ops (tfjs-layers has no multi-head
 * attention); the forward pass is forward.ts, the hand-written ONNX graph export.ts.
 *
 *   patches [N, T, C·P·P] (patchify order) · Wp + bp → tokens [N, T, D]
 *   prepend CLS, add learned 1-D position embeddings [T + 1, D]
 *   L × { x += MHA(LN₁(x));  x += W₂·GELU(W₁·LN₂(x)) }   (pre-norm, as ViT Eq. 2–3)
 *   LN(x_CLS) → two linear heads: shape logits [N, 3] and colour logits [N, 5]
 *
 * Two heads rather than one joint 15-way head: each answers one question, the demo shows both
 * distributions, and a joint class is the pair of argmaxes (accuracy counts a sample right only
 * when both are). GELU is the exact erf form (tfjs-layers 'gelu', ONNX Gelu's default, PyTorch's
 * default). Layer norm ε = 1e-5 (ONNX LayerNormalization's and PyTorch's default; ViT's JAX code uses 1e-6).
 * Every W is applied as x·W (rows are tokens), so W is [in, out], the ONNX MatMul layout.
 */
export interface VitConfig {
  inputSize: number; // S
  patchSize: number; // P, divides S
  channels: number; // C
  width: number; // D
  layers: number; // L
  heads: number; // H, divides D
  mlp: number; // hidden width of each MLP block
  shapeClasses: number;
  colourClasses: number;
  seed: number; // every initializer: same seed, same initial weights
}

export const DEFAULT_VIT_CONFIG: VitConfig = {
  inputSize: 32,
  patchSize: 4,
  channels: 3,
  width: 64,
  layers: 4,
  heads: 4,
  mlp: 128,
  shapeClasses: 3,
  colourClasses: 5,
  seed: 1,
};

export { LAYER_NORM_EPSILON };

export interface VitLayer {
  ln1g: tf.Variable;
  ln1b: tf.Variable;
  wq: tf.Variable;
  bq: tf.Variable;
  wk: tf.Variable;
  bk: tf.Variable;
  wv: tf.Variable;
  bv: tf.Variable;
  wo: tf.Variable;
  bo: tf.Variable;
  ln2g: tf.Variable;
  ln2b: tf.Variable;
  w1: tf.Variable;
  b1: tf.Variable;
  w2: tf.Variable;
  b2: tf.Variable;
}

export interface Vit {
  config: VitConfig;
  patchW: tf.Variable; // [C·P·P, D]: the Conv2d weight [D, C, P, P] transposed and flattened
  patchB: tf.Variable; // [D]
  cls: tf.Variable; // [D]
  pos: tf.Variable; // [T + 1, D], row 0 is the CLS position
  layers: VitLayer[];
  lnG: tf.Variable; // final norm, applied to the CLS token
  lnB: tf.Variable;
  shapeW: tf.Variable; // [D, shapeClasses]
  shapeB: tf.Variable;
  colourW: tf.Variable; // [D, colourClasses]
  colourB: tf.Variable;
}

/**
 * Variable makers, so every transformer here initialises alike: Xavier-uniform weights, zero
 * biases, unit-gain norms (timm's ViT init), and `small` N(0, 0.02²) embeddings drawn from a
 * truncated normal as timm does. Variable i (in creation order) gets seed base + i.
 */
export interface LayerInit {
  xavier(rows: number, cols: number): tf.Variable;
  small(shape: number[]): tf.Variable;
  zeros(n: number): tf.Variable;
  ones(n: number): tf.Variable;
}

export function layerInit(base: number): LayerInit {
  let k = 0;
  const seed = () => base + k++;
  const v = (t: tf.Tensor) => tf.variable(t, true);
  return {
    xavier: (rows, cols) => v(tf.initializers.glorotUniform({ seed: seed() }).apply([rows, cols]) as tf.Tensor),
    small: (shape) => v(tf.initializers.truncatedNormal({ mean: 0, stddev: 0.02, seed: seed() }).apply(shape) as tf.Tensor),
    zeros: (n) => v(tf.zeros([n])),
    ones: (n) => v(tf.ones([n])),
  };
}

/** The blocks' variables named layer{i}.{field}, in the shipped weight files' order. */
export const layerVariables = (layers: VitLayer[]): [string, tf.Variable][] =>
  layers.flatMap((l, i) => Object.entries(l).map(([name, t]): [string, tf.Variable] => [`layer${i}.${name}`, t]));

/** One pre-norm block's variables for width D and MLP width M, created in a fixed order (the seeds follow it). */
export function encoderLayer(D: number, M: number, { xavier, zeros, ones }: LayerInit): Record<keyof VitLayer, tf.Variable> {
  return {
    ln1g: ones(D),
    ln1b: zeros(D),
    wq: xavier(D, D),
    bq: zeros(D),
    wk: xavier(D, D),
    bk: zeros(D),
    wv: xavier(D, D),
    bv: zeros(D),
    wo: xavier(D, D),
    bo: zeros(D),
    ln2g: ones(D),
    ln2b: zeros(D),
    w1: xavier(D, M),
    b1: zeros(M),
    w2: xavier(M, D),
    b2: zeros(D),
  };
}

export const tokenCount = (c: VitConfig) => (c.inputSize / c.patchSize) ** 2 + 1;

export function buildVit(config: Partial<VitConfig> = {}): Vit {
  const c = { ...DEFAULT_VIT_CONFIG, ...config };
  if (c.inputSize % c.patchSize !== 0) throw new Error(`vit: patch size ${c.patchSize} must divide the input size ${c.inputSize}`);
  if (c.width % c.heads !== 0) throw new Error(`vit: ${c.heads} heads must divide the width ${c.width}`);
  const { width: D, mlp: M } = c;
  const init = layerInit(c.seed * 977);
  const { xavier, small, zeros, ones } = init;
  return tf.tidy(() => ({
    config: c,
    patchW: xavier(c.channels * c.patchSize * c.patchSize, D),
    patchB: zeros(D),
    cls: small([D]),
    pos: small([tokenCount(c), D]),
    layers: Array.from({ length: c.layers }, () => encoderLayer(D, M, init)),
    lnG: ones(D),
    lnB: zeros(D),
    shapeW: xavier(D, c.shapeClasses),
    shapeB: zeros(c.shapeClasses),
    colourW: xavier(D, c.colourClasses),
    colourB: zeros(c.colourClasses),
  }));
}

/** Every variable with a stable name (the order of the shipped weight file and the optimiser's list). */
export function namedVariables(m: Vit): [string, tf.Variable][] {
  return [
    ['patchW', m.patchW],
    ['patchB', m.patchB],
    ['cls', m.cls],
    ['pos', m.pos],
    ...layerVariables(m.layers),
    ['lnG', m.lnG],
    ['lnB', m.lnB],
    ['shapeW', m.shapeW],
    ['shapeB', m.shapeB],
    ['colourW', m.colourW],
    ['colourB', m.colourB],
  ];
}

export function parameterCount(m: Vit): number {
  return namedVariables(m).reduce((a, [, t]) => a + t.size, 0);
}

export function disposeVit(m: Vit): void {
  tf.dispose(namedVariables(m).map(([, t]) => t));
}
