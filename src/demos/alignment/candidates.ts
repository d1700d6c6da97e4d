import { FROM_DIAGONAL, FROM_X, FROM_Y, type Alignment } from '../../kernels/pairwiseAlign';
import { substitution, type Scoring } from './scoring';

export interface Gaps {
  open: number; // o, charged once per gap (0 for linear gaps)
  extend: number; // e, per gap position
}

/** The moves competing for one cell, with the numbers that go into each (what the hover panel fills in). */
export interface CellMoves {
  i: number;
  j: number;
  border: boolean; // row 0 or column 0: set by the initialisation, not by a max
  diagonal: { from: number; s: number; value: number } | null; // H(i−1, j−1) + s(a_i, b_j)
  down: { open: number; extend: number; value: number } | null; // X(i, j): open from H(i−1, j) or extend X(i−1, j)
  right: { open: number; extend: number; value: number } | null; // Y(i, j)
  zero: boolean; // local mode offers 0
  value: number; // H(i, j)
  winner: 'diagonal' | 'down' | 'right' | 'zero' | 'border';
}

/** The three (or, in local mode, four) candidates of cell (i, j), read from the DP the kernel filled. */
export function cellMoves(al: Alignment, a: string, b: string, i: number, j: number, scoring: Scoring, gaps: Gaps, local: boolean): CellMoves {
  const c = al.cols;
  const at = (r: number, k: number) => r * c + k;
  const value = al.H[at(i, j)];
  const base = { i, j, value, zero: local };
  if (i === 0 || j === 0) return { ...base, border: true, diagonal: null, down: null, right: null, winner: 'border' };
  const oe = gaps.open + gaps.extend;
  const s = substitution(scoring, a[i - 1], b[j - 1]);
  const diagonal = { from: al.H[at(i - 1, j - 1)], s, value: al.H[at(i - 1, j - 1)] + s };
  const down = { open: al.H[at(i - 1, j)] - oe, extend: al.X[at(i - 1, j)] - gaps.extend, value: al.X[at(i, j)] };
  const right = { open: al.H[at(i, j - 1)] - oe, extend: al.Y[at(i, j - 1)] - gaps.extend, value: al.Y[at(i, j)] };
  const from = al.trace[at(i, j)] & 3;
  const winner = from === FROM_DIAGONAL ? 'diagonal' : from === FROM_X ? 'down' : from === FROM_Y ? 'right' : 'zero';
  return { ...base, border: false, diagonal, down, right, winner };
}

export interface Rescore {
  columns: number;
  matches: number;
  gapRuns: number;
  gapPositions: number;
  substitutions: number; // sum of s over aligned pairs
  total: number; // substitutions − Σ (o + L·e) over gap runs
}

/**
 * Scores the printed alignment column by column, independently of the DP: each aligned pair adds
 * s(x, y), each run of L gap columns in one sequence costs o + L·e. It must equal the DP's score.
 */
export function rescore(alignedA: string, alignedB: string, scoring: Scoring, gaps: Gaps): Rescore {
  let [matches, gapRuns, gapPositions, substitutions] = [0, 0, 0, 0];
  let run: 'a' | 'b' | null = null;
  for (let k = 0; k < alignedA.length; k++) {
    const [x, y] = [alignedA[k], alignedB[k]];
    const gapIn = x === '-' ? 'a' : y === '-' ? 'b' : null;
    if (gapIn) {
      if (gapIn !== run) gapRuns++;
      gapPositions++;
    } else {
      substitutions += substitution(scoring, x, y);
      if (x.toUpperCase() === y.toUpperCase()) matches++;
    }
    run = gapIn;
  }
  return { columns: alignedA.length, matches, gapRuns, gapPositions, substitutions, total: substitutions - gapRuns * gaps.open - gapPositions * gaps.extend };
}
