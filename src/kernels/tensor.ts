/** A dense float32 tensor in row-major (C) order. Kernels take and return these. */
export interface Tensor {
  data: Float32Array;
  shape: number[];
}

export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Makes a tensor; zero-filled when no data is given. Throws when data and shape disagree. */
export function tensor(shape: readonly number[], data?: ArrayLike<number>): Tensor {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`tensor: bad dimension ${d} in shape [${shape}]`);
  }
  const n = sizeOf(shape);
  if (data && data.length !== n) {
    throw new Error(`tensor: shape [${shape}] needs ${n} values, got ${data.length}`);
  }
  return { data: data ? Float32Array.from(data) : new Float32Array(n), shape: [...shape] };
}

/** Throws a message naming `what` unless x has the given rank. */
export function assertRank(x: Tensor, rank: number, what: string): void {
  if (x.shape.length !== rank) {
    throw new Error(`${what} must have rank ${rank}, got shape [${x.shape}]`);
  }
}

/** Largest absolute elementwise difference; Infinity when shapes differ. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
