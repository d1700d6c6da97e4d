import { greedyNms } from './nms';
import type { Tensor } from './tensor';

/**
 * Per-class NMS: boxes [N,4] = [x1, y1, x2, y2], scores [N], classIds [N] (any numbers; boxes
 * of different classes never suppress each other). Returns kept indices in decreasing score
 * order across all classes, like torchvision `batched_nms`, whose coordinate-offset trick
 * (shift each class by (max coordinate + 1)·class) gives exactly this result without the shift's
 * float rounding. Within one class the kept list equals `nms` on that class's boxes, which is
 * what onnxruntime's NonMaxSuppression returns per class (tested against it).
 */
export function batchedNms(boxes: Tensor, scores: ArrayLike<number>, classIds: ArrayLike<number>, iouThreshold: number): Int32Array {
  return greedyNms(boxes, scores, iouThreshold, classIds, 'batchedNms');
}
