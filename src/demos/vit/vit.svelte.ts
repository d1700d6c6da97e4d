import { untrack } from 'svelte';
import card from '../../../models/vit-tiny/card.json';
import modelUrl from '../../../models/vit-tiny/vit-tiny.onnx?url';
import manifestJson from '../../../models/vit-tiny/tfjs/vit.json';
import weightsUrl from '../../../models/vit-tiny/tfjs/vit.bin?url';
import { cosineSimilarityMatrix } from '../../kernels/cosineSimilarityMatrix';
import { meanAttentionDistance } from '../../kernels/meanAttentionDistance';
import type { Tensor } from '../../kernels/tensor';
import { COLOURS } from '../../models/data/palette';
import { shapesSample, type ShapesOptions } from '../../models/data/shapes';
import { runVitOnnx } from '../../models/vit/runVitOnnx';
import { readWeightTable, type VitWeightManifest } from '../../models/vit/weightTable';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import { makeScenesWorker } from '../shared/scenesWorker';
import { WorkerJobs } from '../shared/workerJobs.svelte';
import { meanDistances, softmax, tileMatrix, type AttentionMaps } from './attentionViews';
import { DEMO_STREAM, GRID, type vitParams } from './meta';
import type { ParamValues } from '../params';

type Params = ParamValues<typeof vitParams>;
export interface Prediction {
  shape: number[]; // probabilities, SHAPES order
  colour: number[]; // probabilities, COLOURS order
  attention: AttentionMaps; // [1, L, H, T, T]
  image: Tensor; // the input it was computed for
  ms: number;
}

export const S = card.architecture.inputSize;
export const P = card.architecture.patchSize;
export { card };
// The card's JSON types these loosely; the training CLI wrote exactly these shapes.
const options = card.data.options as Partial<ShapesOptions>;
const manifest = manifestJson as unknown as VitWeightManifest;
/** Held-out scenes the distance plot averages over (ViT Fig. 7 used 128 images). */
export const DISTANCE_IMAGES = 64;
const BACKGROUND = 0.25; // a mid grey, inside the training backgrounds' 0.05–0.45

/** A DrawPad image (white on black) as the model's kind of scene: ink of one palette colour on grey. */
export function inkImage(drawn: Tensor, ink: number): Tensor {
  const plane = S * S;
  const rgb = COLOURS[ink].rgb;
  const data = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) for (let i = 0; i < plane; i++) data[c * plane + i] = BACKGROUND + (rgb[c] - BACKGROUND) * drawn.data[i];
  return { data, shape: [1, 3, S, S] };
}

/**
 * The ViT demo's state: the shipped vit-tiny (loaded when the demo is first seen), the image on
 * screen and the newest prediction for it (class probabilities and every layer's attention),
 * the mean attention distances over held-out scenes, and the learned position embeddings (read
 * from the shipped weight file, for Fig. 7 centre and the layer-1 check). Create it while a
 * component initialises: its effects belong to that component.
 */
