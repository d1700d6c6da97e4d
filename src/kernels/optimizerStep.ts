/**
 * One update of the common first-order optimisers on a flat parameter vector, in place.
 *
 * Update rules (g = gradient, t = 1-based step), as PyTorch documents them (torch.optim, REFERENCE §9, §21):
 *   sgd       θ −= lr·(g + λθ)                          (λ = weightDecay, added to the gradient: L2)
 *   momentum  b = μb + g (b₁ = g);  θ −= lr·b            (dampening 0; tfjs MomentumOptimizer is the same)
 *   nesterov  b as momentum;        θ −= lr·(g + μb)      (tfjs useNesterov: the same)
 *   rmsprop   s = ρs + (1−ρ)g²;     θ −= lr·g/(√s + ε)    PyTorch; tfjs puts ε inside the root, g/√(s + ε):
 *             `epsInsideRoot: true` follows tfjs (its RMSPropOptimizer, momentum 0, not centred)
 *   adam      m = β₁m + (1−β₁)g, v = β₂v + (1−β₂)g², θ −= lr·m̂/(√v̂ + ε), m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)
 *             with weightDecay the decay is L2: g ← g + λθ before the moments (torch.optim.Adam)
 *   adamw     θ ← θ − lr·λθ first, then the Adam step on the plain gradient (torch.optim.AdamW: the
 *             decay is decoupled from the moments and scaled by lr; Loshchilov & Hutter Alg. 2 scale it
 *             by the schedule multiplier instead, which equals PyTorch's with a constant lr = α·η)
 * tfjs has no AdamW and no weight decay (REFERENCE §21); its Adam ε defaults to 1e-7, PyTorch's to 1e-8.
 * Works in float64; tfjs works in float32, so the tests compare within float32 rounding.
 */
export type OptimizerKind = 'sgd' | 'momentum' | 'nesterov' | 'rmsprop' | 'adam' | 'adamw';

export interface OptimizerHyper {
  lr: number;
  momentum?: number; // μ, default 0.9
  rho?: number; // RMSProp decay, default 0.9 (tfjs's; PyTorch's alpha default is 0.99)
  beta1?: number; // default 0.9
  beta2?: number; // default 0.999
  eps?: number; // default 1e-8
  weightDecay?: number; // λ, default 0 (AdamW: 0.01 in PyTorch; pass it)
  epsInsideRoot?: boolean; // RMSProp only: tfjs's ε placement
}

export interface OptimizerState {
  t: number; // steps taken
  m: Float64Array; // momentum buffer b, RMSProp's s, or Adam's m
  v: Float64Array; // Adam's v (unused otherwise)
}

export function optimizerState(n: number): OptimizerState {
  return { t: 0, m: new Float64Array(n), v: new Float64Array(n) };
}

export function optimizerStep(kind: OptimizerKind, h: OptimizerHyper, theta: Float64Array, grad: ArrayLike<number>, s: OptimizerState): void {
  const n = theta.length;
  if (grad.length !== n || s.m.length !== n) throw new Error(`optimizerStep: ${n} parameters but ${grad.length} gradients and state for ${s.m.length}`);
  if (!(h.lr >= 0)) throw new Error(`optimizerStep: learning rate must be ≥ 0, got ${h.lr}`);
  const mu = h.momentum ?? 0.9;
  const rho = h.rho ?? 0.9;
  const b1 = h.beta1 ?? 0.9;
  const b2 = h.beta2 ?? 0.999;
  const eps = h.eps ?? 1e-8;
  const wd = h.weightDecay ?? 0;
  s.t++;
  const c1 = 1 - b1 ** s.t;
  const c2 = 1 - b2 ** s.t;
  for (let i = 0; i < n; i++) {
    // L2 decay joins the gradient for every rule but AdamW, which decays the weights directly.
    const g = kind === 'adamw' ? grad[i] : grad[i] + wd * theta[i];
    switch (kind) {
      case 'sgd':
        theta[i] -= h.lr * g;
        break;
      case 'momentum':
      case 'nesterov':
        s.m[i] = s.t === 1 ? g : mu * s.m[i] + g;
        theta[i] -= h.lr * (kind === 'nesterov' ? g + mu * s.m[i] : s.m[i]);
        break;
      case 'rmsprop':
        s.m[i] = rho * s.m[i] + (1 - rho) * g * g;
        theta[i] -= (h.lr * g) / (h.epsInsideRoot ? Math.sqrt(s.m[i] + eps) : Math.sqrt(s.m[i]) + eps);
        break;
      case 'adamw':
        theta[i] -= h.lr * wd * theta[i];
      // falls through: the Adam step on the undecayed gradient
      case 'adam':
        s.m[i] = b1 * s.m[i] + (1 - b1) * g;
        s.v[i] = b2 * s.v[i] + (1 - b2) * g * g;
        theta[i] -= (h.lr * (s.m[i] / c1)) / (Math.sqrt(s.v[i] / c2) + eps);
        break;
    }
  }
}
