import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { MAX_GENOME } from './genomes';

export const minimizersParams = defineParams({
  seed: { type: 'int', default: 7, min: 0, max: 9999, label: 'Genome seed' },
  length: { type: 'int', default: 120, min: 30, max: MAX_GENOME, label: 'Genome length', unit: 'bp' },
  k: { type: 'int', default: 5, min: 2, max: 15, label: 'k (k-mer length)' },
  w: { type: 'int', default: 6, min: 1, max: 20, label: 'w (k-mers per window)' },
  order: { type: 'enum', default: 'random', options: { random: 'random (MurmurHash3)', lexicographic: 'lexicographic (A < C < G < T)' }, label: 'Order' },
  canonical: { type: 'bool', default: true, label: 'Canonical k-mers (strand-independent, as minimap2)' },
  shared: { type: 'int', default: 10, min: 1, max: 60, label: 'Shared substring length', unit: 'bp' },
  win: { type: 'int', default: -1, min: -1, max: MAX_GENOME, label: 'Selected window (−1: none)' },
  mlen: { type: 'number', default: 10000, min: 1000, max: 50000, scale: 'log', step: 0.01, label: 'MinHash genome length', unit: 'bp' },
  mut: { type: 'number', default: 0.05, min: 0, max: 0.3, step: 0.005, label: 'Substitution rate from a to b' },
  mk: { type: 'int', default: 21, min: 8, max: 24, label: 'MinHash k (Mash default 21)' },
  smax: { type: 'enum', default: 1000, options: [1000, 5000], label: 'Largest sketch (Mash default 1000)' },
});

export const minimizersMeta: DemoMeta<typeof minimizersParams> = {
  id: 'minimizers',
  title: 'Minimizers and MinHash: sampling k-mers so that shared sequence is never missed',
  claim:
    'A (w, k)-minimizer is the smallest of w consecutive k-mers, so two sequences sharing w + k − 1 bases always share one; a bottom-s MinHash sketch estimates the k-mer Jaccard index with error about √(j(1−j)/s), and Mash turns it into a mutation distance.',
  questions: ['bioinformatics/algorithms-tools', 'bioinformatics/large-scale-genomics'],
  params: minimizersParams,
  limits: (v) => ({
    shared: { max: v.length, why: `the genome has ${v.length} bases` },
    win: { max: Math.max(0, v.length - v.k - v.w + 1), why: `${v.length} bases hold ${Math.max(1, v.length - v.k - v.w + 2)} windows of ${v.w} ${v.k}-mers` },
  }),
  steps: (v) => [
    {
      say: `A random ${v.length}-base genome. Each marked k-mer (k = 5) is a minimizer: the smallest hash among w = 6 consecutive k-mers.`,
      patch: { k: 5, w: 6, order: 'random', canonical: true, shared: 10, win: -1 },
      show: 'genome',
    },
    { say: 'The first window: six 5-mers, their hashes, and the smallest one, which becomes a minimizer.', patch: { win: 0 }, show: 'genome' },
    {
      say: 'Slide one base: the window keeps its minimizer unless it slid out or a smaller k-mer slid in; that is why so few are kept.',
      patch: { win: 1 },
      show: 'genome',
    },
    {
      say: 'Sequence b shares w + k − 1 = 10 bases with a: one whole window, so both pick the same minimizer there: the guarantee.',
      patch: { win: -1, shared: 10 },
      show: 'guarantee',
    },
    { say: 'Nine shared bases: no whole window fits, and nothing forces a shared minimizer (try other seeds).', patch: { shared: 9 }, show: 'guarantee' },
    {
      say: 'MinHash: the Jaccard estimate of the bottom-s sketch for ten hash seeds. The spread shrinks as 1/√s and straddles the exact value.',
      patch: { shared: 10, mut: 0.05, mk: 21 },
      show: 'minhash',
    },
    {
      say: 'Twice the substitutions: the Jaccard index falls and the Mash distance rises to about the substitution rate, 0.1.',
      patch: { mut: 0.1 },
      show: 'minhash',
    },
  ],
};
