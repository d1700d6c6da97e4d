import type { Tensor } from '../../../src/kernels/tensor';
import { nonMaxSuppressionFeeds, nonMaxSuppressionModel } from '../../../src/models/onnx/reference/nonMaxSuppression';
import { createSession, loadOrt } from '../../../src/models/runtime/ort';

/**
 * Runs onnxruntime-web's NonMaxSuppression once: the reference for nms and batchedNms. Returns
 * the selected (class, box) pairs in ORT's order. runSession copies outputs to Float32Array,
 * which cannot hold int64, so this reads the BigInt64Array itself.
 */
export async function ortNonMaxSuppression(
  boxes: Tensor,
  scores: ArrayLike<number>, // class-major [C·N]
  iouThreshold: number,
  scoreThreshold: number,
): Promise<{ cls: number; box: number }[]> {
  const ort = await loadOrt();
  const n = boxes.shape[0];
  const session = await createSession(nonMaxSuppressionModel(n, scores.length / n));
  try {
    const feeds = nonMaxSuppressionFeeds(boxes, scores, iouThreshold, scoreThreshold);
    const inputs = {
      boxes: new ort.Tensor('float32', feeds.boxes.data, feeds.boxes.shape),
      scores: new ort.Tensor('float32', feeds.scores.data, feeds.scores.shape),
      max_output_boxes_per_class: new ort.Tensor('int64', feeds.max_output_boxes_per_class.data, [1]),
      iou_threshold: new ort.Tensor('float32', feeds.iou_threshold.data, [1]),
      score_threshold: new ort.Tensor('float32', feeds.score_threshold.data, [1]),
    };
    const out = (await session.run(inputs)).selected_indices;
    const sel = out.data as BigInt64Array;
    const pairs = Array.from({ length: out.dims[0] }, (_, k) => ({ cls: Number(sel[3 * k + 1]), box: Number(sel[3 * k + 2]) }));
    out.dispose();
    return pairs;
  } finally {
    await session.release();
  }
}
