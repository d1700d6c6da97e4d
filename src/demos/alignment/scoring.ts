import { BLOSUM62 } from '../../kernels/blosum62';

/** The substitution score the demo shows for a pair of symbols: BLOSUM62's entry, or match/mismatch. */
export type Scoring = { kind: 'blosum62' } | { kind: 'match'; match: number; mismatch: number };

export function substitution(scoring: Scoring, x: string, y: string): number {
  if (scoring.kind === 'match') return x.toUpperCase() === y.toUpperCase() ? scoring.match : scoring.mismatch;
  const { alphabet, scores } = BLOSUM62;
  const index = (c: string) => {
    const k = alphabet.indexOf(c.toUpperCase());
    return k >= 0 ? k : alphabet.indexOf('X');
  };
  return scores[index(x) * alphabet.length + index(y)];
}

/** The distinct symbols of a sequence, in the order BLOSUM62 lists them (alphabetical for DNA). */
export function symbolsOf(seq: string, scoring: Scoring): string[] {
  const set = [...new Set(seq.toUpperCase())];
  return scoring.kind === 'blosum62' ? set.sort((p, q) => BLOSUM62.alphabet.indexOf(p) - BLOSUM62.alphabet.indexOf(q)) : set.sort();
}