export class VitDemo {
  readonly session = new ShippedSession(modelUrl, card.files.model);
  drawn = $state.raw<Tensor>({ data: new Float32Array(3 * S * S), shape: [1, 3, S, S] });
  uploaded = $state.raw<Tensor | null>(null);
  #drawCount = $state(0);
  #uploadCount = $state(0);
  weights = $state.raw<Map<string, Tensor> | null>(null);
  /** The distance plot's 64 scenes, rendered in a worker: on the page they were a 150 ms task. */
  readonly #distanceScenes = new WorkerJobs(() => makeScenesWorker('distanceScenes'));
  #distancesAsked = false;
  distances = $state.raw<number[][] | null>(null);
  /** Shape accuracy per object colour on the same held-out scenes: right and total, COLOURS order. */
  byColour = $state.raw<{ right: number; total: number }[] | null>(null);
  readonly #params: () => Params;
  readonly #prediction: LatestResult<Prediction>;
  readonly #fail: (message: string) => void;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#fail = fail;
    this.#prediction = new LatestResult('vit-tiny', fail);
    $effect(() => {
      if (this.session.status === 'error') fail(`The vit-tiny model could not be loaded: ${this.session.message}`);
    });
    $effect(() => {
      const [image, key] = [this.image, this.key];
      if (this.session.status !== 'ready') return;
      this.#prediction.run(key, async () => {
        const t0 = performance.now();
        const o = await this.session.run((s) => runVitOnnx(s, image.data, 1, S, true));
        return { shape: softmax(o.shapeLogits), colour: softmax(o.colourLogits), attention: o.attention!, image, ms: performance.now() - t0 };
      });
    });
    // The distance plot: once, on held-out scenes, after the first prediction is on screen.
    $effect(() => {
      if (this.session.status !== 'ready' || this.#distancesAsked || !this.#prediction.last) return;
      this.#distancesAsked = true; // once: later predictions must not replace (and so cancel) the request
      this.#distanceScenes
        .request(DISTANCE_IMAGES)
        .then((b) => {
          if (!b) throw new Error('the held-out scenes were not rendered');
          return this.session.run((s) => runVitOnnx(s, b.nchw, b.count, S, true, 16)).then((o) => ({ o, b }));
        })
        .then(async ({ o, b }) => ({ distances: await meanDistances(o.attention!, GRID, P), b, o }))
        .then(
          ({ distances, o, b }) => {
            this.distances = distances;
            this.byColour = shapeAccuracyByColour(o.shapeLogits, b.shapes, b.colours);
          },
          (e) => fail(`The distance plot could not be computed: ${e instanceof Error ? e.message : String(e)}`),
        );
    });
  }

  load(): void {
    this.session.load();
    fetch(weightsUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
        return r.arrayBuffer();
      })
      .then((buf) => (this.weights = readWeightTable(manifest, new Uint8Array(buf))))
      .catch((e) => this.#fail(`The shipped weights (position embeddings) could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
  }

  dispose(): void {
    this.#prediction.cancel();
    this.#distanceScenes.dispose();
    this.session.dispose();
  }

  // Called from the DrawPad's own effect: reading the counter there would make that effect depend on it.
  setDrawing(t: Tensor): void {
    this.drawn = t;
    this.#drawCount = untrack(() => this.#drawCount) + 1;
  }

  setUpload(t: Tensor): void {
    this.uploaded = t;
    this.#uploadCount = untrack(() => this.#uploadCount) + 1;
  }

  readonly sample = $derived.by(() => shapesSample(DEMO_STREAM, this.#params().scene, options));
  readonly inkIndex = $derived.by(() => COLOURS.findIndex((c) => c.name === this.#params().ink));
  /** The image the model reads: the scene, the inked drawing or the upload (the scene until one is chosen). */
  readonly image = $derived.by((): Tensor => {
    const src = this.#params().source;
    if (src === 'draw') return inkImage(this.drawn, this.inkIndex);
    if (src === 'upload' && this.uploaded) return this.uploaded;
    return { data: this.sample.image, shape: [1, 3, S, S] };
  });
  readonly key = $derived.by(() => {
    const p = this.#params();
    if (p.source === 'draw') return `draw/${this.#drawCount}/${p.ink}`;
    if (p.source === 'upload' && this.uploaded) return `upload/${this.#uploadCount}`;
    return `sample/${p.scene}`;
  });
  /** The newest prediction (possibly of the previous image, so the picture stays up while the next is computed). */
  readonly result = $derived.by(() => this.#prediction.last);
  /** The prediction of exactly the image on screen, or null while it is computed. */
  readonly current = $derived.by(() => this.#prediction.get(this.key));
  /** Which patches the scene's object covers (any pixel of its mask), for the "weight on the object" readout; null for drawings and uploads. */
  readonly objectPatches = $derived.by(() => {
    if (this.#params().source !== 'sample') return null;
    const on = new Array<boolean>(GRID * GRID).fill(false);
    const m = this.sample.classMask;
    for (let i = 0; i < S * S; i++) if (m[i] > 0) on[Math.floor(Math.floor(i / S) / P) * GRID + Math.floor((i % S) / P)] = true;
    return on;
  });
  /** Fig. 7 centre: cosine similarity of the 64 learned patch position embeddings (CLS row left out), tiled. */
  readonly positionTiles = $derived.by(() => {
    const pos = this.weights?.get('pos');
    if (!pos) return null;
    const D = pos.shape[1];
    const sim = cosineSimilarityMatrix({ data: pos.data.subarray(D), shape: [pos.shape[0] - 1, D] });
    return { tiles: tileMatrix(sim.data, GRID), ...neighbourSimilarity(sim.data) };
  });
}

/** Mean similarity of each patch's direct neighbours (distance 1) and of patches 2 or more apart, from a [G², G²] matrix. */
function neighbourSimilarity(sim: Float32Array): { near: number; far: number } {
  const n = GRID * GRID;
  const sums = { near: [0, 0], far: [0, 0] };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const d = Math.hypot(Math.floor(i / GRID) - Math.floor(j / GRID), (i % GRID) - (j % GRID));
      const bin = d === 1 ? sums.near : d >= 2 ? sums.far : null;
      if (bin) [bin[0], bin[1]] = [bin[0] + sim[i * n + j], bin[1] + 1];
    }
  }
  return { near: sums.near[0] / sums.near[1], far: sums.far[0] / sums.far[1] };
}

/** Right and total shape predictions per object colour (COLOURS order). */
function shapeAccuracyByColour(logits: Float32Array, shapes: Int32Array, colours: Int32Array): { right: number; total: number }[] {
  const out = COLOURS.map(() => ({ right: 0, total: 0 }));
  const k = logits.length / shapes.length;
  for (let i = 0; i < shapes.length; i++) {
    const z = Array.from(logits.subarray(i * k, (i + 1) * k));
    out[colours[i]].total++;
    if (z.indexOf(Math.max(...z)) === shapes[i]) out[colours[i]].right++;
  }
  return out;
}

/** Mean attention distance if every patch attended to every patch equally: the plot's reference line. */
export const UNIFORM_DISTANCE = (() => {
  const T = GRID * GRID + 1;
  const data = new Float32Array(T * T).fill(1 / (T - 1));
  return meanAttentionDistance({ data, shape: [1, T, T] }, { rows: GRID, cols: GRID, patchSize: P }).data[0];
})();
