import type { EffNetScale } from './tinyEffNet';

/**
 * The compound-scaling family: one baseline (φ = 0) and, for φ = 1, 2, four ways to spend about
 * 2^φ times its FLOPs. Compound uses the paper's α = 1.2, β = 1.1, γ = 1.15 (REFERENCE.md §6):
 * b1 and b2 were trained with them before our own grid search at φ = 1 (grid.ts,
 * models/effnet-grid/card.json) ran, and were not retrained with its pick. The single-dimension curves spend the same FLOPs budget in one dimension alone
 * (FLOPs ∝ d·w²·r²): depth d = 2^φ, width w = 2^(φ/2), resolution r = 2^(φ/2).
 */
export type Curve = 'depth' | 'width' | 'resolution' | 'compound';
export const CURVES: readonly Curve[] = ['depth', 'width', 'resolution', 'compound'];
export const COMPOUND = { alpha: 1.2, beta: 1.1, gamma: 1.15 } as const;

export interface FamilyMember {
  name: string;
  curve: Curve | 'baseline';
  phi: number;
  scale: EffNetScale;
}

export function scaleFor(curve: Curve, phi: number): EffNetScale {
  switch (curve) {
    case 'depth':
      return { depth: 2 ** phi, width: 1, resolution: 1 };
    case 'width':
      return { depth: 1, width: 2 ** (phi / 2), resolution: 1 };
    case 'resolution':
      return { depth: 1, width: 1, resolution: 2 ** (phi / 2) };
    case 'compound':
      return { depth: COMPOUND.alpha ** phi, width: COMPOUND.beta ** phi, resolution: COMPOUND.gamma ** phi };
  }
}

const nameOf = (curve: Curve, phi: number) => (curve === 'compound' ? `effnet-b${phi}` : `effnet-${curve}${phi}`);

export const FAMILY: FamilyMember[] = [
  { name: 'effnet-b0', curve: 'baseline', phi: 0, scale: { depth: 1, width: 1, resolution: 1 } },
  ...[1, 2].flatMap((phi) => CURVES.map((curve) => ({ name: nameOf(curve, phi), curve, phi, scale: scaleFor(curve, phi) }))),
];

/** The members on one curve, φ = 0, 1, 2 (the baseline starts every curve). */
export const curveMembers = (curve: Curve) => FAMILY.filter((m) => m.curve === 'baseline' || m.curve === curve);
