import { minimizers, orderValue, type Minimizer, type MinimizerOptions } from '../../kernels/minimizers';
import type { GenomePair } from './genomes';

type Order = Required<MinimizerOptions>;

export interface WindowPick {
  start: number; // first k-mer of the window
  kmers: { position: number; kmer: string; value: number }[];
  pick: number; // position of the winner (leftmost smallest), −1 if no k-mer may be chosen
}

/** The w k-mers of the window starting at k-mer `start`, their order values and the winner, as minimizers() decides it. */
export function windowPick(seq: string, start: number, w: number, k: number, o: Order): WindowPick {
  const s = seq.toUpperCase();
  const kmers = Array.from({ length: w }, (_, t) => {
    const position = start + t;
    const kmer = s.slice(position, position + k);
    return { position, kmer, value: orderValue(kmer, o.canonical, o.order, o.seed) };
  });
  let pick = -1;
  let best = Infinity;
  for (const km of kmers) if (km.value < best) [best, pick] = [km.value, km.position];
  return { start, kmers, pick };
}

export interface Guarantee {
  minA: Minimizer[];
  minB: Minimizer[];
  windowFits: boolean; // length ≥ w + k − 1: a whole window lies in the shared piece
  /** Offsets (within the shared piece) of minimizers whose k-mer lies inside it, in each sequence. */
  insideA: number[];
  insideB: number[];
  common: number[]; // offsets minimized in both
  /** The first whole window of the shared piece, in a and in b (null if none fits). */
  firstA: WindowPick | null;
  firstB: WindowPick | null;
}

/** The minimizers of both sequences and what they share on the common substring (REFERENCE.md §17). */
export function guarantee(pair: GenomePair, w: number, k: number, o: Order): Guarantee {
  const minA = minimizers(pair.a, w, k, o);
  const minB = minimizers(pair.b, w, k, o);
  const inside = (ms: Minimizer[], at: number) => ms.map((m) => m.position - at).filter((d) => d >= 0 && d + k <= pair.length);
  const insideA = inside(minA, pair.atA);
  const insideB = inside(minB, pair.atB);
  const common = insideA.filter((d) => insideB.includes(d));
  const windowFits = pair.length >= w + k - 1;
  return {
    minA,
    minB,
    windowFits,
    insideA,
    insideB,
    common,
    firstA: windowFits ? windowPick(pair.a, pair.atA, w, k, o) : null,
    firstB: windowFits ? windowPick(pair.b, pair.atB, w, k, o) : null,
  };
}
