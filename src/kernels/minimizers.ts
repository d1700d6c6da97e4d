import { canonicalKmer, isAcgt } from './kmers';
import { murmur3 } from './murmur3';

export interface Minimizer {
  position: number; // of the k-mer's first base in the sequence
  kmer: string; // as it appears in the sequence (upper-cased)
  hash: number; // the order value that won its window(s)
}

export interface MinimizerOptions {
  canonical?: boolean; // order k-mers by their strand-canonical form (minimap2's symmetric minimizers); default true
  order?: 'random' | 'lexicographic'; // random: MurmurHash3 of the k-mer; default 'random'
  seed?: number; // of the hash; default 42
}

/**
 * (w, k)-minimizers (Roberts et al. 2004; minimap2 sketch.c): in every window of w consecutive
 * k-mers the one with the smallest order value is kept; a run of windows keeping the same k-mer
 * records it once. Ties go to the leftmost k-mer of the window, so the choice depends on the
 * window's content only; that is what makes the guarantee hold: any substring of length
 * w + k − 1 shared by two sequences is one whole window in both, so both keep the same k-mer.
 * With canonical order a reverse-complemented copy shares it too. Random order gives a density
 * of about 2/(w+1) minimizers per k-mer. Only whole windows count (minimap2 also samples the
 * partial windows at the ends); k-mers with symbols outside ACGT are never chosen. O(n) with a
 * monotone deque.
 */
export function minimizers(seq: string, w: number, k: number, opts: MinimizerOptions = {}): Minimizer[] {
  const { canonical = true, order = 'random', seed = 42 } = opts;
  if (!(w >= 1 && k >= 1)) throw new Error(`minimizers: need w ≥ 1 and k ≥ 1, got w = ${w}, k = ${k}`);
  const s = seq.toUpperCase();
  const count = Math.max(s.length - k + 1, 0);
  const values = new Float64Array(count);
  for (let p = 0; p < count; p++) values[p] = orderValue(s.slice(p, p + k), canonical, order, seed);
  const out: Minimizer[] = [];
  const deque = new Int32Array(Math.max(count, 1)); // indices with strictly increasing values
  let [head, tail] = [0, 0];
  for (let p = 0; p < count; p++) {
    // Strictly greater only: an equal earlier value stays in front (leftmost tie).
    while (tail > head && values[deque[tail - 1]] > values[p]) tail--;
    deque[tail++] = p;
    const start = p - w + 1;
    if (start < 0) continue;
    while (deque[head] < start) head++;
    const best = deque[head];
    if (values[best] === Infinity) continue;
    if (out.length === 0 || out[out.length - 1].position !== best) out.push({ position: best, kmer: s.slice(best, best + k), hash: values[best] });
  }
  return out;
}

/** The value k-mers are ordered by; Infinity for a k-mer that may not be chosen. */
export function orderValue(kmer: string, canonical: boolean, order: 'random' | 'lexicographic', seed: number): number {
  if (!isAcgt(kmer)) return Infinity;
  const key = canonical ? canonicalKmer(kmer) : kmer;
  if (order === 'random') return murmur3(key, seed);
  // Base-4 code A<C<G<T: exact in a double for k ≤ 26, and ordered as the strings are.
  let v = 0;
  for (let i = 0; i < key.length; i++) v = v * 4 + 'ACGT'.indexOf(key[i]);
  return v;
}
