import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPES_OPTIONS, shapesDataset, shapesSample, type SceneSpec } from '../../../src/models/data/shapes';
import { renderScene } from '../../../src/models/data/render';
import { SHAPES, boundingRadius, type SceneObject } from '../../../src/models/data/geometry';
import { COLOURS } from '../../../src/models/data/palette';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const same = (a: ArrayBufferView, b: ArrayBufferView) => Buffer.compare(bytes(a), bytes(b)) === 0;

/** Tight bounds computed here, independently of the generator's own tightBox. */
function boundsOf(mask: Uint8Array, W: number): number[] | null {
  let b: number[] | null = null;
  mask.forEach((v, p) => {
    if (!v) return;
    const x = p % W,
      y = Math.floor(p / W);
    b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x + 1), Math.max(b[3], y + 1)] : [x, y, x + 1, y + 1];
  });
  return b;
}

const obj = (o: Partial<SceneObject>): SceneObject => ({ shape: 'circle', colour: 0, cx: 8, cy: 8, size: 3, rotation: 0, sizeClass: 'medium', ...o });
const plain = (W: number, H: number, objects: SceneObject[]): SceneSpec => ({ width: W, height: H, objects, background: { base: [0, 0, 0], waves: [] } });

describe('shapes world generator', () => {
  const variants = [
    {},
    { width: 48, height: 40, background: 'texture' as const, noise: 0.05 },
    { width: 32, height: 32, singleObject: true, background: 'mixed' as const },
  ];

  it.each(variants)('gives identical bytes for the same seed (%o)', (opts) => {
    const a = shapesDataset(7, 12, opts);
    const b = shapesDataset(7, 12, opts);
    a.forEach((s, i) => {
      expect(same(s.image, b[i].image)).toBe(true);
      expect(same(s.classMask, b[i].classMask)).toBe(true);
      s.instanceMasks.forEach((m, k) => expect(same(m, b[i].instanceMasks[k])).toBe(true));
      expect(s.boxes).toEqual(b[i].boxes);
      expect(s.caption).toBe(b[i].caption);
    });
  });

  it('gives different images for different seeds, and for different scenes of one seed', () => {
    expect(same(shapesSample(7, 0).image, shapesSample(8, 0).image)).toBe(false);
    expect(same(shapesSample(7, 0).image, shapesSample(7, 1).image)).toBe(false);
  });

  it('regenerates scene i alone exactly as inside a data set', () => {
    expect(same(shapesDataset(3, 5)[4].image, shapesSample(3, 4).image)).toBe(true);
  });

  it('lays the image out as CHW [3, H, W] with values in [0, 1]', () => {
    const s = shapesSample(1, 0, { width: 20, height: 12, noise: 0.2, background: 'texture' });
    expect(s.image.length).toBe(3 * 20 * 12);
    expect(Math.min(...s.image)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...s.image)).toBeLessThanOrEqual(1);
  });

  it('draws 1–3 objects, exactly one with singleObject', () => {
    const counts = shapesDataset(2, 60).map((s) => s.objects.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(3);
    expect(shapesDataset(2, 30, { singleObject: true }).every((s) => s.objects.length === 1)).toBe(true);
  });

  describe.each([{}, { width: 32, height: 32, background: 'mixed' as const, noise: 0.03 }, { width: 80, height: 56 }])('labels of 80 scenes (%o)', (opts) => {
    const scenes = shapesDataset(11, 80, opts);
    const W = opts.width ?? DEFAULT_SHAPES_OPTIONS.width;

    it('box = tight bounds of its non-empty instance mask, inside the shape’s bounding circle', () => {
      for (const s of scenes) {
        s.objects.forEach((o, k) => {
          const b = boundsOf(s.instanceMasks[k], W);
          expect(b).not.toBeNull();
          expect(s.boxes[k]).toEqual(b);
          const r = boundingRadius(o.shape, o.size);
          expect(b![0]).toBeGreaterThanOrEqual(Math.floor(o.cx - r));
          expect(b![2]).toBeLessThanOrEqual(Math.ceil(o.cx + r));
          expect(b![1]).toBeGreaterThanOrEqual(Math.floor(o.cy - r));
          expect(b![3]).toBeLessThanOrEqual(Math.ceil(o.cy + r));
        });
      }
    });

    it('class mask agrees with the instance masks pixel by pixel, and instances do not overlap', () => {
      const bad: string[] = [];
      scenes.forEach((s, i) => {
        for (let p = 0; p < s.classMask.length; p++) {
          let owners = 0,
            expected = 0;
          s.instanceMasks.forEach((m, k) => {
            if (m[p]) {
              owners++;
              expected = 1 + s.labels[k];
            }
          });
          if (owners > 1 || s.classMask[p] !== expected) bad.push(`scene ${i} pixel ${p}: ${owners} owners, class ${s.classMask[p]} ≠ ${expected}`);
        }
      });
      expect(bad.slice(0, 5)).toEqual([]);
    });

    it('caption names every object’s colour and shape (as often as they occur)', () => {
      for (const s of scenes) {
        const words = s.objects.map((o) => `${COLOURS[o.colour].name} ${o.shape}`);
        for (const w of new Set(words)) {
          const need = words.filter((x) => x === w).length;
          expect(s.caption.split(w).length - 1, `${s.caption} / ${w}`).toBe(need);
        }
        expect(s.labels).toEqual(s.objects.map((o) => SHAPES.indexOf(o.shape)));
      }
    });
  });

  it('a circle of radius 3 centred at (8, 8) covers pixel centres 5.5…10.5: box [5, 5, 11, 11]', () => {
    const s = renderScene(plain(16, 16, [obj({})]), { noise: 0, antialias: 1 });
    expect(s.boxes[0]).toEqual([5, 5, 11, 11]);
    expect(s.classMask[8 * 16 + 8]).toBe(1);
  });

  it('paints the object colour exactly where every sub-sample is inside', () => {
    const s = renderScene(plain(16, 16, [obj({ shape: 'square', colour: 2, size: 5 })]), { noise: 0, antialias: 2 });
    const p = 8 * 16 + 8;
    expect([s.image[p], s.image[256 + p], s.image[512 + p]]).toEqual(COLOURS[2].rgb.map(Math.fround));
    expect(s.image[0]).toBe(0); // background corner
  });

  it('captions: one object, two with a relation, three from left to right', () => {
    const red = obj({ colour: 0, sizeClass: 'small' });
    const blueSq = obj({ shape: 'square', colour: 2, cy: 30 });
    const greenTri = obj({ shape: 'triangle', colour: 1, cx: 2, cy: 20, sizeClass: 'large' });
    expect(renderScene(plain(40, 40, [red]), { noise: 0, antialias: 1 }).caption).toBe('a small red circle');
    expect(renderScene(plain(40, 40, [red, blueSq]), { noise: 0, antialias: 1 }).caption).toBe('a small red circle above a blue square');
    expect(renderScene(plain(40, 40, [blueSq, red]), { noise: 0, antialias: 1 }).caption).toBe('a blue square below a small red circle');
    expect(renderScene(plain(40, 40, [red, blueSq, greenTri]), { noise: 0, antialias: 1 }).caption).toBe(
      'a large green triangle, a small red circle and a blue square, from left to right',
    );
  });
});
