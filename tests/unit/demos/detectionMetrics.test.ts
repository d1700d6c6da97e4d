import { describe, expect, it } from 'vitest';
import { checkPadilla, PADILLA_DETECTIONS, PADILLA_GROUND_TRUTHS } from '../../../src/demos/detection-metrics/padilla';
import { interpolationCurves, rankDetections, type Point } from '../../../src/demos/detection-metrics/ranking';

/** Area under a path of points (trapezoids; the envelope's steps make it exact). */
const area = (pts: Point[]) => pts.slice(1).reduce((s, p, i) => s + ((p.x - pts[i].x) * (p.y + pts[i].y)) / 2, 0);
const mean = (pts: Point[]) => pts.reduce((s, p) => s + p.y, 0) / pts.length;
const opts = { iouThreshold: 0.3, matching: 'voc', pixelOffset: 1 } as const;
// Padilla's expectations are printed to 10 decimals (REFERENCE.md §8); the page's curves are
// float64 sums of ≤ 25 terms, far inside that.
const TEN_DECIMALS = 1.01e-10;

describe('detection-metrics demo: Padilla’s worked example', () => {
  it('the check recomputes all eight published AP values', () => {
    const rows = checkPadilla();
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(Math.abs(r.ours - r.published), `${r.method} at ${r.iou}`).toBeLessThan(TEN_DECIMALS);
  });

  it('at IoU .3 the ranked table has its true positives at ranks 1, 3, 10, 12, 13, 14 and 23 (the notebook’s trace)', () => {
    const r = rankDetections(PADILLA_DETECTIONS, PADILLA_GROUND_TRUTHS, opts);
    expect(r.rows.filter((x) => x.tp).map((x) => x.rank)).toEqual([1, 3, 10, 12, 13, 14, 23]);
    expect(r.rows.at(-1)).toMatchObject({ cumTp: 7, cumFp: 17 });
    expect(r.rows.at(-1)!.precision).toBeCloseTo(7 / 24, 12);
    expect(r.rows.at(-1)!.recall).toBeCloseTo(7 / 15, 12);
  });

  it('the drawn envelope encloses the published all-point AP and the 11 drawn points average to the published 11-point AP', () => {
    const r = rankDetections(PADILLA_DETECTIONS, PADILLA_GROUND_TRUTHS, opts);
    const c = interpolationCurves(
      r.rows.map((x) => x.precision),
      r.rows.map((x) => x.recall),
    );
    expect(Math.abs(area(c.envelope) - 0.2456866804)).toBeLessThan(TEN_DECIMALS);
    expect(c.eleven).toHaveLength(11);
    expect(Math.abs(mean(c.eleven) - 0.2683982683)).toBeLessThan(TEN_DECIMALS);
    expect(c.coco).toHaveLength(101);
    expect(mean(c.coco)).toBeCloseTo(r.ap['coco-101'], 12);
  });

  it('draws nothing when there is no detection or no ground truth', () => {
    expect(interpolationCurves([], [])).toEqual({ raw: [], envelope: [], eleven: [], coco: [] });
    expect(interpolationCurves([0], [NaN]).envelope).toEqual([]);
  });
});
