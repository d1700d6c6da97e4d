import { randomDna } from '../../kernels/randomDna';
import { randomSeeded } from '../../kernels/random';

export const FLANK = 20; // random bases on each side of the shared piece in sequence b
export const MAX_GENOME = 400; // longest sequence a the page draws base by base

export interface GenomePair {
  a: string;
  b: string;
  atA: number; // the shared substring is a[atA, atA + length) = b[atB, atB + length)
  atB: number;
  length: number;
}

/**
 * Sequence b for sequence a: FLANK fresh random bases, a's middle `shared` bases, FLANK more.
 * Everything outside the shared piece is independent of a, so any other minimizer b shares
 * with a is chance.
 */
export function genomePair(a: string, shared: number, seed: number): GenomePair {
  const length = Math.max(0, Math.min(shared, a.length));
  const atA = Math.floor((a.length - length) / 2);
  const rand = randomSeeded(seed + 7919); // not a's stream: the flanks must not repeat a
  const b = randomDna(FLANK, rand) + a.slice(atA, atA + length) + randomDna(FLANK, rand);
  return { a, b, atA, atB: FLANK, length };
}

/** A typed genome: upper-cased, whitespace and digits dropped, other symbols kept as N (never chosen), capped. */
export function cleanGenome(raw: string, max = MAX_GENOME): { seq: string; notes: string[] } {
  const notes: string[] = [];
  const upper = raw.toUpperCase().replace(/[\s\d]/g, '');
  const other = [...upper].filter((c) => !'ACGT'.includes(c)).length;
  let seq = upper.replace(/[^ACGT]/g, 'N');
  if (other > 0) notes.push(`${other} symbol${other > 1 ? 's' : ''} outside ACGT became N: k-mers containing N are never minimizers`);
  if (seq.length > max) {
    notes.push(`cut from ${seq.length} to the first ${max} bases`);
    seq = seq.slice(0, max);
  }
  if (seq.length === 0) notes.push('empty: type some bases');
  return { seq, notes };
}
