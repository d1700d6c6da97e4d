import type { FromWorker, ProgressMessage, SamplePrediction, TrainParams } from '../../models/train/protocol';

export type RunStatus = 'idle' | 'starting' | 'training' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error';

/**
 * The page's side of a live training run: owns the worker, speaks the protocol, and keeps what
 * the charts draw. The worker is created lazily (the tfjs chunk loads on the first Train).
 */
export class TrainingRun {
  status: RunStatus = $state('idle');
  message = $state('');
  step = $state(0);
  totalSteps = $state(0);
  losses: { x: number; y: number }[] = $state([]);
  valAccuracy: { x: number; y: number }[] = $state([]);
  samples: SamplePrediction[] = $state([]);
  /** Every evaluation step's metrics (the "val"-prefixed ones), for demos that plot more than accuracy. */
  evals: { step: number; metrics: Record<string, number> }[] = $state([]);
  elapsedMs = $state(0);
  /** Where a diverged run stopped: its step and loss (maybe not finite), for the chart's marker. */
  divergedAt: { step: number; loss: number } | null = $state(null);
  backend = $state(''); // tfjs backend the worker reports, e.g. 'wasm'
  private worker: Worker | undefined;
  private readonly makeWorker: () => Worker;
  private readonly drawAtEnd: boolean;

  /**
   * `drawAtEnd`: the charts get a run's progress only when it ends (the step counter still moves),
   * for a run nobody started (a lab that trains on open) when the reader asked for reduced motion.
   */
  constructor(makeWorker: () => Worker, { drawAtEnd = false } = {}) {
    this.makeWorker = makeWorker;
    this.drawAtEnd = drawAtEnd;
  }

  /** A run is under way (its settings are locked until it ends). */
  get busy(): boolean {
    return this.status === 'starting' || this.status === 'training' || this.status === 'paused';
  }

  private runId = 0;

  start(params: TrainParams): void {
    this.pending = [];
    this.losses = [];
    this.valAccuracy = [];
    this.samples = [];
    this.evals = [];
    this.step = 0;
    this.totalSteps = params.steps;
    this.message = '';
    this.divergedAt = null;
    this.status = 'starting';
    if (!this.worker) {
      this.worker = this.makeWorker();
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
      this.worker.onerror = (e) => this.fail(`The training worker failed: ${e.message || 'unknown error'}`);
    }
    // A restart while a run is going: the old run's messages still in flight carry the old id and are dropped.
    this.worker.postMessage({ type: 'start', params: { ...params, runId: ++this.runId } });
  }

  pause(): void {
    this.worker?.postMessage({ type: 'pause' });
    this.status = 'paused';
  }

  resume(): void {
    this.worker?.postMessage({ type: 'resume' });
    this.status = 'training';
  }

  stop(): void {
    this.worker?.postMessage({ type: 'stop' });
  }

  /** Back to a clean slate; the worker is kept for the next run. */
  reset(): void {
    this.stop();
    this.runId++; // the stopped run's last messages are not for the clean slate
    this.pending = [];
    this.status = 'idle';
    this.message = '';
    this.divergedAt = null;
    this.losses = [];
    this.valAccuracy = [];
    this.samples = [];
    this.evals = [];
    this.step = 0;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private fail(message: string): void {
    this.status = 'error';
    this.message = message;
  }

  private pending: ProgressMessage[] = [];
  private frame = 0;

  /**
   * Progress arrives every step (~20 per second); the charts redraw at most once per frame,
   * with everything that arrived since, so the main thread does one small update, not twenty.
   */
  private flush(): void {
    this.frame = 0;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    const last = batch[batch.length - 1];
    if (this.status === 'starting') this.status = 'training';
    this.step = last.step;
    this.totalSteps = last.totalSteps; // a worker may derive it (epochs × steps per epoch)
    this.backend = last.backend;
    this.elapsedMs = last.elapsedMs;
    this.losses.push(...batch.map((m) => ({ x: m.step, y: m.loss })));
    const val = batch.filter((m) => m.metrics.valAccuracy !== undefined);
    if (val.length) this.valAccuracy.push(...val.map((m) => ({ x: m.step, y: m.metrics.valAccuracy })));
    const evals = batch.filter((m) => Object.keys(m.metrics).some((k) => k.startsWith('val')));
    if (evals.length) this.evals.push(...evals.map((m) => ({ step: m.step, metrics: m.metrics })));
    const withSamples = [...batch].reverse().find((m) => m.samples);
    if (withSamples?.samples) this.samples = withSamples.samples;
  }

  private receive(m: FromWorker): void {
    if (m.runId !== undefined && m.runId !== this.runId) return;
    if (m.type !== 'progress') this.flush(); // the final numbers land before the status changes
    switch (m.type) {
      case 'progress':
        this.pending.push(m);
        if (!this.drawAtEnd) this.frame ||= requestAnimationFrame(() => this.flush());
        else [this.status, this.step, this.totalSteps, this.elapsedMs] = ['training', m.step, m.totalSteps, m.elapsedMs];
        break;
      case 'done':
        this.status = m.stopped ? 'stopped' : 'done';
        this.elapsedMs = m.elapsedMs;
        break;
      case 'diverged':
        // The step that blew up is the last one there is: the status, the chart and the alert all name it.
        this.step = m.step;
        this.divergedAt = { step: m.step, loss: m.loss };
        if (Number.isFinite(m.loss)) this.losses.push({ x: m.step, y: m.loss });
        this.status = 'diverged';
        this.message = `Diverged at step ${m.step}: ${m.reason}.`;
        break;
      case 'error':
        this.fail(m.message);
        break;
    }
  }
}
