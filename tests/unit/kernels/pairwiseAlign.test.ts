import { describe, expect, it } from 'vitest';
import { needlemanWunsch, pairwiseAlign, smithWaterman, type AlignOptions, type SubstitutionMatrix } from '../../../src/kernels/pairwiseAlign';
import { BLOSUM62 } from '../../../src/kernels/blosum62';
import { randInt, randomSeeded } from '../../../src/kernels/random';

/**
 * BLOSUM50 restricted to the letters of Durbin's example, copied from the NCBI matrix file
 * (biopython Bio/Align/substitution_matrices/data/BLOSUM50, "1/3 Bit Units").
 */
const BLOSUM50_AEGHPW: SubstitutionMatrix = {
  alphabet: 'AEGHPW',
  // prettier-ignore
  scores: Float64Array.from([
     5, -1,  0, -2, -1, -3,
    -1,  6, -3,  0, -1, -3,
     0, -3,  8, -2, -2, -3,
    -2,  0, -2, 10, -2, -3,
    -1, -1, -2, -2, 10, -4,
    -3, -3, -3, -3, -4, 15,
  ]),
};

/** Scores an alignment column by column, independently of the DP: a run of L gap columns in one row costs open + L·extend. */
function scoreColumns(alignedA: string, alignedB: string, opts: AlignOptions): number {
  const s = opts.scoring;
  const pair = (x: string, y: string) =>
    'alphabet' in s ? s.scores[s.alphabet.indexOf(x) * s.alphabet.length + s.alphabet.indexOf(y)] : x === y ? s.match : s.mismatch;
  let total = 0;
  let run: 'A' | 'B' | '' = '';
  for (let c = 0; c < alignedA.length; c++) {
    const gap = alignedA[c] === '-' ? 'A' : alignedB[c] === '-' ? 'B' : '';
    if (gap === '') total += pair(alignedA[c], alignedB[c]);
    else total -= (gap === run ? 0 : (opts.gapOpen ?? 0)) + opts.gapExtend;
    run = gap;
  }
  return total;
}

/** The best score over every alignment of a and b, enumerated one by one (Delannoy-many; only for tiny inputs). */
function bruteForceGlobal(a: string, b: string, opts: AlignOptions): number {
  let best = -Infinity;
  const walk = (i: number, j: number, ca: string, cb: string) => {
    if (i === a.length && j === b.length) best = Math.max(best, scoreColumns(ca, cb, opts));
    if (i < a.length && j < b.length) walk(i + 1, j + 1, ca + a[i], cb + b[j]);
    if (i < a.length) walk(i + 1, j, ca + a[i], cb + '-');
    if (j < b.length) walk(i, j + 1, ca + '-', cb + b[j]);
  };
  walk(0, 0, '', '');
  return best;
}

/** Local optimum = the best global alignment of any pair of substrings, the empty pair scoring 0. */
function bruteForceLocal(a: string, b: string, opts: AlignOptions): number {
  let best = 0;
  for (let i0 = 0; i0 < a.length; i0++)
    for (let i1 = i0 + 1; i1 <= a.length; i1++)
      for (let j0 = 0; j0 < b.length; j0++)
        for (let j1 = j0 + 1; j1 <= b.length; j1++) best = Math.max(best, bruteForceGlobal(a.slice(i0, i1), b.slice(j0, j1), opts));
  return best;
}

