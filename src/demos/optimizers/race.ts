import { optimizerState, optimizerStep, type OptimizerHyper, type OptimizerKind } from '../../kernels/optimizerStep';
import { surface, type SurfaceKind } from '../../kernels/lossSurfaces';
import { randomSeeded } from '../../kernels/random';

export const OPTIMIZERS: readonly OptimizerKind[] = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam', 'adamw'];

export interface RaceSettings {
  surface: SurfaceKind;
  lr: number;
  steps: number;
  momentum: number; // μ for momentum / Nesterov
  beta1: number; // Adam(W)
  beta2: number;
  weightDecay: number; // L2 for SGD-family and Adam, decoupled for AdamW
  normalized: boolean; // standardised features: the bowls become round (κ = 1)
  seed: number; // the noisy surface's minibatch noise
}

export interface Track {
  kind: OptimizerKind;
  points: [number, number][]; // θ after 0..n steps (stops where it diverged)
  losses: number[];
  divergedAt: number | null; // step whose θ left the plot by far, or became NaN
  final: number; // loss at the last point
  distance: number; // to the nearest minimum
}

/** Where each surface's race starts: far enough to show the path's shape. */
export const START: Record<SurfaceKind, [number, number]> = {
  'ill-conditioned': [-2.5, 1.2],
  noisy: [-2.5, 1.2],
  rosenbrock: [-1.5, 2],
  saddle: [-2, 0.01], // just off the saddle's ridge: plain GD lingers near y = 0
};

const FAR = 1e4; // |θ| beyond this is divergence for these O(1) surfaces

/** Runs every optimiser from the surface's start with the same settings and noise stream. */
export function race(s: RaceSettings): Track[] {
  const f = surface(s.surface, s.normalized ? 1 : undefined);
  return OPTIMIZERS.map((kind) => {
    const theta = Float64Array.from(START[s.surface]);
    const state = optimizerState(2);
    const rand = randomSeeded(s.seed); // the same noise for every optimiser: a fair race
    const h: OptimizerHyper = { lr: s.lr, momentum: s.momentum, beta1: s.beta1, beta2: s.beta2, weightDecay: s.weightDecay, rho: 0.9 };
    const points: [number, number][] = [[theta[0], theta[1]]];
    const losses = [f.value(theta[0], theta[1])];
    let divergedAt: number | null = null;
    for (let t = 1; t <= s.steps; t++) {
      optimizerStep(kind, h, theta, f.gradient(theta[0], theta[1], rand), state);
      if (!(Math.abs(theta[0]) < FAR && Math.abs(theta[1]) < FAR)) {
        divergedAt = t;
        break;
      }
      points.push([theta[0], theta[1]]);
      losses.push(f.value(theta[0], theta[1]));
    }
    const [x, y] = points[points.length - 1];
    return {
      kind,
      points,
      losses,
      divergedAt,
      final: losses[losses.length - 1],
      distance: Math.min(...f.minima.map(([mx, my]) => Math.hypot(x - mx, y - my))),
    };
  });
}
