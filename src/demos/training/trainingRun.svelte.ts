import type { FromWorker, SamplePrediction, TrainParams } from '../../models/train/protocol';

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
  elapsedMs = $state(0);
  backend = $state(''); // tfjs backend the worker reports, e.g. 'wasm'
  private worker: Worker | undefined;
  private readonly makeWorker: () => Worker;

  constructor(makeWorker: () => Worker) {
    this.makeWorker = makeWorker;
  }

  start(params: TrainParams): void {
    this.losses = [];
    this.valAccuracy = [];
    this.samples = [];
    this.step = 0;
    this.totalSteps = params.steps;
    this.message = '';
    this.status = 'starting';
    if (!this.worker) {
      this.worker = this.makeWorker();
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
      this.worker.onerror = (e) => this.fail(`The training worker failed: ${e.message || 'unknown error'}`);
    }
    this.worker.postMessage({ type: 'start', params });
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
    this.status = 'idle';
    this.message = '';
    this.losses = [];
    this.valAccuracy = [];
    this.samples = [];
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

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'progress':
        if (this.status === 'starting') this.status = 'training';
        this.step = m.step;
        this.backend = m.backend;
        this.elapsedMs = m.elapsedMs;
        this.losses.push({ x: m.step, y: m.loss });
        if (m.metrics.valAccuracy !== undefined) this.valAccuracy.push({ x: m.step, y: m.metrics.valAccuracy });
        if (m.samples) this.samples = m.samples;
        break;
      case 'done':
        this.status = m.stopped ? 'stopped' : 'done';
        this.elapsedMs = m.elapsedMs;
        break;
      case 'diverged':
        this.status = 'diverged';
        this.message = `Diverged at step ${m.step}: ${m.reason}.`;
        break;
      case 'error':
        this.fail(m.message);
        break;
    }
  }
}
