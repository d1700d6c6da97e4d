import type { FamilyMember } from './family';
import { COMPOUND } from './family';

/**
 * The small grid search of compound-scaling coefficients at φ = 1, as Tan & Le (2019) §3.3 do:
 * candidates on the constraint α·β²·γ² ≈ 2 with α, β, γ ≥ 1, each trained with the family's
 * protocol (spec.ts: same data, seed, schedule and budget), the best held-out accuracy wins.
 *
 * Six interior points are trained by the grid (`npm run train -- effnet-grid`); the paper's own
 * point (1.2, 1.1, 1.15) is the shipped effnet-b1 and the three one-dimension corners
 * (α = 2; β = √2; γ = √2) are effnet-depth1, -width1 and -resolution1, trained with the same
 * protocol and seed, so the grid reads their cards instead of training them again.
 *
 * At this scale the coefficients are coarse: a stage's repeats are ⌈α·r⌉ of r ∈ {1, 2}, so every
 * α in (1, 1.5] gives the same depth; channels round to multiples of 4 and the side to whole
 * pixels. The measured FLOPs of each candidate (graphCost of its ONNX graph) are recorded beside
 * the nominal α·β²·γ².
 */
export interface Coefficients {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface GridCandidate extends Coefficients {
  /** A trained family member whose card holds this point's run (same protocol and seed), or null: the grid trains it. */
  from: string | null;
}

export const GRID_PHI = 1;
/** How far α·β²·γ² may stray from 2: the paper's own point gives 1.92. */
export const GRID_TOLERANCE = 0.1;
const SQRT2 = Math.SQRT2;

export const GRID: readonly GridCandidate[] = [
  { alpha: 1.0, beta: 1.2, gamma: 1.18, from: null },
  { alpha: 1.4, beta: 1.0, gamma: 1.2, from: null },
  { alpha: 1.15, beta: 1.1, gamma: 1.2, from: null },
  { alpha: 1.15, beta: 1.2, gamma: 1.1, from: null },
  { alpha: 1.2, beta: 1.0, gamma: 1.3, from: null },
  { alpha: 1.4, beta: 1.1, gamma: 1.1, from: null },
  { ...COMPOUND, from: 'effnet-b1' },
  { alpha: 2, beta: 1, gamma: 1, from: 'effnet-depth1' },
  { alpha: 1, beta: SQRT2, gamma: 1, from: 'effnet-width1' },
  { alpha: 1, beta: 1, gamma: SQRT2, from: 'effnet-resolution1' },
];

/** Seeds besides the default 1 on which the grid also trains the paper's point, for the spread over seeds. */
export const SPREAD_SEEDS = [2, 3];

export const flopsFactor = (c: Coefficients) => c.alpha * c.beta ** 2 * c.gamma ** 2;

/** A grid point as a family member at φ = 1 (what effnetSpec trains). */
export function gridMember(c: Coefficients): FamilyMember {
  const f = (v: number) => v.toFixed(2);
  return {
    name: `effnet-grid-a${f(c.alpha)}-b${f(c.beta)}-g${f(c.gamma)}`,
    curve: 'compound',
    phi: GRID_PHI,
    scale: { depth: c.alpha ** GRID_PHI, width: c.beta ** GRID_PHI, resolution: c.gamma ** GRID_PHI },
  };
}

/** The index of the best candidate by held-out accuracy (ties: the first, i.e. the earlier in GRID). */
export function bestCandidate(accuracies: readonly number[]): number {
  if (accuracies.length === 0) throw new Error('the grid has no candidates');
  let best = 0;
  accuracies.forEach((a, i) => {
    if (a > accuracies[best]) best = i;
  });
  return best;
}
