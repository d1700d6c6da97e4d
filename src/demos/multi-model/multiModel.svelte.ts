import vitCard from '../../../models/vit-tiny/card.json';
import clipCard from '../../../models/clip/card.json';
import vitUrl from '../../../models/vit-tiny/vit-tiny.onnx?url';
import clipImageUrl from '../../../models/clip/clip-image.onnx?url';
import clipTextUrl from '../../../models/clip/clip-text.onnx?url';
import { logSoftmaxRows } from '../../kernels/logSoftmaxRows';
import type { Tensor } from '../../kernels/tensor';
import { SHAPES } from '../../models/data/geometry';
import { similarity } from '../../models/clip/contrastive';
import { classEmbeddings } from '../../models/clip/metrics';
import { embedImagesOnnx, embedTextsOnnx } from '../../models/clip/onnxEncoders';
import { PROMPT_SETS } from '../../models/clip/prompts';
import { runVitOnnx } from '../../models/vit/runVitOnnx';
import { LatestResult } from '../shared/latestResult.svelte';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { makeScenesWorker } from '../shared/scenesWorker';
import { WorkerJobs } from '../shared/workerJobs.svelte';
import type { ParamValues } from '../params';
import { cascade, clipLogProbs, fuse, modelStats, probsOf } from './fusionStats';
import type { multiModelParams } from './meta';
import type { FusionScenes, SceneRequest } from './scenes';

type Params = ParamValues<typeof multiModelParams>;
/** Both models' raw outputs on one rendering of the scenes. */
export interface Readings {
  scenes: FusionScenes;
  logVit: Tensor; // [n, 3] log-softmax of the ViT's shape logits
  cos: Float32Array; // [n, 3] cosine of each image with each shape class's text embedding
  ms: { vit: number; clip: number }; // per image, this page, this run
}

/** Runs of 32 images: the wasm session computes on the main thread, so no single run blocks it for long. */
const CHUNK = 32;
export const LOGIT_SCALE = clipCard.logitScale.value;
export { vitCard, clipCard };

/**
 * The fusion demo's state: the shipped vit-tiny and both CLIP encoders (loaded when the demo is
 * first seen), the held-out scenes rendered and corrupted in a worker, both models' outputs on
 * them (the newest request wins), and CLIP's class embeddings for the chosen prompts. Fusion,
 * calibration and the cascade are recomputed on the page from these in well under a frame.
 */
