import { WorkerTask } from '../shared/workerTask.svelte';
import type { RegResult, RegTask } from './compute';
import type { Similarity } from './scene';
import { makeRegistrationWorker } from './registrationWorker';
import { SIZE, type registrationParams } from './meta';
import type { ParamValues } from '../params';

type Values = ParamValues<typeof registrationParams>;

/**
 * The registration demo's state: the true similarity from the sliders, and the newest result of
 * the chosen method, computed (images included) in a worker. The previous result stays on screen
 * until the next arrives; `pending` says one is on its way.
 */
export class RegistrationDemo {
  readonly #params: () => Values;
  readonly #worker: WorkerTask<RegTask, RegResult>;

  constructor(params: () => Values, fail: (message: string) => void) {
    this.#params = params;
    this.#worker = new WorkerTask(makeRegistrationWorker, 'The registration worker', fail);
    $effect(() => this.#worker.request(this.#task));
  }

  dispose(): void {
    this.#worker.dispose();
  }

  readonly truth: Similarity = $derived.by(() => {
    const v = this.#params();
    return { angle: v.angle, scale: v.scale, dx: v.dx, dy: v.dy };
  });
  /** Everything the worker's answer depends on (the shown RANSAC iteration is not: it only picks from the trace). */
  readonly #task: RegTask = $derived.by(() => {
    const v = this.#params();
    const ransac = v.view === 'ransac';
    return {
      view: v.view,
      scene: v.scene,
      size: SIZE,
      truth: this.truth,
      noise: v.noise,
      // Settings a method ignores are fixed, so changing them does not recompute.
      window: ransac ? true : v.window,
      subpixel: ransac ? 'sinc' : v.subpixel,
      outliers: ransac ? v.outliers : 0,
      threshold: ransac ? v.threshold : 0,
      confidence: ransac ? v.confidence : 0,
      seed: ransac ? v.seed : 0,
    };
  });
  readonly result = $derived.by(() => this.#worker.last);
  readonly pending = $derived.by(() => this.#worker.pending);
  /** The newest result, if it is for the method on screen. */
  readonly shown = $derived.by(() => (this.result?.view === this.#params().view ? this.result : null));
}
