import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/** Held-out scenes: yolo-tiny trained and validated on stream 1. */
export const DEMO_STREAM = 3031;
export const CLASSES = ['circle', 'square', 'triangle'] as const;

export const metricsParams = defineParams({
  layout: {
    type: 'enum',
    default: 'stream',
    options: { stream: 'held-out scenes (1–5 objects)', empty: 'empty scenes (no objects)', crowded: 'crowded (50 objects requested)' },
    label: 'Scenes',
  },
  scenes: { type: 'int', default: 40, min: 1, max: 200, label: 'Number of scenes' },
  cls: { type: 'enum', default: 'circle', options: CLASSES, label: 'Class ranked' },
  iou: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'IoU threshold for a true positive' },
  matching: {
    type: 'enum',
    default: 'voc',
    options: { voc: 'VOC / Padilla: best-IoU truth, taken or not', coco: 'pycocotools: best untaken truth' },
    label: 'Matching rule',
  },
  positive: { type: 'enum', default: 'circle', options: CLASSES, label: 'Positive class (one vs rest)' },
  threshold: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.01, label: 'Decision threshold: called the positive class when its probability ≥' },
  rows: { type: 'bool', default: false, label: 'Row-normalised (each true class sums to 1)' },
});

export const metricsMeta: DemoMeta<typeof metricsParams> = {
  id: 'detection-metrics',
  title: 'Detection metrics: ranked detections, precision–recall and AP',
  claim:
    'AP is the area under the precision–recall curve of detections ranked by score; the IoU threshold decides which are true positives, and VOC and COCO integrate the same curve differently.',
  questions: ['metrics/interpret-metrics', 'metrics/choose-metrics'],
  params: metricsParams,
  steps: () => [
    {
      say: 'Every circle detection yolo-tiny made on 40 held-out scenes, ranked by score and judged: a true positive if it overlaps an unclaimed true circle by IoU ≥ 0.5.',
      patch: { layout: 'stream', scenes: 40, cls: 'circle', iou: 0.5, matching: 'voc', positive: 'circle', threshold: 0.5, rows: false },
      show: 'table',
    },
    {
      say: 'Walking down the ranking gives one precision–recall point per detection. The envelope (max precision to the right) is what all three APs integrate.',
      show: 'curve',
    },
    {
      say: 'Raise the IoU threshold to 0.9: the same boxes, but loosely placed ones turn into false positives and AP falls. COCO averages AP over ten such thresholds.',
      patch: { iou: 0.9 },
      show: 'coco',
    },
    {
      say: 'Empty scenes: no ground truth, so recall and AP are undefined, and every detection is a false positive.',
      patch: { layout: 'empty', iou: 0.5 },
      show: 'table',
    },
    {
      say: 'The published worked example, recomputed on this page with the same code.',
      patch: { layout: 'stream' },
      show: 'check',
    },
    {
      say: 'A classifier instead: the shipped shape classifier on 300 held-out shapes. Rows are the true shape, columns the prediction; at threshold 0.5 for circle almost everything sits on the diagonal.',
      show: 'classifier',
    },
    {
      say: 'Raise the circle threshold to 0.999: only the most confident circles are still called circle, so circle precision stays high while its recall falls, and the point walks down the ROC curve.',
      patch: { threshold: 0.999 },
      show: 'classifier',
    },
    {
      say: 'Threshold 0: every image is called circle. Recall is 1, precision is the share of circles, and square and triangle have no predicted positives, so their precision is undefined.',
      patch: { threshold: 0 },
      show: 'classifier',
    },
    {
      say: 'Row-normalised at threshold 0.5: each row sums to 1, so the diagonal reads as each class’s recall.',
      patch: { threshold: 0.5, rows: true },
      show: 'classifier',
    },
  ],
};
