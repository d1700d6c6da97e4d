import card from '../../../models/yolo-tiny/card.json';
import type { ShapesOptions } from '../../models/data/shapes';
import { composeScene } from '../../models/yolo/composeScene';
import { detBatch } from '../../models/yolo/data';
import { DEMO_STREAM, type metricsParams } from './meta';
import type { ParamValues } from '../params';

export interface SceneRequest {
  layout: ParamValues<typeof metricsParams>['layout'];
  count: number;
}

export interface DetectionScenes {
  images: Float32Array; // NCHW [n, 3, 64, 64]
  boxes: number[][][];
  labels: number[][];
}

// The card's JSON types these loosely; the training CLI wrote a ShapesOptions.
const options = card.data.options as Partial<ShapesOptions>;

/**
 * The metrics demo's held-out scenes of stream DEMO_STREAM (yolo-tiny trained on stream 1), with the
 * card's own data options: the stream as rendered for evaluation, crowded scenes (50 requested, as many
 * placed as fit) or empty ones. Forty antialiased scenes take a few hundred milliseconds, so the demo
 * renders them in the scenes worker (shared/sceneJobs.ts).
 */
export function detectionScenes({ layout, count }: SceneRequest): DetectionScenes {
  if (layout === 'stream') {
    const b = detBatch(DEMO_STREAM, 0, count, options);
    return { images: b.nchw, boxes: b.boxes, labels: b.labels };
  }
  const per = 3 * 64 * 64;
  const out: DetectionScenes = { images: new Float32Array(count * per), boxes: [], labels: [] };
  for (let i = 0; i < count; i++) {
    const s = composeScene(DEMO_STREAM, i, layout === 'empty' ? 0 : 50, options);
    out.images.set(s.image, i * per);
    out.boxes.push(s.boxes);
    out.labels.push(s.labels);
  }
  return out;
}
