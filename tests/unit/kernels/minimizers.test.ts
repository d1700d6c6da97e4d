import { describe, expect, it } from 'vitest';
import { minimizers } from '../../../src/kernels/minimizers';
import { reverseComplement } from '../../../src/kernels/kmers';
import { randInt, randomSeeded, type Random } from '../../../src/kernels/random';

const dna = (rand: Random, n: number) => Array.from({ length: n }, () => 'ACGT'[randInt(rand, 0, 3)]).join('');

/** Plants one shared substring of length L in two random sequences; says whether both pick a minimizer inside it with the same k-mer. */
function shareInPlanted(rand: Random, w: number, k: number, L: number, reverse: boolean): boolean {
  const shared = dna(rand, L);
  const [pa, pb] = [randInt(rand, 0, 200), randInt(rand, 0, 200)];
  const a = dna(rand, pa) + shared + dna(rand, 200);
  const b = dna(rand, pb) + (reverse ? reverseComplement(shared) : shared) + dna(rand, 200);
  const inside = (m: { position: number }, p: number) => m.position >= p && m.position + k <= p + L;
  const ma = minimizers(a, w, k).filter((m) => inside(m, pa));
  const hb = new Set(
    minimizers(b, w, k)
      .filter((m) => inside(m, pb))
      .map((m) => m.hash),
  );
  return ma.some((m) => hb.has(m.hash));
}

describe('minimizers', () => {
  it('CATGAC with w = 3, k = 2, lexicographic order keeps AT at 1 and AC at 4 (by hand)', () => {
    // 2-mers CA AT TG GA AC; windows [CA AT TG] → AT, [AT TG GA] → AT, [TG GA AC] → AC.
    const m = minimizers('CATGAC', 3, 2, { order: 'lexicographic', canonical: false });
    expect(m.map((x) => [x.position, x.kmer])).toEqual([
      [1, 'AT'],
      [4, 'AC'],
    ]);
  });

  it('ties go to the leftmost k-mer: AAAAA with w = 2, k = 2 keeps 0, then 1, then 2 (windows [0,1], [1,2], [2,3])', () => {
    expect(minimizers('AAAAA', 2, 2, { order: 'lexicographic' }).map((x) => x.position)).toEqual([0, 1, 2]);
  });

  // REFERENCE.md §17 (Roberts et al. 2004): a shared substring of length w + k − 1 is a whole window in both.
  it.each([
    [10, 15],
    [5, 11],
    [1, 7],
    [20, 5],
  ])('w = %d, k = %d: every planted shared substring of length w+k−1 shares a minimizer, on either strand', (w, k) => {
    const rand = randomSeeded(100 * w + k);
    for (let t = 0; t < 100; t++) {
      expect(shareInPlanted(rand, w, k, w + k - 1, false)).toBe(true);
      expect(shareInPlanted(rand, w, k, w + k - 1, true)).toBe(true);
    }
  });

  it('one base shorter than w+k−1 the guarantee fails for some substrings (so the test above can fail)', () => {
    const rand = randomSeeded(9);
    let misses = 0;
    for (let t = 0; t < 200; t++) if (!shareInPlanted(rand, 10, 15, 23, false)) misses++;
    expect(misses).toBeGreaterThan(0);
  });

  it('random order keeps about 2/(w+1) of the k-mers (Roberts et al. 2004)', () => {
    // 200,000 random bases, w = 10: expected density 0.1818. Consecutive windows are dependent,
    // but over ~36,000 minimizers the count's relative sd is below 1%; 0.01 absolute is ~5%.
    const s = dna(randomSeeded(4), 200_000);
    const density = minimizers(s, 10, 15).length / (s.length - 15 + 1);
    expect(Math.abs(density - 2 / 11)).toBeLessThan(0.01);
  });
});
