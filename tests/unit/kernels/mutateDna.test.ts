import { describe, expect, it } from 'vitest';
import { mutateDna } from '../../../src/kernels/mutateDna';
import { randomDna } from '../../../src/kernels/randomDna';
import { jaccard, kmerSet } from '../../../src/kernels/kmers';
import { randomSeeded } from '../../../src/kernels/random';

describe('mutateDna', () => {
  it('rate 0 returns the sequence and rate 1 changes every base to a different one', () => {
    const s = randomDna(300, randomSeeded(1));
    expect(mutateDna(s, 0, randomSeeded(2))).toBe(s);
    const all = mutateDna(s, 1, randomSeeded(2));
    for (let i = 0; i < s.length; i++) expect(all[i]).not.toBe(s[i]);
  });

  it('symbols outside ACGT are kept: N stays N at rate 1', () => expect(mutateDna('NNAN', 1, randomSeeded(9))[0]).toBe('N'));

  it('changes a fraction `rate` of the bases, each of the three other bases equally often', () => {
    const n = 30000;
    const rate = 0.1;
    const s = randomDna(n, randomSeeded(7));
    const t = mutateDna(s, rate, randomSeeded(8));
    let changed = 0;
    const shift = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      if (s[i] === t[i]) continue;
      changed++;
      shift[('ACGT'.indexOf(t[i]) - 'ACGT'.indexOf(s[i]) + 4) % 4]++;
    }
    // Binomial(30,000, 0.1): sd ≈ 52; 4 sd bounds a false alarm below 1e-4.
    expect(Math.abs(changed - n * rate)).toBeLessThan(4 * Math.sqrt(n * rate * (1 - rate)));
    expect(shift[0]).toBe(0);
    // Each alternative ~ Binomial(changed, 1/3): sd ≈ 24 at 3,000 changes.
    for (const c of shift.slice(1)) expect(Math.abs(c - changed / 3)).toBeLessThan(4 * Math.sqrt((changed * 2) / 9));
  });

  it('the k-mer Jaccard index follows the Mash model q/(2 − q) with q = (1 − rate)^k', () => {
    // Ondov et al. 2016: a k-mer survives with probability q = (1 − r)^k, so |A ∩ B| ≈ qN and
    // |A ∪ B| ≈ (2 − q)N. Chance k-mer matches in 100 kb at k = 16 are ~100,000²/4^16 ≈ 2: negligible.
    const k = 16;
    const s = randomDna(100000, randomSeeded(21));
    for (const rate of [0.01, 0.05, 0.1]) {
      const q = (1 - rate) ** k;
      const j = jaccard(kmerSet(s, k), kmerSet(mutateDna(s, rate, randomSeeded(22)), k));
      // One substitution kills up to k neighbouring k-mers, so the spread is wider than binomial:
      // over 30 seeds at 20 kb the relative sd was 1.9%, 3.3% and 4.9% at these rates, so about
      // 2.2% at worst for 100 kb (sd ∝ 1/√N); 7% is over 3 sd.
      expect(Math.abs(j - q / (2 - q)) / (q / (2 - q)), `rate ${rate}`).toBeLessThan(0.07);
    }
  });
});
