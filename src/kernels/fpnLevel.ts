/**
 * Which FPN level a box is pooled from: FPN paper Eq. 1, k = ⌊k0 + log2(√(wh)/224)⌋, in the
 * form of torchvision's `LevelMapper` (torchvision/ops/poolers.py):
 *   k = clamp(floor(canonicalLevel + log2(√(w·h) / canonicalSize) + eps), kMin, kMax).
 * eps (1e-6) is added after the log, as torchvision does (maskrcnn-benchmark adds it inside the
 * log); either way it only keeps boxes whose float log lands a hair under an integer, such as
 * exactly 112 px, on the intended level. Level k has stride 2^k: P2 = 4 px … P5 = 32 px.
 * w, h are box sizes in input-image pixels; torchvision returns k − kMin, we return k itself.
 */
export interface FpnLevelOptions {
  kMin?: number; // default 2 (P2)
  kMax?: number; // default 5 (P5)
  canonicalSize?: number; // default 224: the ImageNet pre-training size
  canonicalLevel?: number; // default 4: a 224² box maps to P4
  eps?: number; // default 1e-6
}

/** The unclamped, unfloored level k0 + log2(√(wh)/s0) + eps, for showing the formula with numbers. */
export function fpnLevelRaw(w: number, h: number, opts: FpnLevelOptions = {}): number {
  const { canonicalSize = 224, canonicalLevel = 4, eps = 1e-6 } = opts;
  if (!(w >= 0 && h >= 0)) throw new Error(`fpnLevel: box width and height must be non-negative numbers, got ${w}×${h}`);
  return canonicalLevel + Math.log2(Math.sqrt(w * h) / canonicalSize) + eps;
}

/** The FPN level k ∈ [kMin, kMax] for a w×h box. An empty box (log2 0 = −∞) goes to kMin. */
export function fpnLevel(w: number, h: number, opts: FpnLevelOptions = {}): number {
  const { kMin = 2, kMax = 5 } = opts;
  return Math.min(Math.max(Math.floor(fpnLevelRaw(w, h, opts)), kMin), kMax);
}

/** Stride (input pixels per feature pixel) of level k: 2^k, so spatialScale = 1 / 2^k. */
export function fpnStride(level: number): number {
  return 2 ** level;
}
