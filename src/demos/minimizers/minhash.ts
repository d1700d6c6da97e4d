import { compareSketches, minHashSketch } from '../../kernels/minHashSketch';
import { jaccard, kmerSet } from '../../kernels/kmers';
import { mashDistance } from '../../kernels/mashDistance';
import { mutateDna } from '../../kernels/mutateDna';
import { randomDna } from '../../kernels/randomDna';
import { randomSeeded } from '../../kernels/random';
import type { JobProgress } from '../shared/serveJobs';

export const REPEATS = 10; // hash seeds per sketch size: the spread the error bars show
const SIZES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

export interface MinHashRequest {
  length: number; // bases of genome a
  mutation: number; // per-base substitution rate from a to b
  k: number;
  maxSize: number; // largest sketch
  seed: number;
}

export interface MinHashResult {
  request: MinHashRequest;
  kmersA: number;
  kmersB: number;
  exact: number; // Jaccard of the full canonical k-mer sets
  sizes: number[];
  estimates: number[][]; // [size][repeat]
  mean: number[];
  sd: number[];
  /** √(j(1−j)/s) at the exact j: the sampling error Mash's paper gives for a sketch of size s. */
  theory: number[];
  mashExact: number; // D of the exact Jaccard
  mashEstimate: number; // D of the largest sketch's mean estimate
  ms: number;
}

/**
 * The MinHash experiment: a random genome a, its mutated copy b, and for each sketch size the
 * Jaccard estimate of REPEATS independent hash seeds (42, 43, …; Mash's default is 42), against
 * the exact Jaccard of the k-mer sets. One sketch per seed serves every size: the bottom-s of
 * the union is found among the bottom-s of each sketch, as compareSketches walks them.
 */
export function minHashExperiment(req: MinHashRequest, progress: (p: JobProgress) => void = () => {}): MinHashResult {
  const t0 = performance.now();
  const length = Math.round(req.length);
  const a = randomDna(length, randomSeeded(req.seed));
  const b = mutateDna(a, req.mutation, randomSeeded(req.seed + 1));
  progress({ done: 0, total: REPEATS + 1, stage: 'exact Jaccard' });
  const [setA, setB] = [kmerSet(a, req.k), kmerSet(b, req.k)];
  const exact = jaccard(setA, setB);
  const sizes = SIZES.filter((s) => s <= req.maxSize);
  const estimates = sizes.map(() => [] as number[]);
  for (let r = 0; r < REPEATS; r++) {
    progress({ done: r + 1, total: REPEATS + 1, stage: `sketches with hash seed ${42 + r}` });
    const [sa, sb] = [minHashSketch(a, req.k, req.maxSize, 42 + r), minHashSketch(b, req.k, req.maxSize, 42 + r)];
    sizes.forEach((s, i) => estimates[i].push(compareSketches(sa, sb, s).jaccard));
  }
  const mean = estimates.map((e) => e.reduce((x, v) => x + v, 0) / e.length);
  const sd = estimates.map((e, i) => Math.sqrt(e.reduce((x, v) => x + (v - mean[i]) ** 2, 0) / (e.length - 1)));
  const theory = sizes.map((s) => Math.sqrt((exact * (1 - exact)) / s));
  return {
    request: req,
    kmersA: setA.size,
    kmersB: setB.size,
    exact,
    sizes,
    estimates,
    mean,
    sd,
    theory,
    mashExact: mashDistance(exact, req.k),
    mashEstimate: mashDistance(mean[mean.length - 1], req.k),
    ms: performance.now() - t0,
  };
}
