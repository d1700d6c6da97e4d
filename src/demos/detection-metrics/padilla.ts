import { averagePrecision } from '../../kernels/averagePrecision';

/**
 * Padilla's worked example (rafaelpadilla/Object-Detection-Metrics, groundtruths/ and detections/;
 * REFERENCE.md §8): one class, seven images, boxes x y w h in pixels, detections in file order
 * (the two .95 scores tie and must be taken in that order), and the AP its tests/test_case_1.py
 * expects. The page recomputes it with our averagePrecision on a button press.
 */
export const PADILLA_GT_XYWH: Record<number, number[][]> = {
  1: [
    [25, 16, 38, 56],
    [129, 123, 41, 62],
  ],
  2: [
    [123, 11, 43, 55],
    [38, 132, 59, 45],
  ],
  3: [
    [16, 14, 35, 48],
    [123, 30, 49, 44],
    [99, 139, 47, 47],
  ],
  4: [
    [53, 42, 40, 52],
    [154, 43, 31, 34],
  ],
  5: [
    [59, 31, 44, 51],
    [48, 128, 34, 52],
  ],
  6: [
    [36, 89, 52, 76],
    [62, 58, 44, 67],
  ],
  7: [
    [28, 31, 55, 63],
    [58, 67, 50, 58],
  ],
};
export const PADILLA_DET_XYWH: Record<number, number[][]> = {
  1: [
    [0.88, 5, 67, 31, 48],
    [0.7, 119, 111, 40, 67],
    [0.8, 124, 9, 49, 67],
  ],
  2: [
    [0.71, 64, 111, 64, 58],
    [0.54, 26, 140, 60, 47],
    [0.74, 19, 18, 43, 35],
  ],
  3: [
    [0.18, 109, 15, 77, 39],
    [0.67, 86, 63, 46, 45],
    [0.38, 160, 62, 36, 53],
    [0.91, 105, 131, 47, 47],
    [0.44, 18, 148, 40, 44],
  ],
  4: [
    [0.35, 83, 28, 28, 26],
    [0.78, 28, 68, 42, 67],
    [0.45, 87, 89, 25, 39],
    [0.14, 10, 155, 60, 26],
  ],
  5: [
    [0.62, 50, 38, 28, 46],
    [0.44, 95, 11, 53, 28],
    [0.95, 29, 131, 72, 29],
    [0.23, 29, 163, 72, 29],
  ],
  6: [
    [0.45, 43, 48, 74, 38],
    [0.84, 17, 155, 29, 35],
    [0.43, 95, 110, 25, 42],
  ],
  7: [
    [0.48, 16, 20, 101, 88],
    [0.95, 33, 116, 37, 49],
  ],
};

export const xyxy = ([x, y, w, h]: number[]) => [x, y, x + w, y + h]; // Padilla's BoundingBox

export const PADILLA_GROUND_TRUTHS = Object.entries(PADILLA_GT_XYWH).flatMap(([image, boxes]) => boxes.map((b) => ({ image: Number(image), box: xyxy(b) })));
export const PADILLA_DETECTIONS = Object.entries(PADILLA_DET_XYWH).flatMap(([image, dets]) =>
  dets.map(([score, ...b]) => ({ image: Number(image), score, box: xyxy(b) })),
);

/** tests/test_case_1.py, printed to 10 decimals (some truncated). */
export const PADILLA_PUBLISHED = [
  { iou: 0.1, elevenPoint: 0.3333333333, allPoint: 0.3371980676 },
  { iou: 0.3, elevenPoint: 0.2683982683, allPoint: 0.2456866804 },
  { iou: 0.5, elevenPoint: 0.0303030303, allPoint: 0.0222222222 },
  { iou: 0.75, elevenPoint: 0, allPoint: 0 },
] as const;

/** The published values to their printed precision: a truncated 10th decimal is off by < 1e-10. */
export const PADILLA_TOLERANCE = 1.01e-10;

export interface PadillaRow {
  iou: number;
  method: '11-point' | 'all-point';
  published: number;
  ours: number;
  ok: boolean;
}

/** Recomputes every published number with VOC matching and VOC's "+1" pixel boxes, as Padilla's code does. */
export function checkPadilla(): PadillaRow[] {
  return PADILLA_PUBLISHED.flatMap(({ iou, elevenPoint, allPoint }) =>
    (
      [
        ['11-point', elevenPoint],
        ['all-point', allPoint],
      ] as const
    ).map(([method, published]) => {
      const ours = averagePrecision(PADILLA_DETECTIONS, PADILLA_GROUND_TRUTHS, { iouThreshold: iou, method, matching: 'voc', pixelOffset: 1 }).ap;
      return { iou, method, published, ours, ok: Math.abs(ours - published) < PADILLA_TOLERANCE };
    }),
  );
}
