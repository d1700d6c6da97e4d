import { describe, expect, it } from 'vitest';
import { jacobiEigen, pca } from '../../../src/kernels/pca';
import { normal, randomSeeded } from '../../../src/kernels/random';

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-6) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]), `index ${i}: ${a[i]} vs ${b[i]}`).toBeLessThan(tol);
};

describe('jacobiEigen', () => {
  it('diagonalises [[2, 1], [1, 2]] into eigenvalues 3 and 1 with eigenvectors (1, 1)/√2 and (1, −1)/√2', () => {
    const { values, vectors } = jacobiEigen([2, 1, 1, 2], 2);
    const order = values[0] > values[1] ? [0, 1] : [1, 0];
    close([values[order[0]], values[order[1]]], [3, 1], 1e-12);
    const v0 = [vectors[order[0]], vectors[2 + order[0]]];
    expect(Math.abs(v0[0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(v0[0] * v0[1]).toBeGreaterThan(0); // same sign: along (1, 1)
  });

  it('satisfies A v = λ v for a random symmetric 8×8 matrix, with orthonormal vectors', () => {
    const rand = randomSeeded(5);
    const d = 8;
    const a = new Float64Array(d * d);
    for (let i = 0; i < d; i++) for (let j = i; j < d; j++) a[i * d + j] = a[j * d + i] = normal(rand);
    const { values, vectors } = jacobiEigen(a, d);
    for (let k = 0; k < d; k++) {
      for (let i = 0; i < d; i++) {
        let av = 0;
        for (let j = 0; j < d; j++) av += a[i * d + j] * vectors[j * d + k];
        expect(Math.abs(av - values[k] * vectors[i * d + k])).toBeLessThan(1e-10);
      }
      for (let l = 0; l < d; l++) {
        let dot = 0;
        for (let i = 0; i < d; i++) dot += vectors[i * d + k] * vectors[i * d + l];
        expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThan(1e-10);
      }
    }
  });
});

describe('pca', () => {
  it('finds the line (1, 1)/√2 through (−2,−2), (−1,−1), (1,1), (2,2): variance 5, the second component 0', () => {
    // Centred already (mean 0). Along (1,1)/√2 the coordinates are −2√2, −√2, √2, 2√2:
    // variance (8 + 2 + 2 + 8) / 4 = 5; across the line every point is at 0.
    const r = pca([-2, -2, -1, -1, 1, 1, 2, 2], 4, 2, 2);
    close(r.mean, [0, 0]);
    close(r.components.subarray(0, 2), [Math.SQRT1_2, Math.SQRT1_2]);
    close(r.variance, [5, 0], 1e-9);
    expect(r.totalVariance).toBeCloseTo(5, 12);
    close(r.projected, [-2 * Math.SQRT2, 0, -Math.SQRT2, 0, Math.SQRT2, 0, 2 * Math.SQRT2, 0], 1e-6);
  });

  it('centres first: the points (10, 0), (12, 0), (11, 1), (11, −1) have mean (11, 0) and equal variance ½ on both axes', () => {
    // x: 10, 12, 11, 11 → deviations −1, 1, 0, 0 → variance 2/4 = ½; y: 0, 0, 1, −1 → ½. No covariance.
    const r = pca([10, 0, 12, 0, 11, 1, 11, -1], 4, 2, 2);
    close(r.mean, [11, 0]);
    close(r.variance, [0.5, 0.5], 1e-12);
  });

  it('orders components by variance and makes each one’s largest entry positive', () => {
    // Spread 3 along y, 1 along x: the first component is (0, 1) (not (0, −1)).
    const r = pca([0, 3, 0, -3, 1, 0, -1, 0], 4, 2, 2);
    close(r.components, [0, 1, 1, 0]);
    close(r.variance, [4.5, 0.5], 1e-12);
  });

  it('captures more variance with its first component than any of 200 random directions (random 6-D cloud)', () => {
    const rand = randomSeeded(9);
    const n = 300,
      d = 6;
    const x = new Float32Array(n * d);
    for (let i = 0; i < n; i++) {
      const z = normal(rand);
      for (let c = 0; c < d; c++) x[i * d + c] = (c + 1) * 0.3 * z + normal(rand) * 0.5;
    }
    const r = pca(x, n, d, 1);
    const varianceAlong = (u: number[]) => {
      let s = 0,
        s2 = 0;
      for (let i = 0; i < n; i++) {
        let p = 0;
        for (let c = 0; c < d; c++) p += x[i * d + c] * u[c];
        s += p;
        s2 += p * p;
      }
      return s2 / n - (s / n) ** 2;
    };
    expect(varianceAlong(Array.from(r.components))).toBeCloseTo(r.variance[0], 4);
    for (let t = 0; t < 200; t++) {
      const u = Array.from({ length: d }, () => normal(rand));
      const len = Math.hypot(...u);
      expect(varianceAlong(u.map((v) => v / len))).toBeLessThanOrEqual(r.variance[0] + 1e-6);
    }
  });
});
