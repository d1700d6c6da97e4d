import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'algorithms-tools': [
    {
      id: 'sw-zero',
      kind: 'choice',
      prompt: 'What turns Needleman–Wunsch (global) into Smith–Waterman (local) alignment?',
      options: [
        { text: 'A fourth option, 0, in the max, zero borders, and traceback from the best cell to the first 0', correct: true },
        { text: 'Affine gap penalties', why: 'That is Gotoh’s extension; it applies to global and local alignment alike.' },
        { text: 'Filling only a band around the diagonal', why: 'Banded DP is a speed-up with O(nw) cost; it does not make the alignment local.' },
        { text: 'Seeding with exact word matches', why: 'That is BLAST’s heuristic; Smith–Waterman is exact DP over the full table.' },
      ],
      explain: 'The 0 lets an alignment start afresh anywhere, so poorly matching flanks are ignored.',
    },
    {
      id: 'kmers-per-read',
      kind: 'numeric',
      prompt: 'How many k-mers does a 150-base read contain for k = 31?',
      answer: 120,
      tolerance: 0.5,
      unit: 'k-mers',
      explain: 'A read of length L holds L − k + 1 = 150 − 31 + 1 = 120 k-mers.',
    },
    {
      id: 'minimizer-guarantee',
      kind: 'numeric',
      prompt: 'With (w, k) = (10, 15) minimizers (minimap2’s defaults), how long must a shared substring be to be guaranteed a shared minimizer?',
      answer: 24,
      tolerance: 0.5,
      unit: 'bases',
      explain: 'The w k-mers of a window span w + k − 1 = 24 bases; any shared stretch that long contains a whole identical window.',
    },
    {
      id: 'evalue-db',
      kind: 'choice',
      prompt: 'The same alignment gets a larger E-value when searched against a bigger database. Why?',
      options: [
        { text: 'E = K·m·n·e^{−λS} grows linearly with the database length n: more sequence, more chance hits', correct: true },
        { text: 'The alignment score S drops in bigger databases', why: 'The score depends only on the two aligned sequences and the scoring system.' },
        { text: 'BLAST switches to a longer word size for big databases', why: 'Word size belongs to the -task, not to the database size.' },
        { text: 'The bit score falls with database size', why: 'The bit score does not depend on database size; that is what makes it comparable.' },
      ],
      explain: 'E counts chance hits at score ≥ S, which scale with the search space m·n.',
    },
  ],
  'large-scale-genomics': [
    {
      id: 'amdahl',
      kind: 'numeric',
      prompt: 'A pipeline is 95% parallelisable (p = 0.95). What speed-up do 64 workers give, by Amdahl’s law S(N) = 1 / ((1 − p) + p/N)?',
      answer: 15.4,
      tolerance: 0.3,
      // 1/(0.05 + 0.014844) = 15.42; ±0.3 rejects 64 (linear) and 20 (the limit).
      unit: '×',
      explain: '1 / (0.05 + 0.95/64) ≈ 15.4, and no number of workers gives more than 1/0.05 = 20×.',
    },
    {
      id: 'phred',
      kind: 'numeric',
      prompt: 'A base has Phred quality Q20. What is its error probability? (Q = −10·log₁₀ p)',
      answer: 0.01,
      tolerance: 0.0005,
      // 10^(−20/10) = 0.01; ±0.0005 rejects Q30’s 0.001 and 0.1.
      explain: 'p = 10^{−Q/10} = 10^{−2}; Q30 is one error in 1,000.',
    },
    {
      id: 'bgzip',
      kind: 'choice',
      prompt: 'Why bgzip rather than plain gzip for BAM, VCF and FASTQ at scale?',
      options: [
        { text: 'Its independent blocks (≤ 64 KiB) allow random access through an index and parallel (de)compression', correct: true },
        { text: 'It compresses much better than gzip', why: 'Both use DEFLATE; the ratio is similar. The gain is access, not size.' },
        { text: 'It is lossless while gzip is lossy', why: 'Both are lossless.' },
        { text: 'It stores only differences from the reference', why: 'That is CRAM’s reference-based compression.' },
      ],
      explain: 'A virtual offset (compressed block offset, offset inside the block) lets tabix or a BAM index jump straight to a region.',
    },
    {
      id: 'stream-sort',
      kind: 'choice',
      prompt: 'How should aligner output reach a sorted, indexed BAM?',
      options: [
        { text: 'Pipe the aligner straight into samtools sort (an external merge sort with bounded memory), then index', correct: true },
        { text: 'Write an unsorted SAM to disk, then sort it', why: 'Materialising uncompressed SAM costs huge disk space and I/O for nothing.' },
        {
          text: 'Load all alignments into memory and sort there',
          why: 'A genome’s alignments do not fit in memory; samtools sort spills runs and k-way merges them.',
        },
        {
          text: 'Sorting is unnecessary if the reads were sorted',
          why: 'Alignment positions come from mapping, not from read order; region queries need coordinate order.',
        },
      ],
      explain: 'Stream instead of writing intermediates; query tools then read only the regions they need via the index.',
    },
  ],
};
