import { type Tensor } from './tensor';

/**
 * GELU (Hendrycks & Gimpel 2016), elementwise on a tensor of any shape.
 * - 'none' (default), the exact form: x·Φ(x) = ½x(1 + erf(x/√2)).
 * - 'tanh', the approximation ½x(1 + tanh(√(2/π)(x + 0.044715x³))); it differs from the exact
 *   form by at most 4.7e-4 (at x ≈ −2.70), so a model must be run with the form it was trained with.
 *
 * Which form each runtime uses (REFERENCE.md §13):
 * - tfjs 4.22 has no `tf.gelu` op; `tf.layers` activation 'gelu' is the exact erf form and
 *   'gelu_new' the tanh form (tfjs-layers/src/activations.ts).
 * - ONNX `Gelu` (opset 20) computes the erf form by default (`approximate = 'none'`) and the
 *   tanh form with `approximate = 'tanh'`; onnxruntime-web 1.30 (wasm) runs both. ORT's contrib
 *   ops split them by name: com.microsoft `Gelu` is the erf form, `FastGelu` the tanh form.
 * - PyTorch `nn.GELU()` is exact; `approximate='tanh'` is opt-in.
 * Tested against ORT `Gelu` (opset 20, both modes), the Div → Erf → Add → Mul → Mul graph in ORT,
 * and tfjs 'gelu' / 'gelu_new' (tests/unit/kernels/gelu.test.ts).
 */
export function gelu(x: Tensor, approximate: 'none' | 'tanh' = 'none'): Tensor {
  if (approximate !== 'none' && approximate !== 'tanh') throw new Error(`gelu: approximate must be 'none' or 'tanh', got '${approximate}'`);
  const f = approximate === 'none' ? geluExact : geluTanh;
  const out = new Float32Array(x.data.length);
  for (let i = 0; i < out.length; i++) out[i] = f(x.data[i]);
  return { data: out, shape: [...x.shape] };
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
}

/** x·Φ(x) with Φ(x) = ½·erfc(−x/√2): erfc keeps relative accuracy in the far negative tail. */
export function geluExact(x: number): number {
  if (x === -Infinity) return 0; // −∞ · 0 would be NaN; the limit is 0
  return 0.5 * x * erfc(-x / Math.SQRT2);
}

/**
 * erfc to ~1e-12 relative, in float64 (JavaScript has no Math.erf). |z| < 2: 1 − the Maclaurin
 * series of erf (terms alternate and shrink; at most ~40 of them). z ≥ 2: Laplace's continued
 * fraction erfc(z) = e^{−z²}/√π · 1/(z + ½/(z + 1/(z + 3/2/(z + …)))), 30 levels, evaluated bottom-up.
 */
export function erfc(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z <= -2) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  let k = z;
  for (let n = 30; n >= 1; n--) k = z + n / 2 / k;
  return Math.exp(-z * z) / (Math.sqrt(Math.PI) * k);
}

function erfSeries(z: number): number {
  let sum = 0;
  let term = z; // (−1)ⁿ z^{2n+1} / n!
  for (let n = 0; n < 60; n++) {
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    term *= (-z * z) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
