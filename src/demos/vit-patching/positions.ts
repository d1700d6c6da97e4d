import { normal, randomSeeded } from '../../kernels/random';
import type { Tensor } from '../../kernels/tensor';

/** Width of the demo's tokens and position embeddings (ViT-B uses 768). */
export const EMBED_DIM = 8;

/** What each sinusoidal dimension follows (index = dimension). */
export const DIM_NAMES = ['row', 'column', 'centre', 'diagonal', 'row ×2', 'column ×2', 'row sin', 'column sin'];

const FEATURES: ((r: number, c: number) => number)[] = [
  (r) => Math.cos(Math.PI * r),
  (_, c) => Math.cos(Math.PI * c),
  (r, c) => Math.sin(Math.PI * r) * Math.sin(Math.PI * c),
  (r, c) => Math.cos(Math.PI * r) * Math.cos(Math.PI * c),
  (r) => Math.cos(2 * Math.PI * r),
  (_, c) => Math.cos(2 * Math.PI * c),
  (r) => Math.sin(2 * Math.PI * r),
  (_, c) => Math.sin(2 * Math.PI * c),
];

/**
 * Stand-ins for a trained ViT's position embeddings, [rows·cols, EMBED_DIM], row-major over the
 * grid. `sinusoidal`: fixed sin–cos features of the patch centre (t = (index + ½)/grid along each
 * axis), at frequencies low enough to show on grids this small: a row ramp, a column ramp, a
 * centre bump and a diagonal, then faster waves. The paper finds that learned embeddings end up
 * encoding row and column in much this way. `random`: seeded N(0, 1), one at initialisation.
 */
export function positionEmbeddings(kind: 'sinusoidal' | 'random', rows: number, cols: number): Tensor {
  const data = new Float32Array(rows * cols * EMBED_DIM);
  const rand = randomSeeded(2021);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const o = (r * cols + c) * EMBED_DIM;
      for (let k = 0; k < EMBED_DIM; k++) data[o + k] = kind === 'random' ? normal(rand) : FEATURES[k]((r + 0.5) / rows, (c + 0.5) / cols);
    }
  }
  return { data, shape: [rows * cols, EMBED_DIM] };
}

/** A fixed, seeded patch-embedding weight [EMBED_DIM, C, P, P] and bias, scaled by 1/√(C·P·P). */
export function projectionWeights(c: number, p: number): { weight: Tensor; bias: Tensor } {
  const rand = randomSeeded(16 * p + c);
  const f = c * p * p;
  const weight = Float32Array.from({ length: EMBED_DIM * f }, () => normal(rand) / Math.sqrt(f));
  const bias = Float32Array.from({ length: EMBED_DIM }, () => 0.1 * normal(rand));
  return { weight: { data: weight, shape: [EMBED_DIM, c, p, p] }, bias: { data: bias, shape: [EMBED_DIM] } };
}
