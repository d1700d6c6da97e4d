import { describe, expect, it } from 'vitest';
import { averagePrecision, AP_METHODS, type ApMethod } from '../../../src/kernels/averagePrecision';
import { randInt, randomSeeded, uniform, type Random } from '../../../src/kernels/random';
import { padillaDetections, PADILLA_GROUND_TRUTHS } from './padillaExample';

// Padilla's tests/test_case_1.py expectations, REFERENCE.md §8, printed to 10 decimals (some
// truncated, e.g. .2683982683 for .26839826839…), so agreement is asserted to 1e-10.
const PUBLISHED = [
  { t: 0.1, elevenPoint: 0.3333333333, allPoint: 0.3371980676 },
  { t: 0.3, elevenPoint: 0.2683982683, allPoint: 0.2456866804 },
  { t: 0.5, elevenPoint: 0.0303030303, allPoint: 0.0222222222 },
  { t: 0.75, elevenPoint: 0, allPoint: 0 },
];
const TEN_DECIMALS = 1.01e-10;
// Values REFERENCE.md gives to 4 decimals are checked to ±5e-5. Exact rationals (k/15, 6/11, …)
// are checked with toBeCloseTo(·, 12) or (·, 15), i.e. ±5e-13 / ±5e-16: float64 rounding of sums
// of at most ~100 terms stays well inside the first, of ≤ 3 operations inside the second.

describe('Padilla’s worked example (VOC matching, pixel-inclusive "+1" boxes)', () => {
  const dets = padillaDetections();
  const gts = PADILLA_GROUND_TRUTHS;
  it('has 15 ground truths and 24 detections', () => expect([gts.length, dets.length]).toEqual([15, 24]));

  it.each(PUBLISHED)('at IoU $t: 11-point AP $elevenPoint and all-point AP $allPoint', ({ t, elevenPoint, allPoint }) => {
    const opts = { iouThreshold: t, pixelOffset: 1 } as const;
    expect(Math.abs(averagePrecision(dets, gts, { ...opts, method: '11-point' }).ap - elevenPoint)).toBeLessThan(TEN_DECIMALS);
    expect(Math.abs(averagePrecision(dets, gts, { ...opts, method: 'all-point' }).ap - allPoint)).toBeLessThan(TEN_DECIMALS);
  });

  it('at IoU .3 its table reads recall 1/15 = 0.0666 at rank 2 and precision 0.4 at rank 15 (row N)', () => {
    const { precision, recall } = averagePrecision(dets, gts, { iouThreshold: 0.3, method: 'all-point', pixelOffset: 1 });
    expect(recall[1]).toBeCloseTo(1 / 15, 12);
    expect(precision[14]).toBeCloseTo(0.4, 12);
  });

  it('with continuous boxes instead, all-point AP at IoU .3 drops to .2254 (REFERENCE.md §8, 4 decimals)', () => {
    const ap = averagePrecision(dets, gts, { iouThreshold: 0.3, method: 'all-point' }).ap;
    expect(Math.abs(ap - 0.2254)).toBeLessThan(5e-5);
  });

  it('breaking the .95 tie the other way (image 7 before image 5) gives .2235 at IoU .3', () => {
    const reversed = padillaDetections([1, 2, 3, 4, 6, 7, 5]);
    const ap = averagePrecision(reversed, gts, { iouThreshold: 0.3, method: 'all-point', pixelOffset: 1 }).ap;
    expect(Math.abs(ap - 0.2235)).toBeLessThan(5e-5);
  });
});

const box = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y2];