export class MultiModelDemo {
  readonly vit = new ShippedSession(vitUrl, vitCard.files.model);
  readonly clipImage = new ShippedSession(clipImageUrl, clipCard.files.image);
  readonly clipText = new ShippedSession(clipTextUrl, clipCard.files.text);
  readonly worker = new WorkerJobs(() => makeScenesWorker('fusionScenes'));
  readonly #params: () => Params;
  readonly #readings: LatestResult<Readings>;
  readonly #classes: LatestResult<Float32Array>;
  #clean = $state.raw<Readings | null>(null);

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#readings = new LatestResult('The two models', fail);
    this.#classes = new LatestResult('CLIP’s text encoder', fail);
    $effect(() => {
      for (const [s, name] of [
        [this.vit, 'vit-tiny'],
        [this.clipImage, 'CLIP image encoder'],
        [this.clipText, 'CLIP text encoder'],
      ] as const)
        if (s.status === 'error') return fail(`The ${name} could not be loaded: ${s.message}`);
    });
    $effect(() => {
      const [req, key] = [this.request, this.readingsKey];
      if (this.vit.status !== 'ready' || this.clipImage.status !== 'ready') return;
      this.#readings.run(key, () => this.#read(req));
    });
    $effect(() => {
      const id = this.#params().prompts;
      if (this.clipText.status !== 'ready') return;
      const set = PROMPT_SETS[id];
      this.#classes.run(id, async () =>
        classEmbeddings(set, (await this.clipText.run((s) => embedTextsOnnx(s, set.prompts.flat()))).data, clipCard.architecture.embedDim),
      );
    });
  }

  async #read(req: SceneRequest): Promise<Readings> {
    const scenes = await this.worker.request(req);
    // Null: a newer request replaced this one before it started; LatestResult drops this answer anyway.
    if (!scenes) throw new Error('the scenes were replaced by newer settings');
    const n = scenes.shapes.length;
    const t0 = performance.now();
    const v = await this.vit.run((s) => runVitOnnx(s, scenes.nchw, n, scenes.size, false, CHUNK));
    const t1 = performance.now();
    const e = await this.clipImage.run((s) => embedImagesOnnx(s, scenes.nchw, n, scenes.size, CHUNK));
    const t2 = performance.now();
    const r = {
      scenes,
      logVit: logSoftmaxRows({ data: v.shapeLogits, shape: [n, SHAPES.length] }),
      cos: e.data,
      ms: { vit: (t1 - t0) / n, clip: (t2 - t1) / n },
    };
    if (req.corruption === 'none') this.#clean = r;
    return r;
  }

  load(): void {
    this.vit.load();
    this.clipImage.load();
    this.clipText.load();
  }

  dispose(): void {
    this.#readings.cancel();
    this.#classes.cancel();
    this.worker.dispose();
    this.vit.dispose();
    this.clipImage.dispose();
    this.clipText.dispose();
  }

  readonly request = $derived.by((): SceneRequest => {
    const p = this.#params();
    return p.corruption === 'none' ? { corruption: 'none', level: 0 } : { corruption: p.corruption, level: p.level };
  });
  readonly readingsKey = $derived(`${this.request.corruption}/${this.request.level}`);
  /** The newest readings (perhaps of the previous corruption, so the figure stays up while the next is computed). */
  readonly readings = $derived.by(() => this.#readings.last);
  /** True when the readings on screen are for exactly the current settings. */
  readonly current = $derived.by(() => this.#readings.get(this.readingsKey) !== null);
  readonly classEmb = $derived.by(() => this.#classes.get(this.#params().prompts));
  readonly missing = $derived.by(() => {
    const m = this.#params().missing;
    return m === 'none' ? null : SHAPES.indexOf(m);
  });
  readonly logClip = $derived.by(() => this.#clipOf(this.readings));
  /** Each model's accuracy on the uncorrupted scenes (once they have been read), to compare a corruption against. */
  readonly clean = $derived.by(() => {
    const r = this.#clean;
    const lc = this.#clipOf(r);
    if (!r || !lc || this.request.corruption === 'none') return null;
    return { vit: modelStats(probsOf(r.logVit), r.scenes.shapes).accuracy, clip: modelStats(probsOf(lc), r.scenes.shapes).accuracy };
  });

  #clipOf(r: Readings | null): Tensor | null {
    const c = this.classEmb;
    if (!r || !c) return null;
    const n = r.scenes.shapes.length;
    const k = SHAPES.length;
    return clipLogProbs(similarity(r.cos, n, c, k, clipCard.architecture.embedDim), n, k, LOGIT_SCALE, this.missing);
  }
  readonly fusion = $derived.by(() => {
    const r = this.readings;
    const lc = this.logClip;
    if (!r || !lc) return null;
    return fuse(r.logVit, lc, r.scenes.shapes, this.#params().w, this.#params().rule);
  });
  readonly cascade = $derived.by(() => {
    const f = this.fusion;
    const r = this.readings;
    return f && r ? cascade(f, r.scenes.shapes, this.#params().tau, r.ms) : null;
  });
  /** The selected scene's image and all three opinions. */
  readonly selected = $derived.by(() => {
    const f = this.fusion;
    const r = this.readings;
    if (!f || !r) return null;
    const i = Math.min(this.#params().scene, r.scenes.shapes.length - 1);
    const S = r.scenes.size;
    const k = SHAPES.length;
    const row = (t: Tensor) => Array.from(t.data.subarray(i * k, (i + 1) * k));
    return {
      index: i,
      image: r.scenes.nchw.subarray(i * 3 * S * S, (i + 1) * 3 * S * S),
      truth: r.scenes.shapes[i],
      vit: row(f.vit.probs),
      clip: row(f.clip.probs),
      fused: row(f.fused.probs),
    };
  });
}
