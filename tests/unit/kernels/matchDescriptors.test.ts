import { describe, expect, it } from 'vitest';
import { matchDescriptors } from '../../../src/kernels/matchDescriptors';

describe('matchDescriptors', () => {
  // 2-D descriptors so the distances are checkable by hand.
  const a = [0, 0, 10, 0, 5, 5];
  const b = [0.5, 0, 10, 1, 5, 4, 5, 6];

  it('matches each query to its nearest row when the nearest is clearly nearer than the second', () => {
    // a0 → b0 at 0.5 (next b2 at √41 ≈ 6.4): kept. a1 → b1 at 1 (next √41): kept.
    // a2 → b2 at 1 and b3 at 1: ratio 1 ≥ 0.75, ambiguous, dropped.
    expect(matchDescriptors(a, b, 2)).toEqual([
      { query: 0, train: 0, distance: 0.5 },
      { query: 1, train: 1, distance: 1 },
    ]);
  });

  it('keeps the ambiguous match when the ratio test is off (ratio > 1)', () => {
    expect(matchDescriptors(a, b, 2, { ratio: 1.01 }).map((m) => [m.query, m.train])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('with crossCheck drops a match that is not mutual', () => {
    // a = [0, 0], [1.05, 0]; b = [1, 0], [3, 0]. Both a rows are nearest to b0, but b0's nearest
    // back is a1 (0.05 away), so a0 → b0 is not mutual and only a1 → b0 survives.
    const m = matchDescriptors([0, 0, 1.05, 0], [1, 0, 3, 0], 2, { ratio: 1.01, crossCheck: true });
    expect(m.map((x) => [x.query, x.train])).toEqual([[1, 0]]);
  });
});