describe('hand cases', () => {
  const gt = [{ image: 'a', box: box(0, 0, 10, 10) }];

  it.each(AP_METHODS)('no ground truth: recall and %s AP are NaN, precision is 0', (method) => {
    const r = averagePrecision([{ image: 'a', box: box(0, 0, 10, 10), score: 0.9 }], [], { iouThreshold: 0.5, method });
    expect(r.ap).toBeNaN();
    expect(r.recall[0]).toBeNaN();
    expect(r.precision).toEqual([0]);
  });

  it.each(AP_METHODS)('no detections: %s AP is 0 and both curves are empty', (method) => {
    expect(averagePrecision([], gt, { iouThreshold: 0.5, method })).toEqual({ ap: 0, precision: [], recall: [] });
  });

  it.each(AP_METHODS)('three duplicates of one object: TP, FP, FP, and %s AP is still 1', (method) => {
    const dup = [0.9, 0.8, 0.7].map((score) => ({ image: 'a', box: box(0, 0, 10, 10), score }));
    const r = averagePrecision(dup, gt, { iouThreshold: 0.5, method });
    expect(r.precision).toEqual([1, 1 / 2, 1 / 3]);
    expect(r.recall).toEqual([1, 1, 1]);
    expect(r.ap).toBe(1);
  });

  it('one hit in two objects found first, then a miss: all-point .5, 11-point 6/11, COCO 51/101', () => {
    // Recall .5 at precision 1, then precision .5: the envelope is 1 on [0, .5] and 0 beyond.
    const gts = [...gt, { image: 'a', box: box(50, 50, 60, 60) }];
    const dets = [
      { image: 'a', box: box(0, 0, 10, 10), score: 0.9 },
      { image: 'a', box: box(20, 20, 30, 30), score: 0.8 },
    ];
    const ap = (method: ApMethod) => averagePrecision(dets, gts, { iouThreshold: 0.5, method }).ap;
    expect(ap('all-point')).toBe(0.5);
    expect(ap('11-point')).toBeCloseTo(6 / 11, 15); // t = 0, .1, …, .5
    expect(ap('coco-101')).toBeCloseTo(51 / 101, 15); // t = 0, .01, …, .5
  });

  it('VOC matching wastes a detection on a taken best match; COCO matching gives it the free one', () => {
    // d2 overlaps A (taken by d1) with IoU 70/130 and B with 50/150 = 1/3 ≥ .3.
    const gts = [
      { image: 1, box: box(0, 0, 10, 10) },
      { image: 1, box: box(8, 0, 18, 10) },
    ];
    const dets = [
      { image: 1, box: box(0, 0, 10, 10), score: 0.9 },
      { image: 1, box: box(3, 0, 13, 10), score: 0.8 },
    ];
    const voc = averagePrecision(dets, gts, { iouThreshold: 0.3, method: 'all-point', matching: 'voc' });
    const coco = averagePrecision(dets, gts, { iouThreshold: 0.3, method: 'all-point', matching: 'coco' });
    expect([voc.precision, voc.recall, voc.ap]).toEqual([[1, 0.5], [0.5, 0.5], 0.5]);
    expect([coco.precision, coco.recall, coco.ap]).toEqual([[1, 1], [0.5, 1], 1]);
  });

  it('at threshold 1 only an exact box is a TP; at threshold 0 a box touching nothing is still a FP', () => {
    const at = (t: number, b: number[], matching: 'voc' | 'coco') =>
      averagePrecision([{ image: 'a', box: b, score: 1 }], gt, { iouThreshold: t, method: 'all-point', matching }).ap;
    for (const m of ['voc', 'coco'] as const) {
      expect(at(1, box(0, 0, 10, 10), m)).toBe(1);
      expect(at(1, box(0, 0, 10, 10.001), m)).toBe(0);
      expect(at(0, box(0, 0, 1, 1), m)).toBe(1);
      expect(at(0, box(20, 20, 30, 30), m)).toBe(0);
    }
  });

  it('rejects an unknown method and a malformed box', () => {
    expect(() => averagePrecision([], gt, { iouThreshold: 0.5, method: 'x' as ApMethod })).toThrow(/method must be one of/);
    expect(() => averagePrecision([{ image: 'a', box: [0, 0, 1], score: 1 }], gt, { iouThreshold: 0.5, method: 'all-point' })).toThrow(
      /detection 0 box must be 4 finite numbers/,
    );
  });
});

