import { type Tensor } from './tensor';

/**
 * Layer normalisation (Ba et al. 2016) over the last axis of x [..., D]:
 * y = (x − mean) / √(var + ε) · γ + β, with the biased (1/D) variance. γ and β are [D]; a
 * missing γ is ones, a missing β zeros.
 *
 * ε defaults to 1e-5, the default of ONNX `LayerNormalization` (opset 17) and PyTorch
 * `nn.LayerNorm`. Other defaults a caller may need to pass: tfjs `tf.layers.layerNormalization`
 * 1e-3, timm / the ViT reference code 1e-6. Mean and variance are taken in two passes in
 * float64, so a large common offset does not cancel the variance away.
 * Matches ORT `LayerNormalization` (axis −1) and tfjs `tf.layers.layerNormalization`
 * (tests/unit/kernels/layerNorm.test.ts).
 */
export function layerNorm(x: Tensor, gamma?: Tensor, beta?: Tensor, epsilon = 1e-5): Tensor {
  if (x.shape.length === 0) throw new Error('layerNorm: x must have at least one axis');
  const d = x.shape[x.shape.length - 1];
  if (gamma && gamma.data.length !== d) throw new Error(`layerNorm: gamma must have ${d} values, got ${gamma.data.length}`);
  if (beta && beta.data.length !== d) throw new Error(`layerNorm: beta must have ${d} values, got ${beta.data.length}`);
  if (!(epsilon >= 0)) throw new Error(`layerNorm: epsilon must be ≥ 0, got ${epsilon}`);
  const rows = d === 0 ? 0 : x.data.length / d;
  const out = new Float32Array(x.data.length);
  const g = gamma?.data;
  const b = beta?.data;
  for (let r = 0; r < rows; r++) {
    const xs = x.data.subarray(r * d, (r + 1) * d);
    let mean = 0;
    for (let j = 0; j < d; j++) mean += xs[j];
    mean /= d;
    let v = 0;
    for (let j = 0; j < d; j++) v += (xs[j] - mean) ** 2;
    const inv = 1 / Math.sqrt(v / d + epsilon);
    const o = out.subarray(r * d, (r + 1) * d);
    for (let j = 0; j < d; j++) o[j] = (xs[j] - mean) * inv * (g ? g[j] : 1) + (b ? b[j] : 0);
  }
  return { data: out, shape: [...x.shape] };
}
