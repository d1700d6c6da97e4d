import { describe, expect, it } from 'vitest';
import { classAverages } from '../../../src/kernels/classAverages';
import { shift2d } from '../../../src/kernels/crossCorrelation';
import { pearson } from '../../../src/kernels/pearson';
import { normal, randInt, randomSeeded } from '../../../src/kernels/random';

const S = 32;
/** Three centred shapes, value 1 inside: a disc, a ring and two blobs (best mutual correlations 0.2–0.4). */
const TEMPLATES: Float64Array[] = [
  (x: number, y: number) => Math.hypot(x, y) < 6,
  (x: number, y: number) => Math.hypot(x, y) > 7 && Math.hypot(x, y) < 10,
  (x: number, y: number) => Math.hypot(x - 6, y) < 4 || Math.hypot(x + 6, y) < 4,
].map((inside) => Float64Array.from({ length: S * S }, (_, p) => (inside((p % S) - S / 2, Math.floor(p / S) - S / 2) ? 1 : 0)));
const SHIFTED = TEMPLATES.map((t) => Array.from({ length: S * S }, (_, q) => shift2d(t, S, S, Math.floor(q / S), q % S)));

/** The best Pearson correlation of x with template k over every circular shift, by brute force (no FFT). */
function bestCorrelation(x: ArrayLike<number>, k: number): number {
  return Math.max(...SHIFTED[k].map((t) => pearson(x, t)));
}

describe('classAverages', () => {
  it('class averages of noisy shifted copies correlate with the templates far better than single particles', () => {
    const rand = randomSeeded(7);
    // 40 copies per template, shifted by up to ±5 px, with white noise of sd 1.2 (the templates'
    // pixel variance is 0.1–0.2, so SNR ≈ 0.1: a single particle is barely recognisable).
    const truth: number[] = [];
    const particles = TEMPLATES.flatMap((t, k) =>
      Array.from({ length: 40 }, () => {
        truth.push(k);
        return shift2d(t, S, S, randInt(rand, -5, 5), randInt(rand, -5, 5)).map((v) => v + 1.2 * normal(rand));
      }),
    );
    const { averages, assignment } = classAverages(particles, S, S, { classes: 3, iterations: 8, rand: randomSeeded(1) });
    const single = particles.filter((_, i) => i % 8 === 0).map((p, i) => bestCorrelation(p, truth[8 * i]));
    const meanSingle = single.reduce((a, v) => a + v, 0) / single.length;
    // Each average is matched to its best template; every template must be claimed exactly once.
    const match = averages.map((a) => TEMPLATES.map((_, k) => bestCorrelation(a, k)));
    const claimed = match.map((row) => row.indexOf(Math.max(...row)));
    expect(new Set(claimed).size).toBe(3);
    const meanAverage = match.reduce((a, row) => a + Math.max(...row), 0) / 3;
    // A single particle correlates ~0.25 with its template. 40 aligned copies lower the noise sd
    // √40 ≈ 6-fold, so a pure class average reaches ~0.8 (short of 1 by its residual noise).
    expect(meanSingle).toBeLessThan(0.35);
    expect(meanAverage).toBeGreaterThan(0.7);
    expect(meanAverage).toBeGreaterThan(meanSingle + 0.4);
    // Purity: the fraction of particles whose class is the one matched to their template.
    const pure = truth.filter((k, p) => claimed[assignment[p]] === k).length / truth.length;
    expect(pure).toBeGreaterThan(0.9);
  });
});
