import { untrack } from 'svelte';
import card from '../../../models/yolo-tiny/card.json';
import modelUrl from '../../../models/yolo-tiny/yolo-tiny.onnx?url';
import type { Tensor } from '../../kernels/tensor';
import type { ShapesOptions } from '../../models/data/shapes';
import { composeScene } from '../../models/yolo/composeScene';
import { detect, type Box } from '../../models/yolo/detect';
import { YOLO_IO } from '../../models/yolo/io';
import { assignBox, type Anchor, type Assignment } from '../../models/yolo/targets';
import { boxIou } from '../../kernels/boxIou';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import type { ParamValues } from '../params';
import { explainRow } from './explain';
import { runYolo } from './runYolo';
import { DEMO_STREAM, type yoloParams } from './meta';

type Params = ParamValues<typeof yoloParams>;

export const S = YOLO_IO.inputSize;
export const G = YOLO_IO.grid;
export const STRIDE = YOLO_IO.stride;
export const LABELS = YOLO_IO.labels;
// The card's JSON types these as plain arrays; the training CLI wrote exactly these shapes.
export const ANCHORS = card.io.anchors as unknown as Anchor[];
const options = card.data.options as Partial<ShapesOptions>;
const MATCH_IOU = 0.5; // a final box counts as a hit at IoU ≥ 0.5 with a truth of its class (AP50's rule)

export interface Truth {
  boxes: number[][];
  labels: number[];
  assignments: Assignment[];
}

/**
 * The YOLO demo's state: the image (a composed held-out scene, a drawing or an upload), the
 * shipped detector's raw head for it (onnxruntime-web, newest request wins), and every stage
 * derived from that head on the page, so the sliders never rerun the model.
 * Create it while a component initialises: its effects belong to that component.
 */
export class YoloDemo {
  readonly session = new ShippedSession(modelUrl, card.files.model);
  readonly #params: () => Params;
  readonly #heads: LatestResult<{ head: Tensor; ms: number }>;
  drawn = $state.raw<Tensor | null>(null);
  uploaded = $state.raw<Tensor | null>(null);
  #version = $state(0); // bumps when a drawing or upload changes
  /** The head row under the pointer or keyboard focus; it wins over the selected one while it lasts. */
  hovered = $state<number | null>(null);

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#heads = new LatestResult('yolo-tiny', fail);
    $effect(() => {
      if (this.session.status === 'error') fail(`The yolo-tiny model could not be loaded: ${this.session.message}`);
    });
    $effect(() => {
      const [image, key] = [this.image, this.key];
      if (this.session.status !== 'ready' || !image) return;
      this.#heads.run(key, async () => {
        const { heads, ms } = await this.session.run((s) => runYolo(s, image, 1));
        return { head: heads[0], ms };
      });
    });
  }

  load(): void {
    this.session.load();
  }

  dispose(): void {
    this.#heads.cancel();
    this.session.dispose();
  }

  /** Untracked: DrawPad reports its first (empty) image from inside an effect, which must not come to depend on the version. */
  setImage(kind: 'drawn' | 'uploaded', t: Tensor): void {
    untrack(() => {
      this[kind] = t;
      this.#version++;
    });
  }

  readonly sample = $derived.by(() => composeScene(DEMO_STREAM, this.#params().scene, this.#params().objects, options));
  /** CHW [3, 64, 64] in [0, 1], or null while there is nothing drawn or uploaded yet. */
  readonly image = $derived.by(() => {
    const src = this.#params().source;
    if (src === 'scene') return this.sample.image;
    return (src === 'draw' ? this.drawn : this.uploaded)?.data ?? null;
  });
  readonly truth = $derived.by((): Truth | null => {
    if (this.#params().source !== 'scene') return null;
    const { boxes, labels } = this.sample;
    return { boxes, labels, assignments: boxes.map((b, k) => assignBox(b, labels[k], ANCHORS, STRIDE, G)) };
  });
  readonly key = $derived.by(() => {
    const p = this.#params();
    return p.source === 'scene' ? `scene/${p.scene}/${p.objects}` : `${p.source}/${this.#version}`;
  });
  /** The head of the image on screen, or null while it is being computed. */
  readonly current = $derived.by(() => this.#heads.get(this.key));
  readonly stages = $derived.by(() => {
    const r = this.current;
    if (!r) return null;
    const p = this.#params();
    const s = detect(r.head, { anchors: ANCHORS, scoreThreshold: p.score, iouThreshold: p.iou, maxDetections: G * G * ANCHORS.length });
    const byScore = Array.from(s.decoded.scores.keys()).sort((a, b) => s.decoded.scores[b] - s.decoded.scores[a] || a - b);
    const isKept = new Uint8Array(s.decoded.scores.length);
    for (const k of s.kept) isKept[k.row] = 1;
    return {
      ...s,
      raw: byScore.slice(0, p.top),
      suppressed: Array.from(s.candidates).filter((r) => !isKept[r]),
      hits: this.#hits(s.kept),
      ms: r.ms,
    };
  });
  readonly row = $derived.by(() => this.hovered ?? this.#params().box);
  readonly explained = $derived.by(() => {
    const r = this.current;
    const s = this.stages;
    const row = this.row;
    return r && s && row >= 0 && row < s.decoded.scores.length ? explainRow(r.head, s.decoded, row, ANCHORS, STRIDE, LABELS) : null;
  });

  /** For each final box: does it match an untaken truth of its class at IoU ≥ 0.5 (greedy in score order)? */
  #hits(kept: Box[]): boolean[] {
    const t = this.truth;
    if (!t || t.boxes.length === 0) return kept.map(() => false);
    const taken = new Uint8Array(t.boxes.length);
    const iou = boxIou(
      { data: Float32Array.from(kept.flatMap((k) => k.box)), shape: [kept.length, 4] },
      { data: Float32Array.from(t.boxes.flat()), shape: [t.boxes.length, 4] },
    );
    return kept.map((k, i) => {
      let best = -1;
      for (let g = 0; g < t.boxes.length; g++) {
        const v = iou.data[i * t.boxes.length + g];
        if (!taken[g] && t.labels[g] === k.label && v >= MATCH_IOU && (best < 0 || v > iou.data[i * t.boxes.length + best])) best = g;
      }
      if (best >= 0) taken[best] = 1;
      return best >= 0;
    });
  }
}

export { card };
