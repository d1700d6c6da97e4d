import type { Random } from './random';

const BASES = 'ACGT';

/**
 * A random DNA string of length n, each base drawn independently and uniformly from A, C, G, T
 * (the null model under which a k-mer occurs by chance with probability 4^−k per position).
 */
export function randomDna(n: number, rand: Random): string {
  let out = '';
  for (let i = 0; i < n; i++) out += BASES[Math.floor(rand() * 4)];
  return out;
}
