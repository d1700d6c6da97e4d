import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { erfc, gelu } from '../../../src/kernels/gelu';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randomSeeded, uniform } from '../../../src/kernels/random';
import { geluErfGraphModel, geluModel } from '../../../src/models/onnx/reference/normalization';
import { runOnce } from '../../../src/models/runtime/ort';

// |x| ≤ 8, so outputs are ≤ 8 and a float32 ulp there is 9.5e-7. ORT evaluates erf and tanh in
// float32 with polynomial approximations, tfjs's erf is Abramowitz–Stegun 7.1.26 (|error| ≤
// 1.5e-7, times |x|/2 in GELU); ours is float64, rounded once. Measured: at most 5.5e-7 against
// ORT and 4.8e-7 against tfjs, about one ulp at |x| ≥ 4. 2e-6 is ~4× that; the two forms differ
// by up to 4.7e-4, so checking one form against the other's reference fails by 200×.
const TOLERANCE = 2e-6;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** −8 … 8 in steps of 1/16 (every breakpoint of the erfc branches included), then 200 random points. */
function inputs(): Float32Array {
  const rand = randomSeeded(13);
  const grid = Array.from({ length: 257 }, (_, i) => -8 + i / 16);
  return Float32Array.from([...grid, ...Array.from({ length: 200 }, () => uniform(rand, -8, 8))]);
}
const X = tensor([457], inputs());

describe('gelu on hand cases', () => {
  // Φ values from the standard normal table (Abramowitz & Stegun 26.2): Φ(1) = 0.8413447461,
  // Φ(2) = 0.9772498681, Φ(−6) = 9.865876450e-10.
  it('exact GELU is x·Φ(x): 0 at 0, 0.8413447 at 1, −0.1586553 at −1, 1.9544997 at 2', () => {
    const y = gelu(tensor([4], [0, 1, -1, 2])).data;
    expect(maxAbsDiff(y, [0, 0.8413447461, -(1 - 0.8413447461), 2 * 0.9772498681])).toBeLessThan(1e-7);
  });

  it('keeps relative accuracy in the far negative tail: GELU(−6) = −6·Φ(−6) = −5.9195e-9 to 7 digits', () => {
    expect(gelu(tensor([1], [-6])).data[0] / (-6 * 9.86587645e-10)).toBeCloseTo(1, 7);
  });

  it('erfc matches the table: erfc(0.5) = 0.4795001222, erfc(3) = 2.209049700e-5, erfc(−1) = 1.8427007929', () => {
    expect(erfc(0.5)).toBeCloseTo(0.4795001222, 10);
    expect(erfc(3) / 2.2090497e-5).toBeCloseTo(1, 7);
    expect(erfc(-1)).toBeCloseTo(1.8427007929, 10);
  });

  it('the tanh form agrees with the exact one to within 4.8e-4 over [−8, 8], and is not identical to it', () => {
    const d = maxAbsDiff(gelu(X, 'tanh').data, gelu(X).data);
    expect(d).toBeLessThan(4.8e-4);
    expect(d).toBeGreaterThan(4e-4);
  });

  it('maps ±∞ to 0 and +∞, and keeps NaN', () => {
    expect(Array.from(gelu(tensor([3], [-Infinity, Infinity, NaN])).data)).toEqual([0, Infinity, NaN]);
  });
});

describe('gelu matches onnxruntime-web (wasm) on 457 points in [−8, 8]', () => {
  it.each(['none', 'tanh'] as const)(`approximate '%s' matches ORT Gelu (opset 20, same attribute) within ${TOLERANCE}`, async (approximate) => {
    const ref = await runOnce(geluModel(X.shape, approximate), { x: X });
    expect(maxAbsDiff(gelu(X, approximate).data, ref.y.data)).toBeLessThan(TOLERANCE);
  });

  it(`the exact form matches the Div → Erf → Add → Mul → Mul graph in ORT within ${TOLERANCE}`, async () => {
    const ref = await runOnce(geluErfGraphModel(X.shape), { x: X });
    expect(maxAbsDiff(gelu(X).data, ref.y.data)).toBeLessThan(TOLERANCE);
  });
});

describe('gelu matches tfjs-layers activations on 457 points in [−8, 8]', () => {
  const tfjsActivation = (name: 'gelu' | 'gelu_new') =>
    tf.tidy(() => (tf.layers.activation({ activation: name }).apply(tf.tensor(X.data)) as tf.Tensor).dataSync() as Float32Array);

  it(`the exact form matches tf.layers activation 'gelu' (erf) within ${TOLERANCE}`, () => {
    expect(maxAbsDiff(gelu(X).data, tfjsActivation('gelu'))).toBeLessThan(TOLERANCE);
  });

  it(`the tanh form matches tf.layers activation 'gelu_new' within ${TOLERANCE}`, () => {
    expect(maxAbsDiff(gelu(X, 'tanh').data, tfjsActivation('gelu_new'))).toBeLessThan(TOLERANCE);
  });
});

it('gelu rejects an unknown approximation by name', () => {
  expect(() => gelu(tensor([1]), 'sigmoid' as 'tanh')).toThrow(/approximate must be 'none' or 'tanh', got 'sigmoid'/);
});
