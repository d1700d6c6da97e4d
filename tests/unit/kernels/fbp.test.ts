import { describe, expect, it } from 'vitest';
import { fbp } from '../../../src/kernels/fbp';
import { pearson } from '../../../src/kernels/pearson';
import { defaultDetectorCount, projectionAngles, radon } from '../../../src/kernels/radon';
import { phantom, phantomSinogram, SHEPP_LOGAN_MODIFIED, type Ellipse } from '../../../src/kernels/sheppLogan';

const N = 96;
const NDET = defaultDetectorCount(N, N);
const DISC: Ellipse[] = [{ x0: 0.1, y0: -0.05, a: 0.5, b: 0.5, angle: 0, value: 1 }];

describe('fbp', () => {
  it('exact projections of a density-1 disc reconstruct to 1 inside (scale calibrated) and 0 outside', () => {
    const angles = projectionAngles(180);
    const img = fbp(phantomSinogram(DISC, N, angles, NDET), angles, NDET, N, N);
    const truth = phantom(N, DISC, 4);
    let [inside, nIn, outside, nOut] = [0, 0, 0, 0];
    for (let p = 0; p < truth.length; p++) {
      if (truth[p] === 1) [inside, nIn] = [inside + img[p], nIn + 1];
      else if (truth[p] === 0) [outside, nOut] = [outside + Math.abs(img[p]), nOut + 1];
    }
    // Discretisation (finite bins, linear interpolation) leaves Gibbs ripples near the edge; the
    // means over hundreds of pixels are within 2% of the truth.
    expect(Math.abs(inside / nIn - 1)).toBeLessThan(0.02);
    expect(outside / nOut).toBeLessThan(0.02);
    expect(pearson(img, truth)).toBeGreaterThan(0.99);
  });

  it('FBP of the projected phantom correlates > 0.95 with it from 180 angles, and quality grows with angles', () => {
    const truth = phantom(N, SHEPP_LOGAN_MODIFIED);
    const score = (count: number) => {
      const angles = projectionAngles(count);
      return pearson(fbp(radon(truth, N, N, angles, NDET), angles, NDET, N, N), truth);
    };
    const [few, some, many] = [score(8), score(32), score(180)];
    expect(many).toBeGreaterThan(0.95);
    expect(some).toBeGreaterThan(few);
    expect(many).toBeGreaterThan(some);
  });

  it('without the ramp filter the back-projection is a blurred copy that correlates worse', () => {
    const angles = projectionAngles(90);
    const truth = phantom(N, SHEPP_LOGAN_MODIFIED);
    const sino = phantomSinogram(SHEPP_LOGAN_MODIFIED, N, angles, NDET);
    const ramp = pearson(fbp(sino, angles, NDET, N, N), truth);
    const plain = pearson(fbp(sino, angles, NDET, N, N, { filter: 'none' }), truth);
    const sl = pearson(fbp(sino, angles, NDET, N, N, { filter: 'shepp-logan' }), truth);
    expect(plain).toBeLessThan(ramp - 0.1);
    expect(sl).toBeGreaterThan(0.9);
  });
});
