/**
 * The learning rate at `step` of `total`: a linear warm-up over the first warmup · total steps
 * (to lr at its end), then a cosine decay from lr to 0 over the rest, as CLIP trains (Radford et
 * al. 2021, §2.5: 2,000 warm-up iterations, then cosine). warmup = 0 is the plain per-step cosine.
 * Warm-up keeps Adam's first, badly estimated steps small while the transformer's layer norms
 * and attention settle.
 */
export function warmupCosine(lr: number, step: number, total: number, warmup: number): number {
  const w = Math.floor(warmup * total);
  if (step < w) return (lr * (step + 1)) / w;
  return (lr * (1 + Math.cos((Math.PI * (step - w)) / Math.max(1, total - w)))) / 2;
}
