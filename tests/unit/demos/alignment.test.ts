import { describe, expect, it } from 'vitest';
import { pairwiseAlign } from '../../../src/kernels/pairwiseAlign';
import { BLOSUM62 } from '../../../src/kernels/blosum62';
import { randomSeeded, randInt } from '../../../src/kernels/random';
import { cellMoves, rescore } from '../../../src/demos/alignment/candidates';
import { cleanSequence, MAX_LENGTH } from '../../../src/demos/alignment/sequences';
import { substitution, type Scoring } from '../../../src/demos/alignment/scoring';
import { nonEmpty } from '../../nonEmpty';

const DNA: Scoring = { kind: 'match', match: 1, mismatch: -1 };

describe('the cell explanation', () => {
  it('cell (C, A) of GCAT × GAT is max{1 − 1, −1 − 2, −1 − 2} = 0 by the diagonal, as the notebook works it out', () => {
    const al = pairwiseAlign('GCAT', 'GAT', { mode: 'global', scoring: { match: 1, mismatch: -1 }, gapExtend: 2 });
    const m = cellMoves(al, 'GCAT', 'GAT', 2, 2, DNA, { open: 0, extend: 2 }, false);
    expect(m.diagonal).toEqual({ from: 1, s: -1, value: 0 });
    expect(m.down?.value).toBe(-3);
    expect(m.right?.value).toBe(-3);
    expect(m.value).toBe(0);
    expect(m.winner).toBe('diagonal');
  });

  it('affine gaps: X(3, 1) of AAAA × AA (o = 3, e = 1) extends X(2, 1) = −3 to −4 rather than opening from H(2, 1) = −3 at −7', () => {
    // By hand: H(1, 1) = 1 (A/A); H(2, 1) = −3 (diagonal H(1, 0) + 1 = −4 + 1, tied with X(2, 1) = H(1, 1) − 4);
    // then X(3, 1) = max(H(2, 1) − o − e, X(2, 1) − e) = max(−7, −4).
    const al = pairwiseAlign('AAAA', 'AA', { mode: 'global', scoring: { match: 1, mismatch: -1 }, gapOpen: 3, gapExtend: 1 });
    expect(cellMoves(al, 'AAAA', 'AA', 3, 1, DNA, { open: 3, extend: 1 }, false).down).toEqual({ open: -7, extend: -4, value: -4 });
  });

  it('border cells are the initialisation: −o − i·e in global mode, and 0 in local mode', () => {
    const g = pairwiseAlign('ACG', 'AC', { mode: 'global', scoring: { match: 1, mismatch: -1 }, gapOpen: 2, gapExtend: 1 });
    expect(cellMoves(g, 'ACG', 'AC', 3, 0, DNA, { open: 2, extend: 1 }, false)).toMatchObject({ border: true, value: -5 });
    const l = pairwiseAlign('ACG', 'AC', { mode: 'local', scoring: { match: 1, mismatch: -1 }, gapExtend: 1 });
    expect(cellMoves(l, 'ACG', 'AC', 0, 2, DNA, { open: 0, extend: 1 }, true)).toMatchObject({ border: true, value: 0 });
  });
});

describe('rescoring the printed alignment', () => {
  it('G C A T over G - A T scores 1 − 2 + 1 + 1 = 1 (the notebook’s traceback)', () => {
    expect(rescore('GCAT', 'G-AT', DNA, { open: 0, extend: 2 })).toMatchObject({ total: 1, matches: 3, gapRuns: 1, gapPositions: 1 });
  });

  it('one gap of length 2 costs o + 2e once: ACGT over A--T with o = 11, e = 1 is 1 + 1 − 13 = −11', () => {
    expect(rescore('ACGT', 'A--T', DNA, { open: 11, extend: 1 }).total).toBe(-11);
  });

  it('BLOSUM62 pairs score as the matrix says: W/W 11, C/C 9, A/R −1', () => {
    const b: Scoring = { kind: 'blosum62' };
    expect([substitution(b, 'W', 'W'), substitution(b, 'c', 'c'), substitution(b, 'A', 'R')]).toEqual([11, 9, -1]);
  });

  it('every traceback rescores to its DP score: random pairs, global and local, linear and affine, DNA and BLOSUM62', () => {
    const rand = randomSeeded(12);
    const letters = { dna: 'ACGT', protein: BLOSUM62.alphabet.slice(0, 20) };
    const cases = nonEmpty(
      Array.from({ length: 24 }, (_, c) => {
        const kind = c % 2 ? 'protein' : 'dna';
        const word = () => Array.from({ length: randInt(rand, 1, 25) }, () => letters[kind][randInt(rand, 0, letters[kind].length - 1)]).join('');
        return { a: word(), b: word(), kind, local: c % 4 >= 2, open: c % 8 >= 4 ? 5 : 0 };
      }),
    );
    for (const t of cases) {
      const scoring: Scoring = t.kind === 'protein' ? { kind: 'blosum62' } : { kind: 'match', match: 2, mismatch: -1 };
      const al = pairwiseAlign(t.a, t.b, {
        mode: t.local ? 'local' : 'global',
        scoring: t.kind === 'protein' ? BLOSUM62 : { match: 2, mismatch: -1 },
        gapOpen: t.open,
        gapExtend: 1,
      });
      // Integer scores: the recount and the DP must agree exactly.
      expect(rescore(al.alignedA, al.alignedB, scoring, { open: t.open, extend: 1 }).total, JSON.stringify(t)).toBe(al.score);
    }
  });
});

describe('cleaning typed sequences', () => {
  it('upper-cases, drops spaces and digits, and removes symbols outside the alphabet with a note', () => {
    expect(cleanSequence(' ac gt 12 x', 'dna')).toEqual({ seq: 'ACGT', notes: ['removed 1 symbol outside the DNA alphabet ACGTUN'] });
    expect(cleanSequence('hea gaw', 'protein').seq).toBe('HEAGAW');
  });

  it(`cuts at ${MAX_LENGTH} letters and says so; an empty sequence is reported`, () => {
    const long = cleanSequence('A'.repeat(MAX_LENGTH + 5), 'dna');
    expect(long.seq).toHaveLength(MAX_LENGTH);
    expect(long.notes[0]).toMatch(/cut from 45 to the first 40/);
    expect(cleanSequence('123', 'dna').notes).toEqual(['empty: type at least one letter']);
  });
});
