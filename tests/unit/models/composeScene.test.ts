import { describe, expect, it } from 'vitest';
import { composeScene } from '../../../src/models/yolo/composeScene';
import { boundingRadius } from '../../../src/models/data/geometry';

describe('composeScene (the demos’ exact object counts)', () => {
  it.each([0, 1, 3, 5])('places exactly %i objects when asked for at most the trained five', (n) => {
    const s = composeScene(2025, 7, n);
    expect(s.objects).toHaveLength(n);
    expect(s.boxes).toHaveLength(n);
    expect(s.crowded).toBe(false);
  });

  it('an empty scene has no boxes and no object pixels', () => {
    const s = composeScene(2025, 3, 0);
    expect(s.classMask.every((v) => v === 0)).toBe(true);
  });

  it('50 requested: fewer fit, flagged crowded, and no two objects’ bounding circles come within 2 px (+1 px each)', () => {
    const s = composeScene(2025, 4, 50);
    expect(s.crowded).toBe(true);
    expect(s.objects.length).toBeGreaterThan(5);
    expect(s.objects.length).toBeLessThan(50);
    for (let i = 0; i < s.objects.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [s.objects[i], s.objects[j]];
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(boundingRadius(a.shape, a.size) + 1 + boundingRadius(b.shape, b.size) + 2);
      }
  });

  it('is deterministic for a seed and index', () => {
    expect(Buffer.from(composeScene(2025, 9, 4).image.buffer)).toEqual(Buffer.from(composeScene(2025, 9, 4).image.buffer));
  });
});
