import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cosineSimilarityMatrix } from '../../../src/kernels/cosineSimilarityMatrix';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { sinusoidalPositionEncoding2d } from '../../../src/kernels/sinusoidalPositionEncoding';
import { randomTensor } from './attentionFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('cosineSimilarityMatrix', () => {
  it('gives 1 for parallel rows, 0 for orthogonal, −1 for opposite: rows [1,0], [0,2], [−3,0], [1,1]', () => {
    const s = cosineSimilarityMatrix(tensor([4, 2], [1, 0, 0, 2, -3, 0, 1, 1]));
    const h = Math.SQRT1_2;
    expect(s.shape).toEqual([4, 4]);
    expect(maxAbsDiff(s.data, [1, 0, -1, h, 0, 1, 0, h, -1, 0, 1, -h, h, h, -h, 1])).toBeLessThan(1e-7);
  });

  it('gives a zero row similarity 0 with everything, itself included', () => {
    expect(Array.from(cosineSimilarityMatrix(tensor([2, 2], [0, 0, 1, 0])).data)).toEqual([0, 0, 0, 1]);
  });

  // Float32 on the tfjs side: unit vectors of D = 64 and a 64-term dot product, ~1e-7 each; 1e-6
  // leaves ~5× headroom, while a missing normalisation is off by O(1).
  it('matches tfjs l2Normalize then matMul(a, a, false, true) on random [30, 64] rows, within 1e-6', () => {
    const x = randomTensor(randomSeeded(21), [30, 64]);
    const ref = tf.tidy(() => {
      const u = tf.tensor(x.data, x.shape).div(tf.tensor(x.data, x.shape).norm('euclidean', 1, true));
      return tf.matMul(u, u, false, true).dataSync() as Float32Array;
    });
    expect(maxAbsDiff(cosineSimilarityMatrix(x).data, ref)).toBeLessThan(1e-6);
  });

  it('on 2-D sincos position embeddings of a 4×4 grid, each patch is most similar to itself, then to its grid neighbours', () => {
    const s = cosineSimilarityMatrix(sinusoidalPositionEncoding2d(4, 4, 32));
    const at = (a: number, b: number) => s.data[a * 16 + b];
    for (let p = 0; p < 16; p++) {
      expect(at(p, p)).toBeCloseTo(1, 6);
      const others = Array.from({ length: 16 }, (_, q) => q).filter((q) => q !== p);
      const best = others.reduce((b, q) => (at(p, q) > at(p, b) ? q : b));
      const [dr, dc] = [Math.abs(Math.floor(best / 4) - Math.floor(p / 4)), Math.abs((best % 4) - (p % 4))];
      expect(dr + dc).toBe(1); // the Fig. 7 (centre) picture: similarity falls off with grid distance
    }
  });
});
