import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { MAX_LENGTH, PRESETS } from './sequences';

const MAX_CELLS = (MAX_LENGTH + 1) ** 2;

export const alignmentParams = defineParams({
  pair: {
    type: 'enum',
    default: 'notebook',
    options: {
      notebook: 'GCAT / GAT (worked table)',
      local: 'TACGA / ACGT (local example)',
      durbin: 'HEAGAWGHEE / PAWHEAE (protein)',
      globin: 'α / β globin, 40 residues',
      custom: 'your own (type below)',
    },
    label: 'Sequences',
  },
  scoring: { type: 'enum', default: 'match', options: { match: 'match / mismatch (DNA)', blosum62: 'BLOSUM62 (protein)' }, label: 'Scores' },
  match: { type: 'int', default: 1, min: 1, max: 5, label: 'Match score' },
  mismatch: { type: 'int', default: -1, min: -5, max: 0, label: 'Mismatch score' },
  mode: { type: 'enum', default: 'global', options: { global: 'global (Needleman–Wunsch)', local: 'local (Smith–Waterman)' }, label: 'Alignment' },
  gaps: { type: 'enum', default: 'linear', options: { linear: 'linear: L·e', affine: 'affine (Gotoh): o + L·e' }, label: 'Gaps' },
  open: { type: 'number', default: 11, min: 0, max: 20, step: 0.5, label: 'Gap open o' },
  extend: { type: 'number', default: 2, min: 0.5, max: 10, step: 0.5, label: 'Gap extend e (per position)' },
  layer: { type: 'enum', default: 'H', options: { H: 'H (best)', X: 'X (gap in b, ↓)', Y: 'Y (gap in a, →)' }, label: 'Matrix shown' },
  filled: { type: 'int', default: -1, min: -1, max: MAX_LENGTH * MAX_LENGTH, label: 'Cells filled (−1: all)' },
  cell: { type: 'int', default: -1, min: -1, max: MAX_CELLS - 1, label: 'Selected cell (−1: none)' },
});

export const alignmentMeta: DemoMeta<typeof alignmentParams> = {
  id: 'alignment',
  title: 'Pairwise alignment: the DP matrix, cell by cell',
  claim:
    'Every cell of the alignment matrix is the best of three moves (diagonal, down, right), each one number away from a cell already filled; the traceback reads the optimal alignment back from those choices.',
  questions: ['bioinformatics/algorithms-tools'],
  params: alignmentParams,
  // A preset's lengths are known here; a custom pair exists only in the page, which clamps to it.
  limits: (v) => {
    if (v.pair === 'custom') return {};
    const [m, n] = [PRESETS[v.pair].a.length, PRESETS[v.pair].b.length];
    return {
      filled: { max: m * n, why: `a ${m}×${n} pair has ${m * n} cells to fill` },
      cell: { max: (m + 1) * (n + 1) - 1, why: `its table has ${(m + 1) * (n + 1)} cells, numbered from 0` },
    };
  },
  steps: () => [
    {
      say: 'GCAT (rows) against GAT (columns): +1 a match, −1 a mismatch, 2 per gap position; global alignment. Nothing filled yet, only the borders −2i and −2j.',
      patch: { pair: 'notebook', scoring: 'match', match: 1, mismatch: -1, mode: 'global', gaps: 'linear', extend: 2, layer: 'H', filled: 0, cell: -1 },
    },
    { say: 'Row G: each cell takes the best of diagonal + s, up − 2 and left − 2.', patch: { filled: 3 } },
    {
      say: 'Cell (C, A): max{F(G,G) + s(C,A), F(G,A) − 2, F(C,G) − 2} = max{1 − 1, −1 − 2, −1 − 2} = 0, the notebook’s worked cell.',
      patch: { filled: 5, cell: 10 },
    },
    { say: 'All twelve cells, and the traceback from the corner: G C A T over G - A T, score 1.', patch: { filled: -1, cell: -1 } },
    {
      say: 'Smith–Waterman on TACGA and ACGT: a 0 in every max lets the alignment start anywhere; it ends at the best cell, ACG/ACG with score 3.',
      patch: { pair: 'local', mode: 'local' },
    },
    {
      say: 'α and β globin (residues 1–40) with BLOSUM62 and BLAST’s affine gap costs, open 11 and extend 1.',
      patch: { pair: 'globin', scoring: 'blosum62', mode: 'global', gaps: 'affine', open: 11, extend: 1 },
    },
    {
      say: 'Linear gaps at 1 per position: with no opening cost the alignment opens two more gaps (five instead of three) and the score rises from 62 to 96.',
      patch: { gaps: 'linear' },
    },
  ],
};
