import { describe, expect, it } from 'vitest';
import { compareSketches, minHashSketch } from '../../../src/kernels/minHashSketch';
import { mashDistance } from '../../../src/kernels/mashDistance';
import { jaccard, kmerSet } from '../../../src/kernels/kmers';
import { murmur3 } from '../../../src/kernels/murmur3';
import { randInt, randomSeeded, type Random } from '../../../src/kernels/random';

const dna = (rand: Random, n: number) => Array.from({ length: n }, () => 'ACGT'[randInt(rand, 0, 3)]).join('');
/** Substitutes each base with probability p by one of the three others. */
const mutate = (rand: Random, s: string, p: number) => Array.from(s, (c) => (rand() < p ? 'ACGT'.replace(c, '')[randInt(rand, 0, 2)] : c)).join('');

describe('mashDistance', () => {
  // Ondov et al. 2016, eq. 4, evaluated by hand: j = 1/3 gives 2j/(1+j) = 1/2, so D = ln 2 / k.
  it('is ln(2)/21 for j = 1/3 and k = 21', () => expect(mashDistance(1 / 3, 21)).toBeCloseTo(Math.LN2 / 21, 15));
  it('is 0 for identical sets, 1 for disjoint ones, and capped at 1', () => {
    expect(mashDistance(1, 21)).toBe(0);
    expect(mashDistance(0, 21)).toBe(1);
    expect(mashDistance(1e-30, 21)).toBe(1);
  });
});

describe('minHashSketch and compareSketches', () => {
  it('the sketch is the s smallest distinct MurmurHash3 values of the canonical k-mers', () => {
    const s = dna(randomSeeded(1), 3000);
    const want = [...kmerSet(s, 21)]
      .map((km) => murmur3(km, 42))
      .sort((x, y) => x - y)
      .slice(0, 100);
    expect(Array.from(minHashSketch(s, 21, 100))).toEqual(want);
  });

  it('Mash merge by hand: [1,3,5,7] and [1,2,5,8] with s = 4 share 2 of the union bottom-4 {1,2,3,5}', () => {
    expect(compareSketches(Uint32Array.of(1, 3, 5, 7), Uint32Array.of(1, 2, 5, 8), 4)).toEqual({ common: 2, denom: 4, jaccard: 0.5 });
  });

  it('short sketches complete the union from the longer one (Mash): [1] vs [1,2,3] with s = 10 is 1/3', () => {
    expect(compareSketches(Uint32Array.of(1), Uint32Array.of(1, 2, 3), 10).jaccard).toBeCloseTo(1 / 3, 15);
  });

  it('the sketch estimate is within 3 standard errors √(j(1−j)/s) of the exact k-mer Jaccard', () => {
    const rand = randomSeeded(2);
    const a = dna(rand, 20_000);
    for (const p of [0.002, 0.01, 0.03]) {
      const b = mutate(rand, a, p);
      const exact = jaccard(kmerSet(a, 21), kmerSet(b, 21));
      const est = compareSketches(minHashSketch(a), minHashSketch(b)).jaccard;
      expect(Math.abs(est - exact)).toBeLessThan(3 * Math.sqrt((exact * (1 - exact)) / 1000));
    }
  });

  it('the Mash distance of a 1%-mutated copy estimates the mutation rate 0.01 (Ondov et al. 2016)', () => {
    // 50,000 bases, p = 0.01, k = 21: j ≈ 0.68; the sketch's sd of j (~0.015) moves D by ~6e-4, and
    // D's model bias (−ln(1−p) vs p, back-mutations) is ~1e-4; 0.002 covers 3 sd.
    const rand = randomSeeded(3);
    const a = dna(rand, 50_000);
    const b = mutate(rand, a, 0.01);
    const d = mashDistance(compareSketches(minHashSketch(a), minHashSketch(b)).jaccard, 21);
    expect(Math.abs(d - 0.01)).toBeLessThan(0.002);
  });
});
