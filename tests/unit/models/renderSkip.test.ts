import { describe, expect, it } from 'vitest';
import { generateScene, type SceneSpec } from '../../../src/models/data/shapes';
import { renderScene } from '../../../src/models/data/render';
import { SHAPES, insideTest } from '../../../src/models/data/geometry';
import { COLOURS } from '../../../src/models/data/palette';
import { normal, randomSeeded, type Random } from '../../../src/kernels/random';

/**
 * renderScene skips the inside-tests of pixels far from an object. The reference here is the
 * renderer without that shortcut (every pixel, every object, every sub-sample), so "the same
 * scenes" means byte for byte: every shipped model was trained on these pixels.
 */
function renderEveryPixel(spec: SceneSpec, noise: number, antialias: number, rand?: Random) {
  const { width: W, height: H, objects, background: bg } = spec;
  const plane = W * H;
  const image = new Float32Array(3 * plane);
  const classMask = new Uint8Array(plane);
  const masks = objects.map(() => new Uint8Array(plane));
  const tests = objects.map(insideTest);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const p = y * W + x;
      const rgb = [0, 1, 2].map((c) => bg.waves.reduce((v, w) => v + w.amp[c] * Math.sin(2 * Math.PI * (w.fx * x + w.fy * y) + w.phase), bg.base[c]));
      objects.forEach((o, k) => {
        if (tests[k](x + 0.5, y + 0.5)) {
          masks.forEach((m) => (m[p] = 0));
          masks[k][p] = 1;
          classMask[p] = 1 + SHAPES.indexOf(o.shape);
        }
        let hits = 0;
        for (let sy = 0; sy < antialias; sy++)
          for (let sx = 0; sx < antialias; sx++) if (tests[k](x + (sx + 0.5) / antialias, y + (sy + 0.5) / antialias)) hits++;
        const a = hits / (antialias * antialias);
        if (hits) for (let c = 0; c < 3; c++) rgb[c] = (1 - a) * rgb[c] + a * COLOURS[o.colour].rgb[c];
      });
      for (let c = 0; c < 3; c++) image[c * plane + p] = Math.min(1, Math.max(0, noise > 0 && rand ? rgb[c] + noise * normal(rand) : rgb[c]));
    }
  return { image, classMask, masks };
}

const cases = Array.from({ length: 24 }, (_, i) => ({
  seed: 100 + i,
  antialias: 1 + (i % 4),
  noise: i % 3 === 0 ? 0.05 : 0,
  options: {
    width: 24 + 8 * (i % 5),
    height: 24 + 8 * ((i + 2) % 5),
    maxObjects: 1 + (i % 3),
    minSize: 0.08,
    maxSize: 0.3,
    maxRotation: Math.PI / 4,
    background: (['plain', 'texture', 'mixed'] as const)[i % 3],
  },
}));

describe('renderScene with far pixels skipped', () => {
  it('has cases, some with several objects', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.some((c) => generateScene(randomSeeded(c.seed), c.options).objects.length > 1)).toBe(true);
  });

  it.each(cases)('draws the same bytes as every-pixel rendering (seed $seed, antialias $antialias, noise $noise)', ({ seed, antialias, noise, options }) => {
    const spec = generateScene(randomSeeded(seed), options);
    const ours = renderScene(spec, { noise, antialias, rand: randomSeeded(seed + 1) });
    const ref = renderEveryPixel(spec, noise, antialias, randomSeeded(seed + 1));
    expect(Buffer.from(ours.image.buffer).equals(Buffer.from(ref.image.buffer))).toBe(true);
    expect(Buffer.from(ours.classMask).equals(Buffer.from(ref.classMask))).toBe(true);
    ours.instanceMasks.forEach((m, k) => expect(Buffer.from(m).equals(Buffer.from(ref.masks[k]))).toBe(true));
  });

  it('an object touching the image edge and one exactly on a pixel corner render the same too', () => {
    const bg = { base: [0.2, 0.3, 0.4], waves: [] };
    const spec: SceneSpec = {
      width: 20,
      height: 20,
      background: bg,
      objects: [
        { shape: 'square', colour: 1, cx: 0.5, cy: 19.5, size: 4, rotation: 0.3, sizeClass: 'large' },
        { shape: 'triangle', colour: 2, cx: 10, cy: 10, size: 3, rotation: 0, sizeClass: 'medium' },
        { shape: 'circle', colour: 0, cx: 16, cy: 4, size: 2, rotation: 0, sizeClass: 'small' },
      ],
    };
    const ours = renderScene(spec, { noise: 0, antialias: 4 });
    const ref = renderEveryPixel(spec, 0, 4);
    expect(Buffer.from(ours.image.buffer).equals(Buffer.from(ref.image.buffer))).toBe(true);
    expect(Buffer.from(ours.classMask).equals(Buffer.from(ref.classMask))).toBe(true);
  });
});
