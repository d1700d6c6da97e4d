import { normal, randInt, randomSeeded, type Random } from '../../kernels/random';

/**
 * Case generators' shared helpers. Inputs are made exactly representable in float32 (the kernels'
 * storage) so the reader's float64 code and the kernel start from the same numbers: values are
 * multiples of 1/16 or `Math.fround`ed, coordinates small integers or quarter pixels.
 */
export { randInt, type Random };

/** A generator per exercise and seed; the salt keeps two exercises' streams apart at one seed. */
export function casesRandom(seed: number, salt: string): Random {
  let h = seed >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x9e3779b1) >>> 0;
  return randomSeeded(h);
}

/** A multiple of 1/16 in [lo, hi]: exact in float32 and in float64. */
export function sixteenth(rand: Random, lo: number, hi: number): number {
  return randInt(rand, Math.ceil(lo * 16), Math.floor(hi * 16)) / 16;
}

/** A quarter-pixel coordinate in [lo, hi]. */
export function quarter(rand: Random, lo: number, hi: number): number {
  return randInt(rand, Math.ceil(lo * 4), Math.floor(hi * 4)) / 4;
}

export function normal32(rand: Random, scale = 1): number {
  return Math.fround(scale * normal(rand));
}

/** rows × cols nested array from a value maker. */
export function grid(rows: number, cols: number, value: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, value));
}

/** Nested arrays of any depth → flat row-major list. */
export function flat(nested: unknown): number[] {
  return Array.isArray(nested) ? nested.flatMap(flat) : [nested as number];
}

/** A flat row-major array → nested arrays of `shape`. */
export function nest(data: ArrayLike<number>, shape: readonly number[]): unknown {
  if (shape.length === 0) return data[0];
  if (shape.length === 1) return Array.from(data).slice(0, shape[0]);
  const inner = shape.slice(1).reduce((a, b) => a * b, 1);
  return Array.from({ length: shape[0] }, (_, i) => nest(Array.from(data).slice(i * inner, (i + 1) * inner), shape.slice(1)));
}
