import type { Tensor } from '../../../kernels/tensor';
import { encodeModel } from '../onnxModel';

/**
 * One-node ONNX NonMaxSuppression (opset 11, center_point_box = 0) over one batch: boxes
 * [1,N,4] in ONNX's [y1, x1, y2, x2] order, scores [1,C,N]. The three scalars are graph inputs,
 * not initializers, so one session serves every threshold. Output selected_indices int64
 * [K,3] = (batch, class, box), per class in decreasing score order.
 */
export function nonMaxSuppressionModel(numBoxes: number, numClasses: number): Uint8Array {
  return encodeModel({
    opset: 11,
    nodes: [
      {
        op: 'NonMaxSuppression',
        inputs: ['boxes', 'scores', 'max_output_boxes_per_class', 'iou_threshold', 'score_threshold'],
        outputs: ['selected_indices'],
        attrs: { center_point_box: { int: 0 } },
      },
    ],
    inputs: [
      { name: 'boxes', type: 'float', shape: [1, numBoxes, 4] },
      { name: 'scores', type: 'float', shape: [1, numClasses, numBoxes] },
      { name: 'max_output_boxes_per_class', type: 'int64', shape: [1] },
      { name: 'iou_threshold', type: 'float', shape: [1] },
      { name: 'score_threshold', type: 'float', shape: [1] },
    ],
    outputs: [{ name: 'selected_indices', type: 'int64', shape: ['selected', 3] }],
  });
}

/**
 * Feeds for nonMaxSuppressionModel from our [x1, y1, x2, y2] boxes and class-major scores [C·N].
 * Every box may be selected (max_output_boxes_per_class = N); ORT keeps a score only if it is
 * strictly greater than scoreThreshold.
 */
export function nonMaxSuppressionFeeds(boxes: Tensor, scores: ArrayLike<number>, iouThreshold: number, scoreThreshold: number) {
  const n = boxes.shape[0];
  const yx = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const [x1, y1, x2, y2] = boxes.data.subarray(4 * i, 4 * i + 4);
    yx.set([y1, x1, y2, x2], 4 * i);
  }
  return {
    boxes: { data: yx, shape: [1, n, 4] },
    scores: { data: Float32Array.from(scores), shape: [1, scores.length / n, n] },
    max_output_boxes_per_class: { data: BigInt64Array.of(BigInt(n)), shape: [1] },
    iou_threshold: { data: Float32Array.of(iouThreshold), shape: [1] },
    score_threshold: { data: Float32Array.of(scoreThreshold), shape: [1] },
  };
}