/** A seeded scene set: jittered copies of the ground truths as hits, plus random boxes as noise. */
function randomScenes(rand: Random) {
  const gts: { image: number; box: number[] }[] = [];
  const dets: { image: number; box: number[]; score: number }[] = [];
  const images = randInt(rand, 1, 6);
  for (let image = 0; image < images; image++) {
    const objects = randInt(rand, 0, 5);
    for (let k = 0; k < objects; k++) {
      const [x, y, w, h] = [uniform(rand, 0, 200), uniform(rand, 0, 200), uniform(rand, 10, 60), uniform(rand, 10, 60)];
      gts.push({ image, box: [x, y, x + w, y + h] });
      const copies = randInt(rand, 0, 2);
      for (let c = 0; c < copies; c++) {
        const j = () => uniform(rand, -0.3, 0.3) * w;
        dets.push({ image, box: [x + j(), y + j(), x + w + j(), y + h + j()], score: rand() });
      }
    }
    const noise = randInt(rand, 0, 4);
    for (let k = 0; k < noise; k++) {
      const [x, y] = [uniform(rand, 0, 200), uniform(rand, 0, 200)];
      dets.push({ image, box: [x, y, x + uniform(rand, 10, 60), y + uniform(rand, 10, 60)], score: rand() });
    }
  }
  return { gts, dets };
}

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

describe('properties on 60 seeded random scene sets, every method and both matchings', () => {
  const settings = AP_METHODS.flatMap((method) => (['voc', 'coco'] as const).map((matching) => ({ method, matching, iouThreshold: 0.5 })));
  const scenes = SEEDS.map((seed) => randomScenes(randomSeeded(seed))).filter((s) => s.gts.length > 0);
  it('has scene sets with ground truth to test', () => expect(scenes.length).toBeGreaterThan(40));

  it('adding a false positive scored below every detection never raises AP (it leaves it unchanged)', () => {
    for (const { gts, dets } of scenes) {
      const fp = { image: 'nowhere', box: box(0, 0, 5, 5), score: -1 };
      for (const opts of settings) expect(averagePrecision([...dets, fp], gts, opts).ap).toBe(averagePrecision(dets, gts, opts).ap);
    }
  });

  it('adding a false positive at any score never raises AP', () => {
    const rand = randomSeeded(99);
    for (const { gts, dets } of scenes) {
      const fp = { image: 'nowhere', box: box(0, 0, 5, 5), score: rand() };
      for (const opts of settings) expect(averagePrecision([...dets, fp], gts, opts).ap).toBeLessThanOrEqual(averagePrecision(dets, gts, opts).ap);
    }
  });

  it('AP lies in [0, final recall], and 101-point (11-point) is within 1/101 (1/11) of all-point', () => {
    // The envelope E(r) is non-increasing, all-point AP = ∫E, and a mean of E at n+1 evenly spaced
    // points lies between (n·∫E + E(1))/(n+1) and (n·∫E + E(0))/(n+1): within 1/(n+1) of ∫E.
    for (const { gts, dets } of scenes) {
      for (const matching of ['voc', 'coco'] as const) {
        const r = (method: ApMethod) => averagePrecision(dets, gts, { iouThreshold: 0.5, method, matching });
        const all = r('all-point');
        const finalRecall = all.recall.at(-1) ?? 0;
        expect(all.ap).toBeGreaterThanOrEqual(0);
        expect(all.ap).toBeLessThanOrEqual(finalRecall + 1e-12);
        expect(Math.abs(r('coco-101').ap - all.ap)).toBeLessThanOrEqual(1 / 101 + 1e-12);
        expect(Math.abs(r('11-point').ap - all.ap)).toBeLessThanOrEqual(1 / 11 + 1e-12);
      }
    }
  });

  it('detections equal to the ground truths, in any score order, give AP 1', () => {
    const rand = randomSeeded(5);
    for (const { gts } of scenes) {
      const dets = gts.map((g) => ({ ...g, score: rand() }));
      for (const opts of settings) expect(averagePrecision(dets, gts, opts).ap).toBeCloseTo(1, 12);
    }
  });
});
