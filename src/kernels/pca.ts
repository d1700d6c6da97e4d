/**
 * Principal component analysis of n points in d dimensions (row-major [n, d]), exact: the
 * covariance matrix C = XcᵀXc / n of the centred points is diagonalised by the cyclic Jacobi
 * method (Golub & Van Loan, Matrix Computations, §8.5), which for a symmetric matrix converges to
 * orthonormal eigenvectors without the deflation errors of power iteration. Fine for d up to a
 * few hundred; the demo uses d = 32.
 *
 * Conventions: components sorted by decreasing variance; each component's sign is fixed so its
 * largest-magnitude entry is positive (eigenvectors are only defined up to sign, and a map that
 * flips when the data changes slightly would be confusing). Variance is the population variance
 * (divide by n), so `variance` sums to the total variance of the data.
 */
export interface Pca {
  mean: Float32Array; // [d]
  components: Float32Array; // [k, d], unit rows
  variance: number[]; // [k], variance along each component
  totalVariance: number; // trace of C
  projected: Float32Array; // [n, k], (x − mean) · componentsᵀ
}

export function pca(x: ArrayLike<number>, n: number, d: number, k = 2): Pca {
  if (x.length !== n * d) throw new Error(`pca: ${x.length} values are not ${n}×${d}`);
  if (k < 1 || k > d) throw new Error(`pca: k = ${k} is outside 1..${d}`);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let c = 0; c < d; c++) mean[c] += x[i * d + c] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const xa = x[i * d + a] - mean[a];
      for (let b = a; b < d; b++) cov[a * d + b] += (xa * (x[i * d + b] - mean[b])) / n;
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const { values, vectors } = jacobiEigen(cov, d);
  const order = Array.from({ length: d }, (_, i) => i).sort((p, q) => values[q] - values[p]);
  const components = new Float32Array(k * d);
  order.slice(0, k).forEach((col, r) => {
    let big = 0;
    for (let a = 0; a < d; a++) if (Math.abs(vectors[a * d + col]) > Math.abs(vectors[big * d + col])) big = a;
    const sign = vectors[big * d + col] < 0 ? -1 : 1;
    for (let a = 0; a < d; a++) components[r * d + a] = sign * vectors[a * d + col];
  });
  const projected = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < k; r++) {
      let s = 0;
      for (let a = 0; a < d; a++) s += (x[i * d + a] - mean[a]) * components[r * d + a];
      projected[i * k + r] = s;
    }
  }
  let totalVariance = 0;
  for (let a = 0; a < d; a++) totalVariance += cov[a * d + a];
  return { mean: Float32Array.from(mean), components, variance: order.slice(0, k).map((c) => Math.max(0, values[c])), totalVariance, projected };
}

/**
 * Eigen-decomposition of a symmetric d×d matrix (row-major). Returns the eigenvalues and the
 * eigenvectors as the columns of `vectors`. Sweeps rotate away every off-diagonal entry in turn
 * until their sum of squares is negligible against the diagonal.
 */
export function jacobiEigen(matrix: ArrayLike<number>, d: number, maxSweeps = 100): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0,
      diag = 0;
    for (let p = 0; p < d; p++) {
      diag += a[p * d + p] ** 2;
      for (let q = p + 1; q < d; q++) off += a[p * d + q] ** 2;
    }
    if (off <= 1e-30 * Math.max(diag, 1e-300)) break;
    for (let p = 0; p < d - 1; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (apq === 0) continue;
        // The rotation angle that zeroes a[p][q]: t = tan θ, the smaller root, for stability.
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < d; r++) {
          // A ← A·J (columns p, q), then Jᵀ·A (rows p, q); V ← V·J.
          const arp = a[r * d + p],
            arq = a[r * d + q];
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r],
            aqr = a[q * d + r];
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < d; r++) {
          const vrp = v[r * d + p],
            vrq = v[r * d + q];
          v[r * d + p] = c * vrp - s * vrq;
          v[r * d + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: d }, (_, i) => a[i * d + i]), vectors: v };
}
