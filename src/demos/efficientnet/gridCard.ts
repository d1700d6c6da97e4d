import { COMPOUND } from '../../models/efficientnet/family';

/**
 * models/effnet-grid/card.json (written by `npm run train -- effnet-grid`, src/cli/effnetGrid.ts):
 * the φ = 1 grid search's candidates, the chosen point and the spread over seeds. Absent until the
 * search has run once (then the panel says so).
 */
export interface GridCandidateRow {
  alpha: number;
  beta: number;
  gamma: number;
  product: number;
  from: string;
  accuracy: number;
  macs: number;
  parameters: number;
  resolution: number;
  repeats: number[];
  wallTimeSeconds: number;
}
export interface GridCard {
  candidates: GridCandidateRow[];
  chosen: { alpha: number; beta: number; gamma: number; accuracy: number } | null;
  seedSpread: { seeds: number[]; accuracies: number[]; mean: number; sd: number };
  command: string;
}

const cards = import.meta.glob<GridCard>('../../../models/effnet-grid/card.json', { eager: true, import: 'default' });
export const GRID_CARD: GridCard | null = Object.values(cards)[0] ?? null;

export const isPaperPoint = (c: { alpha: number; beta: number; gamma: number }) =>
  c.alpha === COMPOUND.alpha && c.beta === COMPOUND.beta && c.gamma === COMPOUND.gamma;
