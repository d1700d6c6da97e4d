/**
 * k-mers of DNA strings. Sequences are read upper-cased; a k-mer with a symbol other than A, C, G,
 * T is "invalid" and left out of sets, sketches and minimizers, as Mash and minimap2 skip them.
 */
const COMPLEMENT: Record<string, string> = { A: 'T', C: 'G', G: 'C', T: 'A' };

/** Reverse complement; symbols other than ACGT become N. */
export function reverseComplement(seq: string): string {
  let out = '';
  for (let i = seq.length - 1; i >= 0; i--) out += COMPLEMENT[seq[i].toUpperCase()] ?? 'N';
  return out;
}

/** Every k-mer, in order: seq[p, p+k) for p = 0 … n−k (upper-cased). */
export function kmers(seq: string, k: number): string[] {
  const s = seq.toUpperCase();
  return Array.from({ length: Math.max(s.length - k + 1, 0) }, (_, p) => s.slice(p, p + k));
}

export function isAcgt(kmer: string): boolean {
  return /^[ACGT]*$/.test(kmer);
}

/**
 * The strand-independent form of a k-mer: the lexicographically smaller of it and its reverse
 * complement (Mash's rule, memcmp(fwd, rev) ≤ 0 keeps the forward one), so a sequence and its
 * reverse complement have the same canonical k-mers.
 */
export function canonicalKmer(kmer: string): string {
  const k = kmer.toUpperCase();
  const rc = reverseComplement(k);
  return k <= rc ? k : rc;
}

/** The distinct valid k-mers of a sequence, canonical unless told otherwise. */
export function kmerSet(seq: string, k: number, canonical = true): Set<string> {
  const out = new Set<string>();
  for (const km of kmers(seq, k)) if (isAcgt(km)) out.add(canonical ? canonicalKmer(km) : km);
  return out;
}

/** Jaccard index |A ∩ B| / |A ∪ B| of two sets (1 for two empty sets). */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}
