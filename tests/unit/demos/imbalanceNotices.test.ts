import { describe, expect, it } from 'vitest';
import { imbalanceNotices } from '../../../src/demos/imbalance/notices';
import { balancedWeights } from '../../../src/models/imbalance/compareMethods';

describe('imbalance notices and class weights', () => {
  it('the default mix 100 : 10 : 1 with γ = 2 needs no notice', () => {
    expect(imbalanceNotices([100, 10, 1], 2)).toEqual({ blocking: null, notes: [] });
  });

  it('an empty class is named and explained, and training still runs', () => {
    const r = imbalanceNotices([100, 10, 0], 2);
    expect(r.blocking).toBeNull();
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/^No triangles \(ratio 0\)/);
  });

  it('one class or none left blocks training with a message', () => {
    expect(imbalanceNotices([0, 10, 0], 2).blocking).toMatch(/Only one class/);
    expect(imbalanceNotices([0, 0, 0], 2).blocking).toMatch(/Every class has ratio 0/);
  });

  it('γ = 0 and γ past 5 are explained; γ = 10 keeps (0.1)^10 = 1e-10 of an easy example’s loss', () => {
    expect(imbalanceNotices([100, 10, 1], 0).notes[0]).toMatch(/plain cross-entropy/);
    expect(imbalanceNotices([100, 10, 1], 10).notes[0]).toMatch(/γ = 10 is past 5.*1e-10/);
    expect(imbalanceNotices([100, 10, 1], 5).notes).toEqual([]);
  });

  it('balanced weights are sklearn’s n / (K·n_c): 666 / (3·600), 666 / (3·60), 666 / (3·6); an empty class gets 0', () => {
    expect(balancedWeights([600, 60, 6])).toEqual([666 / 1800, 666 / 180, 666 / 18]);
    expect(balancedWeights([600, 60, 0])).toEqual([660 / 1200, 660 / 120, 0]);
  });
});
