import { describe, expect, it } from 'vitest';
import { hflip, rotation } from '../../../src/kernels/augmentGeometry';
import { randomSeeded } from '../../../src/kernels/random';
import { augmentSample, warpSample } from '../../../src/models/data/augment/augmentSample';
import { betaSample } from '../../../src/models/data/augment/betaSample';
import { jitterColour } from '../../../src/models/data/augment/colourJitter';
import { maskBounds, warpImage } from '../../../src/models/data/augment/warpImage';
import { shapesSample } from '../../../src/models/data/shapes';

const opts = { maxAngle: 30, alpha: 0.4, breaking: false };

describe('augmentSample', () => {
  it('a horizontal flip maps box [x1, y1, x2, y2] to [W − x2, y1, W − x1, y2], which is exactly the flipped mask’s tight box', () => {
    const s = shapesSample(3, 0, { maxObjects: 3 });
    const out = warpSample(s, hflip(s.width), '');
    expect(out.objects.length).toBeGreaterThan(0);
    out.objects.forEach((o, k) => {
      const [x1, y1, x2, y2] = s.boxes[k];
      expect(o.box).toEqual([s.width - x2, y1, s.width - x1, y2]);
      expect(o.tight).toEqual(o.box); // the flip is exact on the pixel grid: no tolerance
    });
  });

  it('warpImage under a flip reverses each row exactly, and under the identity returns the image', () => {
    const img = new Float32Array([1, 2, 3, 4, 5, 6]); // one channel, 2 × 3
    expect(Array.from(warpImage(img, 1, 2, 3, hflip(3), 2, 3))).toEqual([3, 2, 1, 6, 5, 4]);
    expect(Array.from(warpImage(img, 1, 2, 3, [1, 0, 0, 0, 1, 0], 2, 3))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a 45° rotation loosens the box: the corner-mapped box strictly contains the rotated mask’s tight box', () => {
    const s = shapesSample(5, 1, { singleObject: true, minSize: 0.2, maxSize: 0.25 });
    const out = warpSample(s, rotation(Math.PI / 4, s.width / 2, s.height / 2), '');
    const [b, t] = [out.objects[0].box!, out.objects[0].tight!];
    const area = (x: number[]) => (x[2] - x[0]) * (x[3] - x[1]);
    expect(b[0]).toBeLessThanOrEqual(t[0] + 1); // 1 px: the mask is sampled at pixel centres, the box is continuous
    expect(b[2]).toBeGreaterThanOrEqual(t[2] - 1);
    expect(area(b)).toBeGreaterThan(1.2 * area(t));
  });

  it('every op keeps the image size and gives each object a weight in [0, 1]', () => {
    const ops = ['flip', 'rotate', 'crop', 'jitter', 'cutout', 'mixup', 'cutmix', 'mosaic'] as const;
    const s = shapesSample(1, 0);
    const others = [1, 2, 3].map((i) => shapesSample(1, i));
    for (const op of ops) {
      const out = augmentSample(op, s, others, randomSeeded(7), opts);
      expect(out.image.length).toBe(3 * s.width * s.height);
      for (const o of out.objects) expect(o.weight).toBeGreaterThanOrEqual(0);
    }
  });

  it('mixup’s labels sum to weight 1 per source image: λ and 1 − λ', () => {
    const s = shapesSample(1, 0, { singleObject: true });
    const out = augmentSample('mixup', s, [shapesSample(1, 1, { singleObject: true })], randomSeeded(2), opts);
    expect(out.objects[0].weight + out.objects[1].weight).toBeCloseTo(1, 12);
  });
});

describe('jitterColour', () => {
  it('a hue shift of half a turn takes pure red to cyan (HSV: 0° → 180°)', () => {
    const red = new Float32Array([1, 0, 0]);
    const out = jitterColour(red, 1, { brightness: 1, contrast: 1, saturation: 1, hue: 0.5 });
    // contrast 1 about the mean is the identity up to float rounding
    expect(Array.from(out).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 1, 1]);
  });

  it('saturation 0 gives the grey 0.299R + 0.587G + 0.114B in every channel (torchvision rgb_to_grayscale)', () => {
    const out = jitterColour(new Float32Array([0.2, 0.4, 0.6]), 1, { brightness: 1, contrast: 1, saturation: 0, hue: 0 });
    const g = 0.299 * 0.2 + 0.587 * 0.4 + 0.114 * 0.6;
    for (const v of out) expect(v).toBeCloseTo(g, 6); // float32 storage
  });
});

describe('betaSample', () => {
  it('Beta(α, α) draws have mean ½ and variance 1 / (4(2α + 1))', () => {
    for (const alpha of [0.4, 2]) {
      const rand = randomSeeded(11);
      const n = 4000;
      const xs = Array.from({ length: n }, () => betaSample(rand, alpha));
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
      const want = 1 / (4 * (2 * alpha + 1));
      // 4000 draws: the mean's standard error is √(want/n) < 0.006, so 0.02 is over 3 σ; variance within 10 %.
      expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
      expect(Math.abs(v - want) / want).toBeLessThan(0.1);
    }
  });
});

describe('maskBounds', () => {
  it('is null for an empty mask and [1, 0, 3, 1] for pixels (0, 1) and (0, 2)', () => {
    expect(maskBounds([0, 0, 0, 0], 2, 2)).toBeNull();
    expect(maskBounds([0, 1, 1, 0, 0, 0], 2, 3)).toEqual([1, 0, 3, 1]);
  });
});
