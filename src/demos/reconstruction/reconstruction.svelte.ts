import { LatestResult } from '../shared/latestResult.svelte';
import { WorkerJobs, type JobWorker } from '../shared/workerJobs.svelte';
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
  readonly #recon: WorkerJobs<Job, JobResult>;
  readonly #classes: WorkerJobs<Job, JobResult>;
  readonly #reconResult: LatestResult<ReconResult | null>;
  readonly #classResult: LatestResult<ClassResult | null>;
  readonly #params: () => Params;
  /** Nothing is computed until the demo is first seen (a notebook page can hold several). */
  #started = $state(false);

  constructor(params: () => Params, makeWorker: MakeWorker, fail: (message: string) => void) {
    this.#params = params;
    this.#recon = new WorkerJobs(makeWorker);
    this.#classes = new WorkerJobs(makeWorker);
    this.#reconResult = new LatestResult('The reconstruction', fail);
    this.#classResult = new LatestResult('The classification', fail);
    $effect(() => {
      if (!this.#started) return;
      const request = this.reconRequest;
      this.#reconResult.run(JSON.stringify(request), () =>
        this.#recon.request({ kind: 'recon', request }).then((r) => (r?.kind === 'recon' ? r.result : null)),
      );
    });
    $effect(() => {
      if (!this.#started) return;
      const request = this.classRequest;
      this.#classResult.run(JSON.stringify(request), () =>
        this.#classes.request({ kind: 'classes', request }).then((r) => (r?.kind === 'classes' ? r.result : null)),
      );
    });
  }

  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.#reconResult.cancel();
    this.#classResult.cancel();
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
  readonly recon = $derived.by(() => this.#reconResult.last);
  readonly classes = $derived.by(() => this.#classResult.last);
  /** True once the figure shows exactly the settings on screen. */
  readonly reconCurrent = $derived.by(() => this.#reconResult.get(JSON.stringify(this.reconRequest)) !== null);
  readonly classesCurrent = $derived.by(() => this.#classResult.get(JSON.stringify(this.classRequest)) !== null);
  readonly reconProgress = $derived.by(() => this.#recon.progress);
  readonly classProgress = $derived.by(() => this.#classes.progress);
}
