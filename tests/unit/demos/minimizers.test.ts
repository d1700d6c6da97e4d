import { describe, expect, it } from 'vitest';
import { minimizers } from '../../../src/kernels/minimizers';
import { randomDna } from '../../../src/kernels/randomDna';
import { randomSeeded } from '../../../src/kernels/random';
import { cleanGenome, FLANK, genomePair } from '../../../src/demos/minimizers/genomes';
import { guarantee, windowPick } from '../../../src/demos/minimizers/windows';
import { minHashExperiment } from '../../../src/demos/minimizers/minhash';
import { nonEmpty } from '../../nonEmpty';

const RANDOM = { canonical: true, order: 'random', seed: 42 } as const;
const genome = (seed: number, n = 120) => randomDna(n, randomSeeded(seed));

describe('the genome pair', () => {
  it('b is FLANK random bases, a’s middle L bases, FLANK more', () => {
    const a = genome(1);
    const p = genomePair(a, 12, 1);
    expect(p.b).toHaveLength(2 * FLANK + 12);
    expect(p.atA).toBe(54); // ⌊(120 − 12)/2⌋
    expect(p.b.slice(p.atB, p.atB + 12)).toBe(a.slice(54, 66));
  });

  it('typed genomes are upper-cased, other symbols become N, and long ones are cut with a note', () => {
    expect(cleanGenome('ac gt\nxx').seq).toBe('ACGTNN');
    expect(cleanGenome('ac gt\nxx').notes[0]).toMatch(/2 symbols outside ACGT became N/);
    expect(cleanGenome('A'.repeat(450)).seq).toHaveLength(400);
  });
});

describe('the minimizer guarantee (Roberts et al. 2004; REFERENCE.md §17)', () => {
  const settings = nonEmpty([
    { w: 6, k: 5 },
    { w: 10, k: 15 },
    { w: 3, k: 8 },
  ]);

  it('a shared piece of w + k − 1 bases always gives a shared minimizer at the same offset, for 60 genomes per (w, k)', () => {
    for (const { w, k } of settings) {
      for (let seed = 0; seed < 60; seed++) {
        const g = guarantee(genomePair(genome(seed, 150), w + k - 1, seed), w, k, RANDOM);
        expect(g.windowFits).toBe(true);
        expect(g.common.length, `w ${w} k ${k} seed ${seed}`).toBeGreaterThan(0);
        expect(g.firstA!.pick - g.firstA!.start).toBe(g.firstB!.pick - g.firstB!.start);
      }
    }
  });

  it('one base shorter, the guarantee is gone: some genomes share no minimizer on the piece', () => {
    // Not a theorem but the tightness of the bound: with no whole window inside, a shared minimizer
    // needs luck, and over 60 random genomes luck runs out at least once.
    const misses = Array.from({ length: 60 }, (_, seed) => guarantee(genomePair(genome(seed, 150), 9, seed), 6, 5, RANDOM).common.length).filter(
      (c) => c === 0,
    );
    expect(misses.length).toBeGreaterThan(0);
  });

  it('the window picks the page explains are exactly the kernel’s minimizers', () => {
    const a = genome(5, 200);
    const [w, k] = [7, 4];
    const kept = new Set(minimizers(a, w, k, RANDOM).map((m) => m.position));
    const picks = new Set(Array.from({ length: a.length - k - w + 2 }, (_, q) => windowPick(a, q, w, k, RANDOM).pick));
    expect([...picks].sort((x, y) => x - y)).toEqual([...kept].sort((x, y) => x - y));
  });
});

describe('the MinHash experiment', () => {
  const r = minHashExperiment({ length: 8000, mutation: 0.05, k: 21, maxSize: 1000, seed: 3 });
  const last = r.sizes.length - 1;

  it('the mean estimate of ten 1,000-hash sketches lies within 3 standard errors of the exact Jaccard', () => {
    // Each seed's error is ~√(j(1−j)/s) (Ondov et al. 2016); the mean of ten has a tenth of the variance.
    expect(Math.abs(r.mean[last] - r.exact)).toBeLessThan((3 * r.theory[last]) / Math.sqrt(10));
  });

  it('the spread over hash seeds follows √(j(1−j)/s) within a factor of 2 at every size from 100 up', () => {
    // With ten seeds the sample sd itself scatters by about ±25%; a factor of 2 either way is
    // outside that, and a spread that did not shrink with s would fail by 3× at s = 1000.
    r.sizes.forEach((s, i) => {
      if (s < 100) return;
      expect(r.sd[i] / r.theory[i], `s = ${s}`).toBeGreaterThan(0.5);
      expect(r.sd[i] / r.theory[i], `s = ${s}`).toBeLessThan(2);
    });
  });

  it('the Mash distance of the exact Jaccard recovers the substitution rate 0.05 within 0.005', () => {
    // D = −(1/k)·ln(2j/(1+j)) estimates the per-base rate under the Poisson model; at 5% the model's
    // own bias (back-substitutions, Poisson vs binomial) is a few per mille.
    expect(Math.abs(r.mashExact - 0.05)).toBeLessThan(0.005);
  });
});
