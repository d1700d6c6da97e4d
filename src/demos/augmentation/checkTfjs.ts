import { invert } from '../../kernels/augmentGeometry';
import { randomSeeded } from '../../kernels/random';
import { geometricDraw, type AugmentOp, type AugmentOptions } from '../../models/data/augment/augmentSample';
import { warpImage } from '../../models/data/augment/warpImage';
import type { ShapesSample } from '../../models/data/render';

/** The stream of the main draw (the gallery's draws use k + 1): shared with the Demo so the check sees the same draw. */
export const drawSeed = (seed: number, k: number) => seed * 7919 + k + 1;

/**
 * The in-page check: our bilinear image warp against tfjs's tf.image.transform for the current draw.
 * tf's transform maps output pixel indices to input indices (centres at integers), so our
 * pixel-edge inverse map is shifted by ½ on both sides. Compared on pixels whose four bilinear taps
 * lie inside the image: at the border we clamp taps while tf blends in the fill value.
 */
export async function checkWarpAgainstTfjs(
  op: AugmentOp,
  s: ShapesSample,
  _others: ShapesSample[],
  seed: number,
  o: AugmentOptions,
): Promise<{ maxAbsDiff: number; note: string }> {
  if (op !== 'flip' && op !== 'rotate' && op !== 'crop') throw new Error('only the geometric transforms have a tfjs reference');
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  const { width: W, height: H } = s;
  const { A, note } = geometricDraw(op, W, H, randomSeeded(drawSeed(seed, 0)), o);
  const ours = warpImage(s.image, 3, H, W, A, H, W);
  const v = invert(A);
  const row = [v[0], v[1], v[2] + 0.5 * (v[0] + v[1]) - 0.5, v[3], v[4], v[5] + 0.5 * (v[3] + v[4]) - 0.5, 0, 0];
  const P = W * H;
  const hwc = new Float32Array(3 * P);
  for (let p = 0; p < P; p++) for (let c = 0; c < 3; c++) hwc[3 * p + c] = s.image[c * P + p];
  const theirs = tf.tidy(() => tf.image.transform(tf.tensor4d(hwc, [1, H, W, 3]), tf.tensor2d([row], [1, 8]), 'bilinear', 'constant', 0, [H, W]).dataSync());
  let maxAbsDiff = 0;
  let compared = 0;
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const sx = row[0] * j + row[1] * i + row[2];
      const sy = row[3] * j + row[4] * i + row[5];
      if (sx < 0 || sy < 0 || sx > W - 1 || sy > H - 1) continue;
      compared++;
      for (let c = 0; c < 3; c++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(ours[c * P + i * W + j] - theirs[3 * (i * W + j) + c]));
    }
  }
  if (compared === 0) throw new Error('no output pixel maps inside the image');
  return { maxAbsDiff, note: `${note}: ${compared} of ${P} pixels compared (all four taps inside)` };
}
