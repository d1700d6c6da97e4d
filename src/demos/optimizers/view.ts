import type { OptimizerKind } from '../../kernels/optimizerStep';
import type { SurfaceKind } from '../../kernels/lossSurfaces';

/** The plotted window of each surface, with equal units on both axes (the plot is 3:2) so a bowl's shape is true. */
export const WINDOW: Record<SurfaceKind, { x: [number, number]; y: [number, number] }> = {
  'ill-conditioned': { x: [-3, 3], y: [-2, 2] },
  noisy: { x: [-3, 3], y: [-2, 2] },
  rosenbrock: { x: [-2, 2], y: [-0.53, 2.13] },
  saddle: { x: [-2.4, 2.4], y: [-1.6, 1.6] },
};

/** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies) and a dash each, so colour is not the only cue. */
export const STYLE: Record<OptimizerKind, { color: string; dash: string; name: string }> = {
  sgd: { color: '#0072b2', dash: '', name: 'SGD' },
  momentum: { color: '#e69f00', dash: '6 3', name: 'Momentum' },
  nesterov: { color: '#009e73', dash: '2 3', name: 'Nesterov' },
  rmsprop: { color: '#cc79a7', dash: '8 3 2 3', name: 'RMSProp' },
  adam: { color: '#d55e00', dash: '', name: 'Adam' },
  adamw: { color: '#56b4e9', dash: '4 4', name: 'AdamW' },
};
