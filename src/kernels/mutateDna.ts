import type { Random } from './random';

const BASES = 'ACGT';

/**
 * Point substitutions at a per-base rate: each position independently, with probability `rate`,
 * becomes one of the three other bases, chosen uniformly (the Jukes–Cantor substitution step;
 * no insertions or deletions). This is the model behind the Mash distance (Ondov et al. 2016):
 * a k-mer survives unchanged with probability (1 − rate)^k. Symbols other than ACGT are kept.
 */
export function mutateDna(seq: string, rate: number, rand: Random): string {
  if (!(rate >= 0 && rate <= 1)) throw new Error(`mutateDna: rate must lie in [0, 1], got ${rate}`);
  let out = '';
  for (let i = 0; i < seq.length; i++) {
    const base = seq[i].toUpperCase();
    const b = BASES.indexOf(base);
    if (b < 0 || rand() >= rate) out += base;
    else out += BASES[(b + 1 + Math.floor(rand() * 3)) % 4];
  }
  return out;
}
