import { describe, expect, it } from 'vitest';
import { largestBatch, largestLabel } from '../../../src/models/efficientnet/data';
import { largestScene, TARGET_SIZE, DISTRACTOR_SIZE } from '../../../src/models/efficientnet/scene';
import type { ShapesSample } from '../../../src/models/data/render';

const sample = (objects: { shape: 'circle' | 'square' | 'triangle'; size: number }[]) =>
  ({ objects: objects.map((o) => ({ ...o, colour: 0, cx: 0, cy: 0, rotation: 0, sizeClass: 'small' })) }) as unknown as ShapesSample;

describe('the family’s “shape of the largest object” task', () => {
  it('labels a scene by its largest object, whatever the order: triangle 5 px beats circle 3 px and square 4 px', () => {
    expect(
      largestLabel(
        sample([
          { shape: 'circle', size: 3 },
          { shape: 'triangle', size: 5 },
          { shape: 'square', size: 4 },
        ]),
      ),
    ).toBe(2);
    expect(largestLabel(sample([{ shape: 'square', size: 4 }]))).toBe(1);
  });

  it('draws one target and 1–3 distractors whose radii stay in their ranges, the target always the largest', () => {
    for (let i = 0; i < 60; i++) {
      const s = largestScene(1, i, 32);
      expect(s.objects.length).toBeGreaterThanOrEqual(1);
      expect(s.objects.length).toBeLessThanOrEqual(4);
      const [target, ...rest] = s.objects.map((o) => o.size / 32);
      expect(target).toBeGreaterThanOrEqual(TARGET_SIZE[0]);
      expect(target).toBeLessThanOrEqual(TARGET_SIZE[1]);
      for (const r of rest) expect(r).toBeLessThanOrEqual(DISTRACTOR_SIZE[1]);
    }
  });

  it('has each of the three classes in 25–42% of 300 scenes (the target’s shape is drawn uniformly)', () => {
    const b = largestBatch(1, 0, 300, 32);
    for (const k of [0, 1, 2]) {
      const f = b.labels.filter((l) => l === k).length / 300;
      expect(f).toBeGreaterThan(0.25); // binomial sd at n = 300 is 2.7%: ±3 sd around 1/3
      expect(f).toBeLessThan(0.42);
    }
  });

  it('gives a scene the same objects at 32 px and at 45 px (layouts are drawn in fractions of the side)', () => {
    for (let i = 0; i < 40; i++) {
      const [a, b] = [largestScene(1, i, 32), largestScene(1, i, 45)];
      expect(b.objects.map((o) => [o.shape, o.colour])).toEqual(a.objects.map((o) => [o.shape, o.colour]));
      // Centres scale with the side: float arithmetic only, 1e-9 px.
      b.objects.forEach((o, k) => expect(Math.abs(o.cx / 45 - a.objects[k].cx / 32)).toBeLessThan(1e-9));
    }
  });
});
