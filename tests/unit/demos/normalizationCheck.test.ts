import { describe, expect, it } from 'vitest';
import { checkNormsAgainstTfjs } from '../../../src/demos/normalization/checkTfjs';
import { gridActivations, sharedStats, sharesStats, type NormKind } from '../../../src/demos/normalization/normGroups';
import { trainVsEval } from '../../../src/demos/normalization/trainVsEval';

describe('the normalization demo', () => {
  const kinds: [NormKind, number][] = [
    ['batch', 2],
    ['layer', 2],
    ['instance', 2],
    ['group', 1],
    ['group', 2],
    ['group', 3],
  ];

  it('has cases', () => expect(kinds.length).toBeGreaterThan(0));

  for (const [kind, groups] of kinds) {
    it(`its in-page check finds ${kind} norm (G = ${groups}) and eval-mode batch norm within 1e-5 of tfjs tf.moments/tf.batchNorm`, async () => {
      const run = trainVsEval({ steps: 12, batch: 5, momentum: 0.1, seed: 3 });
      const r = await checkNormsAgainstTfjs(gridActivations([4, 6, 3, 3], 2), kind, groups, run.x, run.state);
      // Outputs are O(1) (normalised); tfjs's float32 moments agree with our float64 ones to a few ulps.
      expect(r.maxAbsDiff).toBeLessThan(1e-5);
    });
  }

  it('batch norm shares a channel across samples, layer norm a sample across channels, group norm G = 2 three channels (hand cases)', () => {
    expect(sharesStats('batch', 2, 6, [0, 1], [3, 1])).toBe(true);
    expect(sharesStats('batch', 2, 6, [0, 1], [0, 2])).toBe(false);
    expect(sharesStats('layer', 2, 6, [0, 1], [0, 5])).toBe(true);
    expect(sharesStats('layer', 2, 6, [0, 1], [1, 1])).toBe(false);
    expect(sharesStats('instance', 2, 6, [2, 4], [2, 4])).toBe(true);
    expect(sharesStats('instance', 2, 6, [2, 4], [2, 5])).toBe(false);
    expect(sharesStats('group', 2, 6, [1, 2], [1, 0])).toBe(true);
    expect(sharesStats('group', 2, 6, [1, 2], [1, 3])).toBe(false);
  });

  it('the statistics shown for a plane are over 4 · 9 values for batch norm and 6 · 9 for layer norm', () => {
    const x = gridActivations([4, 6, 3, 3], 1);
    expect(sharedStats(x, 'batch', 2, [0, 0]).count).toBe(36);
    expect(sharedStats(x, 'layer', 2, [0, 0]).count).toBe(54);
  });

  it('train and eval mode disagree after 10 batches and nearly agree after 100 with 64-sample batches', () => {
    const early = trainVsEval({ steps: 10, batch: 16, momentum: 0.1, seed: 1 });
    const late = trainVsEval({ steps: 100, batch: 64, momentum: 0.1, seed: 1 });
    expect(early.gap).toBeGreaterThan(0.5); // running mean ≈ 0.65·3: every output shifted by ≈ 1/2
    expect(late.gap).toBeLessThan(0.15);
  });
});