describe('Needleman–Wunsch', () => {
  // Wikipedia, "Needleman–Wunsch algorithm", worked example: match +1, mismatch −1, indel −1.
  const WIKI: AlignOptions = { mode: 'global', scoring: { match: 1, mismatch: -1 }, gapExtend: 1 };
  it('GCATGCG vs GATTACA scores 0 (Wikipedia example) and the traceback is an optimal alignment', () => {
    const r = needlemanWunsch('GCATGCG', 'GATTACA', WIKI);
    expect(r.score).toBe(0);
    expect(r.alignedA.replaceAll('-', '')).toBe('GCATGCG');
    expect(r.alignedB.replaceAll('-', '')).toBe('GATTACA');
    expect(scoreColumns(r.alignedA, r.alignedB, WIKI)).toBe(0);
  });

  it('with a linear gap the H matrix is the single-matrix recurrence F(i,j) = max(diag + s, up − d, left − d) of REFERENCE.md §11', () => {
    const [a, b] = ['GCATGCG', 'GATTACA'];
    const r = needlemanWunsch(a, b, WIKI);
    const F = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? 0 - j : 0 - i)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) F[i][j] = Math.max(F[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 1 : -1), F[i - 1][j] - 1, F[i][j - 1] - 1);
    expect(Array.from(r.H)).toEqual(F.flat());
  });

  // Durbin, Eddy, Krogh & Mitchison, Biological Sequence Analysis (1998), Fig. 2.5: BLOSUM50, linear gap d = 8.
  it('HEAGAWGHEE vs PAWHEAE with BLOSUM50, d = 8 scores 1 (Durbin Fig. 2.5), with P against E or A', () => {
    const r = needlemanWunsch('HEAGAWGHEE', 'PAWHEAE', { scoring: BLOSUM50_AEGHPW, gapExtend: 8 });
    expect(r.score).toBe(1);
    // Durbin prints HEAGAWGHE-E / --P-AW-HEAE; P/E and P/A both score −1, so P one column earlier
    // ties, and our tie rule (diagonal first) takes it.
    expect(r.alignedA).toBe('HEAGAWGHE-E');
    expect(['--P-AW-HEAE', '-P--AW-HEAE']).toContain(r.alignedB);
  });

  // scikit-bio test_pairwise.py (expected values "derived with assistance from the EMBOSS web server"):
  // BLOSUM50, EMBOSS gap open 10, extend 5, end gaps penalised. EMBOSS charges open for the first
  // gap position and extend for the rest: ours is open 10 − 5 = 5, extend 5.
  it('affine: HEAGAWGHEE vs PAWHEAE, EMBOSS open 10 / extend 5, scores 1 as HEAGAWGHEE / ---PAWHEAE (scikit-bio)', () => {
    const r = needlemanWunsch('HEAGAWGHEE', 'PAWHEAE', { scoring: BLOSUM50_AEGHPW, gapOpen: 5, gapExtend: 5 });
    expect(r.score).toBe(1);
    expect([r.alignedA, r.alignedB]).toEqual(['HEAGAWGHEE', '---PAWHEAE']);
  });
});

describe('Smith–Waterman', () => {
  // Wikipedia, "Smith–Waterman algorithm", example: s = +3 / −3, linear gap W_k = 2k.
  it('TGTTACGG vs GGTTGACTA scores 13 as GTT-AC / GTTGAC (Wikipedia example)', () => {
    const r = smithWaterman('TGTTACGG', 'GGTTGACTA', { scoring: { match: 3, mismatch: -3 }, gapExtend: 2 });
    expect(r.score).toBe(13);
    expect([r.alignedA, r.alignedB]).toEqual(['GTT-AC', 'GTTGAC']);
    expect([r.startA, r.endA, r.startB, r.endB]).toEqual([1, 6, 1, 7]);
  });

  it('HEAGAWGHEE vs PAWHEAE with BLOSUM50, d = 8 scores 28 as AWGHE / AW-HE (Durbin Fig. 2.6)', () => {
    const r = smithWaterman('HEAGAWGHEE', 'PAWHEAE', { scoring: BLOSUM50_AEGHPW, gapExtend: 8 });
    expect([r.score, r.alignedA, r.alignedB]).toEqual([28, 'AWGHE', 'AW-HE']);
  });

  // scikit-bio test_pairwise.py, local_pairwise_align_protein (BLOSUM50; EMBOSS open o, extend e = ours o − e, e).
  it.each([
    [10, 5, 26, 'AWGHE', 'AW-HE'],
    [5, 0.5, 32, 'AWGHE-E', 'AW-HEAE'],
  ])('affine: EMBOSS open %d / extend %d scores %d as %s / %s (scikit-bio)', (o, e, score, A, B) => {
    const r = smithWaterman('HEAGAWGHEE', 'PAWHEAE', { scoring: BLOSUM50_AEGHPW, gapOpen: o - e, gapExtend: e });
    expect([r.score, r.alignedA, r.alignedB]).toEqual([score, A, B]);
  });

  it('the local H matrix is never negative and the path ends on a 0 cell', () => {
    const r = smithWaterman('MEEPQSDPSV', 'MEEPQSDLSV', { scoring: BLOSUM62, gapOpen: 11, gapExtend: 1 });
    expect(Math.min(...r.H)).toBe(0);
    expect(r.H[r.path[0] * r.cols + r.path[1]]).toBe(0);
    expect(r.score).toBe(scoreColumns(r.alignedA, r.alignedB, { mode: 'local', scoring: BLOSUM62, gapOpen: 11, gapExtend: 1 }));
  });
});

