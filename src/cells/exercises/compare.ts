import { formatNumber } from '../preview';

/**
 * Comparers for exercise results. Each returns null when `got` matches `expected`, else one
 * sentence that says where and by how much. Tolerances are absolute plus relative:
 * |got − expected| ≤ abs + rel·|expected|, and NaN matches only NaN.
 */
export function closeTo(got: number, expected: number, abs: number, rel = 0): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(got);
  if (!Number.isFinite(expected)) return got === expected;
  return typeof got === 'number' && Math.abs(got - expected) <= abs + rel * Math.abs(expected);
}

export function numberWithin(abs: number, rel = 0) {
  return (got: unknown, expected: unknown): string | null => {
    if (typeof got !== 'number') return `expected a number, got ${typeof got}`;
    if (closeTo(got, expected as number, abs, rel)) return null;
    return `off by ${formatNumber(Math.abs(got - (expected as number)))} (tolerance ${abs}${rel ? ` + ${rel}·|expected|` : ''})`;
  };
}

/** Flattens nested arrays / typed arrays, recording the shape, or returns null when ragged or not numeric. */
export function flatten(v: unknown): { shape: number[]; values: number[] } | null {
  if (typeof v === 'number') return { shape: [], values: [v] };
  if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) return null;
  const list = Array.from(v as ArrayLike<unknown>);
  if (list.length === 0) return { shape: [0], values: [] };
  const parts = list.map(flatten);
  if (parts.some((p) => p === null)) return null;
  const first = parts[0]!.shape.join(',');
  if (parts.some((p) => p!.shape.join(',') !== first)) return null;
  return { shape: [list.length, ...parts[0]!.shape], values: parts.flatMap((p) => p!.values) };
}

function indexOf(flat: number, shape: number[]): string {
  const idx: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    idx.unshift(flat % shape[d]);
    flat = Math.floor(flat / shape[d]);
  }
  return idx.map((i) => `[${i}]`).join('');
}

/** Nested numeric arrays of the same shape, elementwise within the tolerance. */
export function arrayWithin(abs: number, rel = 0) {
  return (got: unknown, expected: unknown): string | null => {
    const g = flatten(got);
    const e = flatten(expected)!;
    if (!g) return 'expected a (nested) array of numbers with equal-length rows';
    if (g.shape.join(',') !== e.shape.join(',')) return `shape [${g.shape}] but expected [${e.shape}]`;
    for (let i = 0; i < e.values.length; i++) {
      if (!closeTo(g.values[i], e.values[i], abs, rel)) {
        return `element ${indexOf(i, e.shape)} is ${formatNumber(g.values[i])}, expected ${formatNumber(e.values[i])} (tolerance ${abs}${rel ? ` + ${rel}·|expected|` : ''})`;
      }
    }
    return null;
  };
}

/** The same integers in the same order (indices, positions). */
export function sameIntegers(got: unknown, expected: unknown): string | null {
  const g = flatten(got);
  const e = (expected as number[]).map(Number);
  if (!g || g.shape.length !== 1) return 'expected a flat array of integers';
  if (g.values.length !== e.length) return `${g.values.length} values but expected ${e.length}`;
  const i = e.findIndex((v, k) => g.values[k] !== v);
  return i < 0 ? null : `position ${i} is ${g.values[i]}, expected ${e[i]}`;
}
