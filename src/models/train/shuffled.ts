import type { Random } from '../../kernels/random';

/** A fresh seeded permutation of 0..n-1 (Fisher–Yates, drawing from `rand`). */
export function shuffled(n: number, rand: Random): Int32Array {
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}
