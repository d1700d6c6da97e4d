import { canonicalKmer, isAcgt } from './kmers';
import { murmur3 } from './murmur3';

/**
 * Bottom-s MinHash sketch of a DNA sequence, as Mash builds it (marbl/Mash; Ondov et al. 2016):
 * the s smallest distinct hashes of its canonical k-mers, ascending. Defaults are Mash's: k = 21,
 * s = 1000, seed 42 (REFERENCE.md §16). Hashes are MurmurHash3_x86_32 of the k-mer's bytes; Mash
 * uses that hash only for k ≤ 16 and 64 bits of MurmurHash3_x64_128 above, so sketches agree in
 * construction, not bit for bit. 32 bits suffice here: n distinct k-mers collide in about
 * n²/2³³ pairs (about one for n = 100,000), far below the sketch's own sampling error.
 */
export function minHashSketch(seq: string, k = 21, size = 1000, seed = 42): Uint32Array {
  const s = seq.toUpperCase();
  const hashes = new Set<number>();
  for (let p = 0; p + k <= s.length; p++) {
    const km = s.slice(p, p + k);
    if (isAcgt(km)) hashes.add(murmur3(canonicalKmer(km), seed));
  }
  return Uint32Array.from(hashes).sort().slice(0, size);
}

export interface SketchComparison {
  common: number; // shared hashes among the s smallest of the union
  denom: number; // how many of the union's smallest hashes were looked at (≤ s)
  jaccard: number; // common / denom: the estimate of the k-mer Jaccard index
}

/**
 * The Jaccard estimate of two sketches, as Mash's compareSketches (CommandDistance.cpp): walk the
 * two sorted lists merging their union until s hashes are seen, counting those in both; if a list
 * runs out first, the rest of the other completes the union up to s. Its standard error is about
 * √(j(1−j)/s).
 */
export function compareSketches(a: Uint32Array, b: Uint32Array, size = 1000): SketchComparison {
  let [i, j, common, denom] = [0, 0, 0, 0];
  while (denom < size && i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (b[j] < a[i]) j++;
    else {
      i++;
      j++;
      common++;
    }
    denom++;
  }
  if (denom < size) denom = Math.min(denom + (a.length - i) + (b.length - j), size);
  return { common, denom, jaccard: denom === 0 ? 0 : common / denom };
}
