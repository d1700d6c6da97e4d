import type { Tensor } from '../../kernels/tensor';

/**
 * The simplest feature descriptor: the (2r+1)² pixels around each point of `pts` (flat
 * [x0, y0, …], integer pixels of an [h, w] image), made zero-mean and unit-norm so a match is a
 * normalised cross-correlation and survives a change of brightness and contrast. Points closer
 * than r to the border are dropped; `pts` of the result lists the kept ones, in order, and
 * `desc` holds their descriptors back to back.
 */
export function patchDescriptors(img: Tensor, pts: number[], r: number): { desc: number[]; pts: number[] } {
  const [h, w] = img.shape;
  const desc: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < pts.length; i += 2) {
    const [x, y] = [pts[i], pts[i + 1]];
    if (x < r || y < r || x >= w - r || y >= h - r) continue;
    const p: number[] = [];
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) p.push(img.data[(y + dy) * w + x + dx]);
    const mean = p.reduce((s, v) => s + v, 0) / p.length;
    const norm = Math.hypot(...p.map((v) => v - mean)) || 1;
    desc.push(...p.map((v) => (v - mean) / norm));
    kept.push(x, y);
  }
  return { desc, pts: kept };
}
