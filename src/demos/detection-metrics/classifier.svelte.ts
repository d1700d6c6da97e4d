import card from '../../../models/shape-classifier/card.json';
import modelUrl from '../../../models/shape-classifier/shape-classifier.onnx?url';
import { LatestResult } from '../shared/latestResult.svelte';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { makeScenesWorker } from '../shared/scenesWorker';
import { WorkerJobs } from '../shared/workerJobs.svelte';
import type { ParamValues } from '../params';
import { oneVsRestCurves, panelMetrics, type Scores } from './classifierMetrics';
import { HELD_OUT_COUNT } from './heldOutShapes';
import { CLASSES, type metricsParams } from './meta';

type Params = ParamValues<typeof metricsParams>;

/**
 * The classifier panel's state: the held-out shapes (rendered in a worker), the shipped shape
 * classifier's probabilities on them (one onnxruntime-web run, in batches), and the numbers the
 * positive class and the threshold move, recomputed on the page in well under a frame.
 */
export class ClassifierDemo {
  readonly session = new ShippedSession(modelUrl, card.files.model);
  readonly #params: () => Params;
  readonly #worker = new WorkerJobs(() => makeScenesWorker('heldOutShapes'));
  readonly #runs: LatestResult<Scores & { ms: number }>;
  #started = false;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#runs = new LatestResult('The shape classifier', fail);
    $effect(() => {
      if (this.session.status === 'error') fail(`The shape classifier could not be loaded: ${this.session.message}`);
    });
    $effect(() => {
      if (this.session.status !== 'ready') return;
      this.#runs.run(String(HELD_OUT_COUNT), () => this.#classify());
    });
  }

  async #classify(): Promise<Scores & { ms: number }> {
    const shapes = await this.#worker.request(HELD_OUT_COUNT);
    // Null means a newer request replaced this one before it started; the panel makes exactly one.
    if (!shapes) throw new Error('the held-out images were not rendered');
    const size = card.architecture.inputSize;
    const { runImageBatches } = await import('../../models/runtime/runImageBatches');
    const t0 = performance.now();
    // Runs of 32 images (~25 ms each in Node, warm): the wasm session computes on the main thread, so no run blocks it for long.
    const { data } = await this.session.run((s) => runImageBatches(s, { input: card.io.input, output: card.io.probs }, shapes.nchw, HELD_OUT_COUNT, size, 32));
    return { probs: data, labels: shapes.labels, numClasses: card.io.labels.length, ms: performance.now() - t0 };
  }

  load(): void {
    if (this.#started) return;
    this.#started = true;
    this.session.load();
  }

  dispose(): void {
    this.#runs.cancel();
    this.#worker.dispose();
    this.session.dispose();
  }

  readonly scores = $derived.by(() => this.#runs.get(String(HELD_OUT_COUNT)));
  readonly positive = $derived.by(() => CLASSES.indexOf(this.#params().positive));
  /** The curves depend on the positive class only; the threshold moves a point along them. */
  readonly curves = $derived.by(() => (this.scores ? oneVsRestCurves(this.scores, this.positive) : null));
  readonly metrics = $derived.by(() => (this.scores ? panelMetrics(this.scores, this.positive, this.#params().threshold) : null));
  /** Images whose float32 probability of the positive class is exactly 1, so they pass even threshold 1. */
  readonly saturated = $derived.by(() => {
    const s = this.scores;
    if (!s) return 0;
    let n = 0;
    for (let i = 0; i < s.labels.length; i++) n += Number(s.probs[i * s.numClasses + this.positive] === 1);
    return n;
  });
}

export { card as classifierCard };
