import { normal, type Random } from './random';

/**
 * Two-parameter loss surfaces for watching optimisers (the optimizers demo): value and exact
 * gradient at (x, y). Minima are stated so a demo can measure the distance to them.
 *   ill-conditioned  f = ½(x² + κ·y²), κ = 25: one direction 25× steeper (condition number κ)
 *   rosenbrock       f = (1 − x)² + 100(y − x²)², the curved valley, minimum (1, 1)
 *   saddle           f = x² − y² + y⁴/4: a saddle at the origin, minima at (0, ±√2)
 *   noisy            the ill-conditioned bowl with seeded Gaussian noise on the gradient (a minibatch's)
 * `conditioning` sets κ of the two bowls: standardising the features makes κ = 1 (a round bowl).
 */
export type SurfaceKind = 'ill-conditioned' | 'rosenbrock' | 'saddle' | 'noisy';

export interface Surface {
  kind: SurfaceKind;
  minima: [number, number][];
  /** Loss at (x, y). */
  value(x: number, y: number): number;
  /** ∂f/∂x, ∂f/∂y at (x, y); `rand` adds the noisy surface's minibatch noise. */
  gradient(x: number, y: number, rand?: Random): [number, number];
}

const KAPPA = 25;
const NOISE = 0.5; // standard deviation of the noisy surface's gradient noise, per coordinate

export function surface(kind: SurfaceKind, conditioning = KAPPA): Surface {
  switch (kind) {
    case 'ill-conditioned':
    case 'noisy':
      return {
        kind,
        minima: [[0, 0]],
        value: (x, y) => 0.5 * (x * x + conditioning * y * y),
        gradient: (x, y, rand) => {
          const n = kind === 'noisy' && rand ? [NOISE * normal(rand), NOISE * normal(rand)] : [0, 0];
          return [x + n[0], conditioning * y + n[1]];
        },
      };
    case 'rosenbrock':
      return {
        kind,
        minima: [[1, 1]],
        value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
        gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
      };
    case 'saddle':
      return {
        kind,
        minima: [
          [0, Math.SQRT2],
          [0, -Math.SQRT2],
        ],
        value: (x, y) => x * x - y * y + (y * y * y * y) / 4,
        gradient: (x, y) => [2 * x, -2 * y + y * y * y],
      };
  }
}
