import { FROM_DIAGONAL, FROM_X, FROM_Y, X_EXTENDS, Y_EXTENDS, alignmentTraceback } from './alignmentTraceback';

export { FROM_DIAGONAL, FROM_X, FROM_Y, X_EXTENDS, Y_EXTENDS };

/** Scores of aligning symbol pairs: scores[r·n + c] for alphabet[r] against alphabet[c]. */
export interface SubstitutionMatrix {
  alphabet: string;
  scores: Float64Array; // [n, n], row-major
  unknown?: string; // symbol that letters outside the alphabet map to (BLOSUM62: 'X'); without it they throw
}

export interface AlignOptions {
  mode: 'global' | 'local'; // Needleman–Wunsch or Smith–Waterman
  scoring: SubstitutionMatrix | { match: number; mismatch: number };
  /** Penalties, as positive numbers: a gap of length L costs gapOpen + L·gapExtend (BLAST's convention; gapOpen 0 is a linear gap). */
  gapOpen?: number;
  gapExtend: number;
}

/** The DP of one alignment: every matrix is [(m+1), (n+1)] row-major, rows along a, columns along b. */
export interface Alignment {
  score: number;
  alignedA: string; // with '-' for gaps
  alignedB: string;
  /** Cells (i, j) visited by the traceback, from the alignment's start to its end, as [i0, j0, i1, j1, …]. */
  path: Int32Array;
  startA: number; // a[startA, endA) is aligned (the whole of a in global mode)
  endA: number;
  startB: number;
  endB: number;
  rows: number; // m + 1
  cols: number; // n + 1
  H: Float64Array; // best score of a[0..i) against b[0..j) ending at cell (i, j) (≥ 0 in local mode)
  X: Float64Array; // best ending with a[i−1] against a gap (a vertical move); −Infinity where impossible
  Y: Float64Array; // best ending with a gap against b[j−1] (a horizontal move)
  /** Per cell: bits 0–1 where H came from (0 start/stop, 1 diagonal, 2 X, 3 Y); bit 2 X extends X; bit 3 Y extends Y. */
  trace: Uint8Array;
}

/**
 * Pairwise alignment by dynamic programming with affine gaps in Gotoh's three matrices
 * (Gotoh 1982; the recurrences of Durbin et al., Biological Sequence Analysis §2.4), O(mn) time:
 *   X(i,j) = max(H(i−1,j) − o − e, X(i−1,j) − e),  Y(i,j) = max(H(i,j−1) − o − e, Y(i,j−1) − e)
 *   H(i,j) = max(H(i−1,j−1) + s(a_i, b_j), X(i,j), Y(i,j) [, 0 in local mode]).
 * Global mode is Needleman–Wunsch (H(i,0) = −o − i·e, end gaps charged); local mode is
 * Smith–Waterman (borders 0, traceback from the highest cell, the first in row-major order, to a 0).
 * With o = 0 H is exactly the classic single-matrix recurrence. Ties: diagonal, then X (up), then
 * Y (left); a gap extends rather than reopens; in local mode a cell equal to 0 ends the alignment.
 */
