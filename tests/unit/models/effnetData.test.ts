import { describe, expect, it } from 'vitest';
import { largestBatch, largestLabel } from '../../../src/models/efficientnet/data';
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

  it('has each of the three classes in 25–42% of 900 scenes (shapes are drawn uniformly)', () => {
    const b = largestBatch(1, 0, 900, 32);
    const counts = [0, 1, 2].map((k) => b.labels.filter((l) => l === k).length / 900);
    for (const f of counts) expect(f).toBeGreaterThan(0.25);
    for (const f of counts) expect(f).toBeLessThan(0.42);
  });

  it('gives nearly every scene the same label at 32 px and at 45 px (layouts are drawn in fractions of the side)', () => {
    const [a, b] = [largestBatch(1, 0, 400, 32), largestBatch(1, 0, 400, 45)];
    const same = a.labels.filter((l, i) => l === b.labels[i]).length / 400;
    // Placement keeps objects 1–2 px apart in pixels, not fractions, so a crowded scene can keep
    // a different set of objects at another size: measured 0.9+ here; anything below 0.85 is a bug.
    expect(same).toBeGreaterThan(0.85);
  });
});
