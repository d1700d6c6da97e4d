import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'choose-metrics': [
    {
      id: 'defect-precision',
      kind: 'numeric',
      prompt: '1,000 test images, 100 defective: TP = 80, FN = 20, FP = 40, TN = 860. What is the precision?',
      answer: 0.667,
      tolerance: 0.005,
      // 80/120 = 0.6667; ±0.005 rejects recall 0.80 and accuracy 0.94.
      explain: 'Precision = TP / (TP + FP) = 80 / 120 ≈ 0.667: a third of the alarms are false.',
    },
    {
      id: 'defect-f1',
      kind: 'numeric',
      prompt: 'Same table (precision 0.667, recall 0.80). What is F1?',
      answer: 0.727,
      tolerance: 0.005,
      // 160/220 = 0.7273; ±0.005 rejects the arithmetic mean 0.733 and P·R = 0.533.
      explain: 'F1 = 2PR / (P + R) = 2·0.667·0.80 / 1.467 ≈ 0.727 (equivalently 2TP / (2TP + FP + FN) = 160/220).',
    },
    {
      id: 'dice-from-iou',
      kind: 'numeric',
      prompt: 'A single predicted mask has IoU 0.5 with its ground truth. What is its Dice score?',
      answer: 0.667,
      tolerance: 0.005,
      // 2·0.5/1.5 = 0.6667; ±0.005 rejects the IoU itself (0.5).
      explain: 'Dice = 2·IoU / (1 + IoU) = 1 / 1.5 ≈ 0.667; Dice ≥ IoU and is a monotonic function of it for one mask.',
    },
    {
      id: 'miou-vs-pixel',
      kind: 'choice',
      prompt: 'Why is mean IoU preferred to pixel accuracy for semantic segmentation?',
      options: [
        { text: 'Pixel accuracy is dominated by large classes such as background; mIoU weighs every class equally', correct: true },
        {
          text: 'Pixel accuracy cannot be computed for more than two classes',
          why: 'It can: it is the fraction of correctly labelled pixels for any number of classes.',
        },
        { text: 'mIoU ignores false positives', why: 'IoU’s union includes false positives, so it penalises them.' },
        { text: 'mIoU does not need ground-truth masks', why: 'Both need ground truth; mIoU divides the overlap by the union per class.' },
      ],
      explain: 'Averaging per class means a missed small class costs as much as a missed large one.',
    },
  ],
  'interpret-metrics': [
    {
      id: 'bird-precision',
      kind: 'choice',
      prompt:
        'Rows are true classes, columns predictions: cat row (40, 8, 2), dog row (5, 30, 5), bird row (0, 2, 8). Bird’s precision is 8/15 = 0.53 while its recall is 0.80. What does that say?',
      options: [
        { text: 'The model over-predicts bird: 7 cats and dogs were called bird', correct: true },
        { text: 'The model misses most real birds', why: 'Recall is 0.80: it finds 8 of the 10 real birds. Low precision means false “bird” predictions.' },
        { text: 'Bird is the class the model handles best', why: 'Its F1 is the lowest of the three (0.64).' },
        {
          text: 'Precision and recall are equal for every class in a confusion matrix',
          why: 'They divide the same diagonal cell by different totals: the column (precision) and the row (recall).',
        },
      ],
      explain: 'Column bird holds 2 cats and 5 dogs beside the 8 true birds, so the rare class is over-predicted.',
    },
    {
      id: 'micro-f1',
      kind: 'choice',
      prompt: 'For a single-label multi-class problem, what does micro-F1 equal?',
      options: [
        { text: 'Accuracy', correct: true },
        { text: 'Macro-F1', why: 'Macro-F1 is the unweighted mean of per-class F1 (0.744 in the worked example, vs 0.78 accuracy).' },
        { text: 'Weighted F1', why: 'Weighted F1 weights per-class F1 by support (0.785 in the example); it is not pooled.' },
        { text: 'The F1 of the largest class', why: 'Micro-F1 pools all cells over every class.' },
      ],
      explain: 'Pooled over classes, every wrong prediction is one FP and one FN, so micro precision = micro recall = accuracy.',
    },
    {
      id: 'coco-thresholds',
      kind: 'numeric',
      prompt: 'COCO AP@[.50:.05:.95] averages over how many IoU thresholds?',
      answer: 10,
      tolerance: 0.5,
      unit: 'thresholds',
      explain: '0.50, 0.55, …, 0.95 is ten thresholds; at each, precision is interpolated at 101 recall points, then averaged over classes.',
    },
    {
      id: 'ap50-vs-ap',
      kind: 'choice',
      prompt: 'A detector has high AP50 but low AP@[.5:.95]. What does that tell you?',
      options: [
        { text: 'It finds the objects but localises them loosely', correct: true },
        { text: 'It misses most objects', why: 'High AP50 means it finds them at a lenient IoU; strict thresholds are what fail.' },
        { text: 'It has too many false positives at every IoU', why: 'Then AP50 would be low too.' },
        { text: 'The two numbers come from different datasets', why: 'Both come from the same evaluation; they differ in the IoU thresholds.' },
      ],
      explain: 'AP@[.5:.95] includes strict IoU thresholds up to 0.95, which reward tight boxes.',
    },
  ],
};