export function pairwiseAlign(a: string, b: string, opts: AlignOptions): Alignment {
  const { mode, gapOpen = 0, gapExtend } = opts;
  if (gapOpen < 0 || gapExtend < 0) throw new Error('pairwiseAlign: gap penalties are positive numbers (costs)');
  const [m, n] = [a.length, b.length];
  const cols = n + 1;
  const size = (m + 1) * cols;
  const H = new Float64Array(size);
  const X = new Float64Array(size).fill(-Infinity);
  const Y = new Float64Array(size).fill(-Infinity);
  const trace = new Uint8Array(size);
  const local = mode === 'local';
  const oe = gapOpen + gapExtend;
  if (!local) {
    for (let i = 1; i <= m; i++) {
      H[i * cols] = X[i * cols] = -gapOpen - i * gapExtend;
      trace[i * cols] = FROM_X | (i > 1 ? X_EXTENDS : 0);
    }
    for (let j = 1; j <= n; j++) {
      H[j] = Y[j] = -gapOpen - j * gapExtend;
      trace[j] = FROM_Y | (j > 1 ? Y_EXTENDS : 0);
    }
  }
  const { codesA, codesB, table, width } = encode(a, b, opts.scoring);
  let best = local ? 0 : NaN;
  let bestCell = local ? 0 : size - 1;
  for (let i = 1; i <= m; i++) {
    const row = i * cols;
    const up = row - cols;
    const sRow = codesA[i - 1] * width;
    // The left and diagonal neighbours ride along in locals; only the row above is read back.
    let hLeft = H[row];
    let yLeft = Y[row];
    let hDiag = H[up];
    for (let j = 1; j <= n; j++) {
      const hUp = H[up + j];
      const xOpen = hUp - oe;
      const xExt = X[up + j] - gapExtend;
      const xExtends = xExt >= xOpen;
      const x = xExtends ? xExt : xOpen;
      const yOpen = hLeft - oe;
      const yExt = yLeft - gapExtend;
      const yExtends = yExt >= yOpen;
      const y = yExtends ? yExt : yOpen;
      let h = hDiag + table[sRow + codesB[j - 1]];
      let from = FROM_DIAGONAL;
      if (x > h) {
        h = x;
        from = FROM_X;
      }
      if (y > h) {
        h = y;
        from = FROM_Y;
      }
      if (local && h <= 0) {
        h = 0;
        from = 0;
      }
      const c = row + j;
      X[c] = x;
      Y[c] = y;
      H[c] = h;
      trace[c] = from | (xExtends ? X_EXTENDS : 0) | (yExtends ? Y_EXTENDS : 0);
      if (local && h > best) {
        best = h;
        bestCell = c;
      }
      hDiag = hUp;
      hLeft = h;
      yLeft = y;
    }
  }
  const endA = Math.floor(bestCell / cols);
  const endB = bestCell % cols;
  const t = alignmentTraceback(a, b, trace, cols, endA, endB);
  return { score: H[bestCell], ...t, endA, endB, rows: m + 1, cols, H, X, Y, trace };
}

/** Global alignment (Needleman & Wunsch 1970), linear or affine gaps. */
export function needlemanWunsch(a: string, b: string, opts: Omit<AlignOptions, 'mode'>): Alignment {
  return pairwiseAlign(a, b, { ...opts, mode: 'global' });
}

/** Local alignment (Smith & Waterman 1981), linear or affine gaps. */
export function smithWaterman(a: string, b: string, opts: Omit<AlignOptions, 'mode'>): Alignment {
  return pairwiseAlign(a, b, { ...opts, mode: 'local' });
}

/** Sequences as row/column indices of one score table, so the inner loop is two array reads. */
function encode(a: string, b: string, scoring: AlignOptions['scoring']) {
  if ('alphabet' in scoring) {
    const { alphabet, scores, unknown } = scoring;
    const index = (ch: string) => {
      const k = alphabet.indexOf(ch.toUpperCase());
      if (k >= 0) return k;
      if (unknown !== undefined) return alphabet.indexOf(unknown);
      throw new Error(`pairwiseAlign: symbol '${ch}' is not in the alphabet ${alphabet}`);
    };
    return { codesA: Int32Array.from(a, index), codesB: Int32Array.from(b, index), table: scores, width: alphabet.length };
  }
  // Match/mismatch: number the distinct symbols of both sequences; the table is the identity pattern.
  const symbols = [...new Set(a + b)];
  const w = symbols.length;
  const table = new Float64Array(w * w).fill(scoring.mismatch);
  for (let k = 0; k < w; k++) table[k * w + k] = scoring.match;
  const index = (ch: string) => symbols.indexOf(ch);
  return { codesA: Int32Array.from(a, index), codesB: Int32Array.from(b, index), table, width: w };
}
