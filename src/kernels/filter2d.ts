import { assertRank, type Tensor } from './tensor';

/**
 * 2-D cross-correlation of every plane of x [N,C,H,W] with one k×k kernel (k odd), zero
 * padding, stride 1, output the same size: ONNX `Conv` with group = C, pads k>>1, no bias
 * (deep-learning "convolution" is correlation: the kernel is not flipped).
 */
export function filter2d(x: Tensor, kernel: ArrayLike<number>, k: number): Tensor {
  assertRank(x, 4, 'filter2d input');
  if (k % 2 !== 1 || kernel.length !== k * k) throw new Error(`filter2d: kernel must be k×k with k odd, got ${kernel.length} values for k=${k}`);
  const [n, c, h, w] = x.shape;
  const r = k >> 1;
  const out = new Float32Array(x.data.length);
  for (let p = 0; p < n * c; p++) {
    const base = p * h * w;
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        let s = 0;
        for (let di = -r; di <= r; di++) {
          const y = i + di;
          if (y < 0 || y >= h) continue;
          for (let dj = -r; dj <= r; dj++) {
            const xx = j + dj;
            if (xx >= 0 && xx < w) s += kernel[(di + r) * k + dj + r] * x.data[base + y * w + xx];
          }
        }
        out[base + i * w + j] = s;
      }
    }
  }
  return { data: out, shape: [n, c, h, w] };
}

/** Non-overlapping s×s average pooling of x [N,C,H,W] (H, W divisible by s): ONNX AveragePool, kernel = stride = s. */
export function avgPool(x: Tensor, s: number): Tensor {
  assertRank(x, 4, 'avgPool input');
  const [n, c, h, w] = x.shape;
  if (!Number.isInteger(s) || s < 1 || h % s || w % s) throw new Error(`avgPool: stride ${s} must divide ${h}×${w}`);
  const oh = h / s;
  const ow = w / s;
  const out = new Float32Array(n * c * oh * ow);
  for (let p = 0; p < n * c; p++) {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++) {
        let sum = 0;
        for (let di = 0; di < s; di++) for (let dj = 0; dj < s; dj++) sum += x.data[p * h * w + (i * s + di) * w + j * s + dj];
        out[p * oh * ow + i * ow + j] = sum / (s * s);
      }
    }
  }
  return { data: out, shape: [n, c, oh, ow] };
}
