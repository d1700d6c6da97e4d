/**
 * Seeded randomness. Callers pass a generator in; nothing here touches Math.random,
 * so the same seed gives the same numbers in Node and in every browser.
 */
export type Random = () => number;

/** mulberry32: a tiny 32-bit generator with good statistical quality for demos and tests. */
export function randomSeeded(seed = 42): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in [lo, hi). */
export function uniform(rand: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rand();
}

/** Integer in [lo, hi] inclusive. */
export function randInt(rand: Random, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Standard normal by Box–Muller (one value per call; simplicity over speed). */
export function normal(rand: Random): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
