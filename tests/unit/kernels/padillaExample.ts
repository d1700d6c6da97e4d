import { PADILLA_DET_XYWH, PADILLA_GROUND_TRUTHS, xyxy } from '../../../src/demos/detection-metrics/padilla';

/**
 * Padilla's worked example (rafaelpadilla/Object-Detection-Metrics, REFERENCE.md §8): the boxes are
 * the one table the demo's in-page check also reads (src/demos/detection-metrics/padilla.ts); the
 * expected AP values stay in the tests, copied from the published results.
 */
export { PADILLA_GROUND_TRUTHS };

/** Detections with the images in the given order (file order by default). */
export function padillaDetections(images = [1, 2, 3, 4, 5, 6, 7]) {
  return images.flatMap((image) => PADILLA_DET_XYWH[image].map(([score, ...b]) => ({ image, score, box: xyxy(b) })));
}
