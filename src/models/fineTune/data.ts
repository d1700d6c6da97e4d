import { imageBatch } from '../data/imageBatch';
import { COLOURS } from '../data/palette';
import { CLASSIFIER_DATA, type ClassifierBatch } from '../shapeClassifier/data';

/**
 * New classes for the shipped shape classifier, on its own images (32×32, CLASSIFIER_DATA): round
 * (circle) vs cornered (square or triangle), a new label set built from what the backbone already
 * sees; the object's colour (5 palette colours); or its size class (thirds of the size range), which
 * the backbone was never asked to tell apart (a shape classifier learns to ignore colour and size). Labels are drawn by the scene generator, so classes are
 * balanced only on average.
 */
export type TransferTask = 'corners' | 'colour' | 'size';
const SIZES = ['small', 'medium', 'large'] as const;

export const TRANSFER_CLASSES: Record<TransferTask, readonly string[]> = { corners: ['round', 'cornered'], colour: COLOURS.map((c) => c.name), size: SIZES };

export function transferBatch(task: TransferTask, seed: number, start: number, count: number): ClassifierBatch {
  const labels = new Int32Array(count);
  const b = imageBatch(seed, start, count, CLASSIFIER_DATA, (s, i) => {
    const o = s.objects[0];
    labels[i] = task === 'colour' ? o.colour : task === 'size' ? SIZES.indexOf(o.sizeClass) : o.shape === 'circle' ? 0 : 1;
  });
  return { ...b, labels };
}
