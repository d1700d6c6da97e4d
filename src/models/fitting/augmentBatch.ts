import { compose, cropResize, hflip, randomResizedCrop, rotation } from '../../kernels/augmentGeometry';
import { uniform, type Random } from '../../kernels/random';
import { jitterColour } from '../data/augment/colourJitter';
import { warpImage } from '../data/augment/warpImage';
import type { ClassifierBatch } from '../shapeClassifier/data';

/**
 * Label-safe augmentation of a shape-classification batch, fresh per step: horizontal flip (p ½),
 * rotation ±30° (a turned triangle is still a triangle), a random resized crop of 60–100 % of the area
 * (torchvision's 8 % lower bound would cut small objects away, see the augmentation demo), and
 * ColorJitter(0.4, 0.4, 0.4) without hue. Returns a new batch; `b` is left untouched.
 */
export function augmentBatch(b: ClassifierBatch, rand: Random): ClassifierBatch {
  const S = b.size;
  const plane = S * S;
  const per = 3 * plane;
  const nchw = new Float32Array(b.nchw.length);
  const nhwc = new Float32Array(b.nhwc.length);
  for (let i = 0; i < b.count; i++) {
    let A = rotation((uniform(rand, -30, 30) * Math.PI) / 180, S / 2, S / 2);
    if (rand() < 0.5) A = compose(hflip(S), A);
    A = compose(A, cropResize(randomResizedCrop(rand, S, S, [0.6, 1]), S, S));
    const warped = warpImage(b.nchw.subarray(i * per, (i + 1) * per), 3, S, S, A, S, S);
    const j = { brightness: uniform(rand, 0.6, 1.4), contrast: uniform(rand, 0.6, 1.4), saturation: uniform(rand, 0.6, 1.4), hue: 0 };
    const img = jitterColour(warped, plane, j);
    nchw.set(img, i * per);
    for (let p = 0; p < plane; p++) for (let c = 0; c < 3; c++) nhwc[(i * plane + p) * 3 + c] = img[c * plane + p];
  }
  return { ...b, nchw, nhwc };
}