describe('pairwiseAlign against exhaustive enumeration', () => {
  const rand = randomSeeded(5);
  const seq = (alphabet: string, len: number) => Array.from({ length: len }, () => alphabet[randInt(rand, 0, alphabet.length - 1)]).join('');
  const CASES: [string, AlignOptions, string][] = [];
  for (const mode of ['global', 'local'] as const) {
    CASES.push([`${mode}, DNA, linear`, { mode, scoring: { match: 2, mismatch: -1 }, gapExtend: 1.5 }, 'ACGT']);
    CASES.push([`${mode}, DNA, affine`, { mode, scoring: { match: 2, mismatch: -1 }, gapOpen: 2, gapExtend: 0.5 }, 'ACGT']);
    CASES.push([`${mode}, BLOSUM62, affine (BLAST 11/1)`, { mode, scoring: BLOSUM62, gapOpen: 11, gapExtend: 1 }, 'AWGHEPCK']);
    CASES.push([`${mode}, BLOSUM62, cheap affine`, { mode, scoring: BLOSUM62, gapOpen: 1, gapExtend: 1 }, 'AWGHEPCK']);
  }
  it.each(CASES)('%s: the DP score is the best of all alignments, and its own alignment scores that much', (_, opts, alphabet) => {
    expect(CASES.length).toBe(8);
    for (let t = 0; t < 6; t++) {
      const [a, b] = [seq(alphabet, randInt(rand, 1, 5)), seq(alphabet, randInt(rand, 1, 4))];
      const r = pairwiseAlign(a, b, opts);
      expect(r.score).toBe(opts.mode === 'global' ? bruteForceGlobal(a, b, opts) : bruteForceLocal(a, b, opts));
      expect(scoreColumns(r.alignedA, r.alignedB, opts)).toBe(r.score);
      expect(r.alignedA.replaceAll('-', '')).toBe(a.slice(r.startA, r.endA));
      expect(r.alignedB.replaceAll('-', '')).toBe(b.slice(r.startB, r.endB));
    }
  });
});

describe('BLOSUM62', () => {
  const s = (x: string, y: string) => BLOSUM62.scores[BLOSUM62.alphabet.indexOf(x) * 24 + BLOSUM62.alphabet.indexOf(y)];
  it('is symmetric, 24×24, with scores from −4 to 11', () => {
    expect(BLOSUM62.scores.length).toBe(24 * 24);
    for (const x of BLOSUM62.alphabet) for (const y of BLOSUM62.alphabet) expect(s(x, y)).toBe(s(y, x));
    expect([Math.min(...BLOSUM62.scores), Math.max(...BLOSUM62.scores)]).toEqual([-4, 11]);
  });
  it('its diagonal and sample pairs match the NCBI C toolkit table (sm_blosum62.c)', () => {
    // sm_blosum62.c, s_Blosum62PSM, read independently of the text file the kernel copies.
    const diagonal = { A: 4, R: 5, N: 6, D: 6, C: 9, Q: 5, E: 5, G: 6, H: 8, I: 4, L: 4, K: 5, M: 5, F: 6, P: 7, S: 4, T: 5, W: 11, Y: 7, V: 4 };
    for (const [x, v] of Object.entries(diagonal)) expect(s(x, x)).toBe(v);
    expect([s('W', 'Y'), s('F', 'Y'), s('I', 'V'), s('C', 'E'), s('K', 'R'), s('D', 'E'), s('W', 'N')]).toEqual([2, 3, 3, -4, 2, 2, -4]);
  });
  it('maps letters outside the alphabet to X and accepts lower case', () => {
    const r = needlemanWunsch('aw', 'AJ', { scoring: BLOSUM62, gapExtend: 4 });
    expect(r.score).toBe(4 + s('W', 'X'));
  });
});
