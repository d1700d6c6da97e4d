import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, race, type RaceSettings } from '../../../src/demos/optimizers/race';

const BASE: RaceSettings = {
  surface: 'ill-conditioned',
  lr: 0.05,
  steps: 40,
  momentum: 0.6,
  beta1: 0.9,
  beta2: 0.999,
  weightDecay: 0,
  normalized: false,
  seed: 1,
};

describe('optimizers race (the demo’s claims, computed)', () => {
  it('runs all six optimisers and every path starts at the same point', () => {
    const tracks = race(BASE);
    expect(tracks.map((t) => t.kind)).toEqual([...OPTIMIZERS]);
    for (const t of tracks) expect(t.points[0]).toEqual(tracks[0].points[0]);
  });

  it('normalising the features (κ = 1) makes a 25× larger rate stable: at lr 0.5 SGD converges there and diverges at κ = 25', () => {
    const sgd = (normalized: boolean) => race({ ...BASE, lr: 0.5, normalized }).find((t) => t.kind === 'sgd')!;
    expect(sgd(true).distance).toBeLessThan(1e-6);
    expect(sgd(false).divergedAt).not.toBeNull();
  });

  it('at the same small rate, normalising straightens SGD’s path: it no longer flips sign across the steep axis', () => {
    const flips = (normalized: boolean) => {
      const p = race({ ...BASE, lr: 0.07, normalized }).find((t) => t.kind === 'sgd')!.points;
      return p.slice(1).filter((q, i) => Math.sign(q[1]) !== Math.sign(p[i][1])).length;
    };
    expect(flips(false)).toBeGreaterThan(10);
    expect(flips(true)).toBe(0);
  });

  it('momentum beats plain SGD on the ill-conditioned bowl at the default settings', () => {
    const tracks = race(BASE);
    const by = (k: string) => tracks.find((t) => t.kind === k)!.final;
    expect(by('momentum')).toBeLessThan(by('sgd'));
  });

  it('SGD diverges past the stability limit lr > 2/κ = 0.08 and the race reports the step', () => {
    const sgd = race({ ...BASE, lr: 0.1, steps: 300 }).find((t) => t.kind === 'sgd')!;
    expect(sgd.divergedAt).not.toBeNull();
    expect(race({ ...BASE, lr: 0.07, steps: 300 }).find((t) => t.kind === 'sgd')!.divergedAt).toBeNull();
  });

  it('is reproducible on the noisy surface: the same seed gives the same paths, another seed others', () => {
    const a = race({ ...BASE, surface: 'noisy', seed: 3 });
    expect(race({ ...BASE, surface: 'noisy', seed: 3 })).toEqual(a);
    expect(race({ ...BASE, surface: 'noisy', seed: 4 })[0].points).not.toEqual(a[0].points);
  });
});
