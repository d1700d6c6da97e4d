import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cardPath, readCard } from '../../../src/cli/modelFiles';
import { GRID, GRID_TOLERANCE, bestCandidate, flopsFactor, gridMember } from '../../../src/models/efficientnet/grid';
import { inputSide, stageRepeats } from '../../../src/models/efficientnet/tinyEffNet';

describe('the compound-scaling grid at φ = 1', () => {
  it('has candidates (an empty grid would make the checks below vacuous), at most six of them trained by the grid itself', () => {
    expect(GRID.length).toBeGreaterThan(0);
    expect(GRID.filter((g) => g.from === null).length).toBeLessThanOrEqual(6);
  });

  it.each(GRID.map((g) => [`α ${g.alpha.toFixed(2)}, β ${g.beta.toFixed(2)}, γ ${g.gamma.toFixed(2)}`, g]))(
    '%s satisfies the paper’s constraint: α·β²·γ² ≈ 2 and α, β, γ ≥ 1',
    (_, g) => {
      expect(Math.abs(flopsFactor(g) - 2)).toBeLessThanOrEqual(GRID_TOLERANCE);
      for (const v of [g.alpha, g.beta, g.gamma]) expect(v).toBeGreaterThanOrEqual(1);
    },
  );

  it('the paper’s point (1.2, 1.1, 1.15) gives 1.2·1.21·1.3225 = 1.452·1.3225 = 1.92027 (Tan & Le: "α·β²·γ² ≈ 2")', () => {
    expect(flopsFactor({ alpha: 1.2, beta: 1.1, gamma: 1.15 })).toBeCloseTo(1.92027, 6);
  });

  it('a grid point reused from the family is that member’s scale: depth1 is α = 2 (repeats 2, 4, 4, 2 at 32 px)', () => {
    const m = gridMember(GRID.find((g) => g.from === 'effnet-depth1')!);
    expect(stageRepeats(m.scale)).toEqual([2, 4, 4, 2]);
    expect(inputSide(m.scale)).toBe(32);
  });

  it('bestCandidate picks the highest accuracy, the first on a tie, and refuses an empty list', () => {
    expect(bestCandidate([0.5, 0.7, 0.7, 0.6])).toBe(1);
    expect(() => bestCandidate([])).toThrow();
  });

  it.runIf(existsSync(cardPath('effnet-grid')))('the shipped grid card chose its most accurate candidate and lists every grid point', () => {
    const card = readCard<{ candidates: { accuracy: number }[]; chosen: { accuracy: number } }>('effnet-grid');
    expect(card.candidates.length).toBe(GRID.length);
    expect(card.chosen.accuracy).toBe(Math.max(...card.candidates.map((c) => c.accuracy)));
  });
});
