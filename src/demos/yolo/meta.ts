import type { DemoMeta } from '../types';
import { UPLOAD_NOT_IN_LINKS, defineParams, type ParamValues } from '../params';

/**
 * Scenes come from a shapes-world stream yolo-tiny never trained on (it trained and validated on
 * stream 1), composed with an exact object count (src/models/yolo/composeScene.ts).
 */
export const DEMO_STREAM = 2025;

export const yoloParams = defineParams({
  scene: { type: 'int', default: 4, min: 0, max: 9999, label: `Scene (held-out stream ${DEMO_STREAM})` },
  objects: { type: 'int', default: 4, min: 0, max: 50, label: 'Objects requested (0 = empty scene; trained on 1–5)' },
  source: {
    type: 'enum',
    default: 'scene',
    options: { scene: 'shapes-world scene', draw: 'draw your own', upload: 'upload a picture' },
    label: 'Image',
    unrestorable: UPLOAD_NOT_IN_LINKS,
  },
  stage: {
    type: 'enum',
    default: 'final',
    options: { grid: '1 grid', anchors: '2 anchors', raw: '3 raw', threshold: '4 threshold', nms: '5 NMS', final: '6 final' },
    label: 'Stage shown',
  },
  top: { type: 'int', default: 24, min: 1, max: 192, label: 'Raw boxes shown, best scores first (of 192)' },
  score: { type: 'number', default: 0.25, min: 0, max: 1, step: 0.01, label: 'Confidence threshold on objectness × class probability' },
  iou: { type: 'number', default: 0.45, min: 0, max: 1, step: 0.01, label: 'NMS IoU threshold (suppress above)' },
  box: { type: 'int', default: -1, min: -1, max: 191, label: 'Selected prediction (head row, −1: none)' },
});

export type Stage = ParamValues<typeof yoloParams>['stage'];

export const yoloMeta: DemoMeta<typeof yoloParams> = {
  id: 'yolo',
  title: 'YOLO: a grid of cells, anchors, and the boxes NMS keeps',
  claim:
    'A one-stage detector predicts a box for every cell and anchor at once; a score threshold and non-maximum suppression turn those 192 guesses into one box per object.',
  questions: ['model-architecture/yolo', 'segmentation-detection/yolo-mask-rcnn'],
  params: yoloParams,
  steps: () => [
    {
      say: 'The 64×64 input cut into an 8×8 grid: each 8-pixel cell predicts 3 boxes, one per anchor, 192 in all. Dashed: the ground-truth boxes; dots: their centres.',
      patch: { stage: 'grid', box: -1, source: 'scene' },
      show: 'figure',
    },
    {
      say: 'Training makes the cell holding a box’s centre responsible for it, and of its three anchors (sizes from k-means over the training boxes) the one whose shape overlaps the box most.',
      patch: { stage: 'anchors' },
    },
    {
      say: 'What the network outputs: every cell and anchor decodes to a box (σ offsets inside the cell, e^t scales of the anchor). Shown: the highest-scoring raw boxes; many pile up on each object.',
      patch: { stage: 'raw' },
    },
    {
      say: 'The confidence threshold drops the boxes whose objectness × class probability is low: the background cells go, several boxes per object stay.',
      patch: { stage: 'threshold' },
    },
    {
      say: 'Non-maximum suppression, per class: keep the best box, drop those overlapping it by more than the IoU threshold, repeat. Struck out: the suppressed duplicates.',
      patch: { stage: 'nms' },
    },
    {
      say: 'The detections: one box per object, with class and score. Hover one to see its decoded formula with the numbers filled in.',
      patch: { stage: 'final' },
    },
  ],
};
