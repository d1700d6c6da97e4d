import { cornerHarris, pickCorners } from '../../kernels/harrisCorners';
import { matchDescriptors } from '../../kernels/matchDescriptors';
import { randInt, randomSeeded } from '../../kernels/random';
import type { Tensor } from '../../kernels/tensor';
import { patchDescriptors } from './patchDescriptors';
import { forward, type Similarity } from './scene';

const PATCH_R = 5; // 11×11 patches, as the kernels' end-to-end test uses
export const DESCRIPTOR_LENGTH = (2 * PATCH_R + 1) ** 2;

export interface Matches {
  cornersA: number[]; // [x0, y0, …]
  cornersB: number[];
  src: number[]; // matched points in a, flat [x, y, …]
  dst: number[]; // their partners in b
  injected: boolean[]; // added at random (the demo's false matches)
  correct: boolean[]; // within `threshold` of where T really puts the point
  matched: number; // how many came from descriptor matching
}

/**
 * Putative correspondences, as a feature pipeline makes them: Harris corners in both images
 * (OpenCV cornerHarris + goodFeaturesToTrack-style selection), 11×11 normalised patches as
 * descriptors, nearest neighbours with Lowe's ratio test and a cross-check. Then random pairs
 * of corners are mixed in until they make up `outlierShare` of all matches (on top of the
 * matcher's own mistakes), and every match is labelled correct or not against the true T.
 */
export function findMatches(a: Tensor, b: Tensor, T: Similarity, outlierShare: number, threshold: number, seed = 5): Matches {
  const size = a.shape[0];
  const [ca, cb] = [pickCorners(cornerHarris(a), 120, 0.01, 5), pickCorners(cornerHarris(b), 120, 0.01, 5)];
  const [da, db] = [patchDescriptors(a, ca, PATCH_R), patchDescriptors(b, cb, PATCH_R)];
  const found = matchDescriptors(da.desc, db.desc, DESCRIPTOR_LENGTH, { ratio: 0.8, crossCheck: true });
  const src = found.flatMap((m) => [da.pts[2 * m.query], da.pts[2 * m.query + 1]]);
  const dst = found.flatMap((m) => [db.pts[2 * m.train], db.pts[2 * m.train + 1]]);
  const injected = found.map(() => false);
  const extra = outlierShare >= 1 ? 0 : Math.round((outlierShare / (1 - outlierShare)) * found.length);
  const rand = randomSeeded(seed);
  const [na, nb] = [da.pts.length / 2, db.pts.length / 2];
  for (let k = 0; k < extra && na > 0 && nb > 0; k++) {
    const [i, j] = [randInt(rand, 0, na - 1), randInt(rand, 0, nb - 1)];
    src.push(da.pts[2 * i], da.pts[2 * i + 1]);
    dst.push(db.pts[2 * j], db.pts[2 * j + 1]);
    injected.push(true);
  }
  const correct = injected.map((_, i) => {
    const [u, v] = forward(T, src[2 * i], src[2 * i + 1], size);
    return Math.hypot(u - dst[2 * i], v - dst[2 * i + 1]) < threshold;
  });
  return { cornersA: da.pts, cornersB: db.pts, src, dst, injected, correct, matched: found.length };
}
