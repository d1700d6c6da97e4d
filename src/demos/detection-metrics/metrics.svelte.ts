import card from '../../../models/yolo-tiny/card.json';
import modelUrl from '../../../models/yolo-tiny/yolo-tiny.onnx?url';
import { detect, type Box, type DetectOptions } from '../../models/yolo/detect';
import type { Anchor } from '../../models/yolo/targets';
import { cocoMeanAveragePrecision, type LabeledDetection, type LabeledGroundTruth } from '../../kernels/meanAveragePrecision';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import { makeScenesWorker } from '../shared/scenesWorker';
import { WorkerTask } from '../shared/workerTask.svelte';
import type { ParamValues } from '../params';
import { runYolo } from '../yolo/runYolo';
import { interpolationCurves, rankDetections } from './ranking';
import type { DetectionScenes, SceneRequest } from './detectionScenes';
import { CLASSES, type metricsParams } from './meta';

type Params = ParamValues<typeof metricsParams>;
// The card's JSON types these loosely; the training CLI wrote exactly these shapes.
const post: DetectOptions = { anchors: card.io.anchors as unknown as Anchor[], ...card.io.postprocess };

/**
 * The metrics demo's state: a batch of held-out scenes, yolo-tiny's detections on them (one
 * onnxruntime-web run per batch, the card's post-processing: score ≥ 0.005, per-class NMS 0.45,
 * 100 per image), and everything the IoU threshold and matching rule move, recomputed on the page.
 */
export class MetricsDemo {
  readonly session = new ShippedSession(modelUrl, card.files.model);
  readonly #params: () => Params;
  readonly #runs: LatestResult<{ dets: Box[][]; ms: number; scenes: DetectionScenes }>;
  readonly #scenes: WorkerTask<SceneRequest, DetectionScenes>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#runs = new LatestResult('yolo-tiny', fail);
    this.#scenes = new WorkerTask(() => makeScenesWorker('detectionScenes'), 'The scene renderer', fail);
    $effect(() => {
      const { layout, scenes: count } = this.#params();
      this.#scenes.request({ layout, count });
    });
    $effect(() => {
      if (this.session.status === 'error') fail(`The yolo-tiny model could not be loaded: ${this.session.message}`);
    });
    $effect(() => {
      const [b, key] = [this.#scenes.result, this.key];
      if (!b || this.session.status !== 'ready') return;
      this.#runs.run(key, async () => {
        const { heads, ms } = await this.session.run((s) => runYolo(s, b.images, b.boxes.length));
        return { dets: heads.map((h) => detect(h, post).kept), ms, scenes: b };
      });
    });
  }

  load(): void {
    this.session.load();
  }

  dispose(): void {
    this.#runs.cancel();
    this.#scenes.dispose();
    this.session.dispose();
  }

  readonly key = $derived.by(() => `${this.#params().layout}/${this.#params().scenes}`);
  readonly current = $derived.by(() => this.#runs.get(this.key));
  /** How many objects the chosen scenes hold (null while they are rendered). */
  readonly objects = $derived.by(() => this.#scenes.result?.boxes.reduce((s, b) => s + b.length, 0) ?? null);

  /** All detections and truths of the batch with their labels, for mAP over classes. */
  readonly #labeled = $derived.by(() => {
    const r = this.current;
    if (!r) return null;
    const dets: LabeledDetection[] = r.dets.flatMap((list, image) => list.map((d) => ({ image, box: [...d.box], score: d.score, label: d.label })));
    const { boxes, labels } = r.scenes;
    const gts: LabeledGroundTruth[] = boxes.flatMap((list, image) => list.map((box, k) => ({ image, box, label: labels[image][k] })));
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
