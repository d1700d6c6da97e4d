import card from '../../../models/yolo-tiny/card.json';
import modelUrl from '../../../models/yolo-tiny/yolo-tiny.onnx?url';
import type { ShapesOptions } from '../../models/data/shapes';
import { composeScene } from '../../models/yolo/composeScene';
import { detBatch } from '../../models/yolo/data';
import { detect, type Box, type DetectOptions } from '../../models/yolo/detect';
import type { Anchor } from '../../models/yolo/targets';
import { cocoMeanAveragePrecision, type LabeledDetection, type LabeledGroundTruth } from '../../kernels/meanAveragePrecision';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import type { ParamValues } from '../params';
import { runYolo } from '../yolo/runYolo';
import { interpolationCurves, rankDetections } from './ranking';
import { CLASSES, DEMO_STREAM, type metricsParams } from './meta';

type Params = ParamValues<typeof metricsParams>;
// The card's JSON types these loosely; the training CLI wrote exactly these shapes.
const options = card.data.options as Partial<ShapesOptions>;
const post: DetectOptions = { anchors: card.io.anchors as unknown as Anchor[], ...card.io.postprocess };

interface Scenes {
  images: Float32Array; // NCHW [n, 3, 64, 64]
  boxes: number[][][];
  labels: number[][];
}

function scenes(layout: Params['layout'], n: number): Scenes {
  if (layout === 'stream') {
    const b = detBatch(DEMO_STREAM, 0, n, options);
    return { images: b.nchw, boxes: b.boxes, labels: b.labels };
  }
  const per = 3 * 64 * 64;
  const out: Scenes = { images: new Float32Array(n * per), boxes: [], labels: [] };
  for (let i = 0; i < n; i++) {
    const s = composeScene(DEMO_STREAM, i, layout === 'empty' ? 0 : 50, options);
    out.images.set(s.image, i * per);
    out.boxes.push(s.boxes);
    out.labels.push(s.labels);
  }
  return out;
}

/**
 * The metrics demo's state: a batch of held-out scenes, yolo-tiny's detections on them (one
 * onnxruntime-web run per batch, the card's post-processing: score ≥ 0.005, per-class NMS 0.45,
 * 100 per image), and everything the IoU threshold and matching rule move, recomputed on the page.
 */
export class MetricsDemo {
  readonly session = new ShippedSession(modelUrl, card.files.model);
  readonly #params: () => Params;
  readonly #runs: LatestResult<{ dets: Box[][]; ms: number }>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#runs = new LatestResult('yolo-tiny', fail);
    $effect(() => {
      if (this.session.status === 'error') fail(`The yolo-tiny model could not be loaded: ${this.session.message}`);
    });
    $effect(() => {
      const [b, key] = [this.batch, this.key];
      if (this.session.status !== 'ready') return;
      this.#runs.run(key, async () => {
        const { heads, ms } = await this.session.run((s) => runYolo(s, b.images, b.boxes.length));
        return { dets: heads.map((h) => detect(h, post).kept), ms };
      });
    });
  }

  load(): void {
    this.session.load();
  }

  dispose(): void {
    this.#runs.cancel();
    this.session.dispose();
  }

  readonly batch = $derived.by(() => scenes(this.#params().layout, this.#params().scenes));
  readonly key = $derived.by(() => `${this.#params().layout}/${this.#params().scenes}`);
  readonly current = $derived.by(() => this.#runs.get(this.key));
  readonly objects = $derived.by(() => this.batch.boxes.reduce((s, b) => s + b.length, 0));

  /** All detections and truths of the batch with their labels, for mAP over classes. */
  readonly #labeled = $derived.by(() => {
    const r = this.current;
    if (!r) return null;
    const dets: LabeledDetection[] = r.dets.flatMap((list, image) => list.map((d) => ({ image, box: [...d.box], score: d.score, label: d.label })));
    const gts: LabeledGroundTruth[] = this.batch.boxes.flatMap((list, image) => list.map((box, k) => ({ image, box, label: this.batch.labels[image][k] })));
    return { dets, gts };
  });

  /** The chosen class ranked at the chosen IoU and matching rule, with the three APs and drawable curves. */
  readonly ranking = $derived.by(() => {
    const l = this.#labeled;
    if (!l) return null;
    const p = this.#params();
    const c = CLASSES.indexOf(p.cls);
    const r = rankDetections(
      l.dets.filter((d) => d.label === c),
      l.gts.filter((g) => g.label === c),
      { iouThreshold: p.iou, matching: p.matching },
    );
    return {
      ...r,
      curves: interpolationCurves(
        r.rows.map((x) => x.precision),
        r.rows.map((x) => x.recall),
      ),
    };
  });

  /** COCO's headline number: mAP over the three classes at each of .50:.05:.95, and their mean (pycocotools' rules). */
  readonly coco = $derived.by(() => {
    const l = this.#labeled;
    return l ? cocoMeanAveragePrecision(l.dets, l.gts) : null;
  });
}

export { card };
