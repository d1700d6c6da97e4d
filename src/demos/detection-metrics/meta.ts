import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/** Held-out scenes: yolo-tiny trained and validated on stream 1. */
export const DEMO_STREAM = 3031;
export const LAYOUTS = ['stream', 'empty', 'crowded'] as const;
export const CLASSES = ['circle', 'square', 'triangle'] as const;

export const metricsParams = defineParams({
  layout: {
    type: 'enum',
    default: 'stream',
    options: LAYOUTS,
    label: 'Scenes',
    optionLabels: { stream: 'held-out scenes (1–5 objects)', empty: 'empty scenes (no objects)', crowded: 'crowded (50 objects requested)' },
  },
  scenes: { type: 'int', default: 40, min: 1, max: 200, label: 'Number of scenes' },
  cls: { type: 'enum', default: 'circle', options: CLASSES, label: 'Class ranked' },
  iou: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'IoU threshold for a true positive' },
  matching: {
    type: 'enum',
    default: 'voc',
    options: ['voc', 'coco'],
    label: 'Matching rule',
    optionLabels: { voc: 'VOC / Padilla: best-IoU truth, taken or not', coco: 'pycocotools: best untaken truth' },
  },
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
      patch: { layout: 'stream', scenes: 40, cls: 'circle', iou: 0.5, matching: 'voc' },
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
  ],
};
