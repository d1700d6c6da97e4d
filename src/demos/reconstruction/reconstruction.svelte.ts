import type { JobWorker } from '../shared/workerJobs.svelte';
import { WorkerTask } from '../shared/workerTask.svelte';
import type { ParamValues } from '../params';
import type { reconstructionParams } from './meta';
import type { Job, JobResult } from './jobs';
import type { ReconRequest, ReconResult } from './pipeline';
import type { ClassRequest, ClassResult } from './particles';

type Params = ParamValues<typeof reconstructionParams>;
type MakeWorker = () => JobWorker<Job, JobResult>;

/**
 * The reconstruction demo's state: two workers (one for the tomography, one for 2-D classes, so
 * stepping through iterations never waits for a 256² FBP), and the newest result of each for
 * the settings on screen, computed once `start` is called (when the demo is first seen). Create
 * it while a component initialises: its effects belong to it.
 */
export class ReconstructionDemo {
  readonly #recon: WorkerTask<Job, JobResult>;
  readonly #classes: WorkerTask<Job, JobResult>;
  readonly #params: () => Params;
  /** Nothing is computed until the demo is first seen (a notebook page can hold several). */
  #started = $state(false);

  constructor(params: () => Params, makeWorker: MakeWorker, fail: (message: string) => void) {
    this.#params = params;
    this.#recon = new WorkerTask(makeWorker, 'The reconstruction', fail);
    this.#classes = new WorkerTask(makeWorker, 'The classification', fail);
    $effect(() => {
      if (this.#started) this.#recon.request({ kind: 'recon', request: this.reconRequest });
    });
    $effect(() => {
      if (this.#started) this.#classes.request({ kind: 'classes', request: this.classRequest });
    });
  }

  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.#recon.dispose();
    this.#classes.dispose();
  }

  readonly reconRequest: ReconRequest = $derived.by(() => {
    const p = this.#params();
    return { size: p.size, angles: p.angles, noise: p.noise, filter: p.filter, seed: p.seed };
  });
  readonly classRequest: ClassRequest = $derived.by(() => {
    const p = this.#params();
    return { perView: p.per, noise: p.pnoise, classes: p.classes, iterations: p.iter, seed: p.seed };
  });
  /** The newest reconstruction (possibly of the previous settings, so the figure stays up while the next is computed). */
  readonly recon: ReconResult | null = $derived.by(() => {
    const r = this.#recon.last;
    return r?.kind === 'recon' ? r.result : null;
  });
  readonly classes: ClassResult | null = $derived.by(() => {
    const r = this.#classes.last;
    return r?.kind === 'classes' ? r.result : null;
  });
  /** True once the figure shows exactly the settings on screen. */
  readonly reconCurrent = $derived.by(() => !this.#recon.pending);
  readonly classesCurrent = $derived.by(() => !this.#classes.pending);
  readonly reconProgress = $derived.by(() => this.#recon.progress);
  readonly classProgress = $derived.by(() => this.#classes.progress);
}
