import { computeSlots, type ComputeSlots } from './computeSlots';
import type { FromWorker, JobProgress, ToWorker } from './serveJobs';

/** The part of a Worker that WorkerJobs uses (a type, so tests can pass a stand-in). */
export interface JobWorker<Req, Res> {
  onmessage: ((e: MessageEvent<FromWorker<Res>>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: ToWorker<Req>): void;
  terminate(): void;
}

interface Waiting<Req, Res> {
  request: Req;
  resolve: (r: Res | null) => void;
  reject: (e: Error) => void;
}

/**
 * The page's side of a worker that computes one job at a time: at most one job runs and at most
 * one waits. A request made while another waits replaces it (the replaced one resolves to null,
 * it was never started), so dragging a slider queues no backlog: the worker finishes what it is
 * doing, then computes the newest settings. Pair it with LatestResult, which keeps a late answer
 * for old settings off the screen. The worker is created on the first request. A job starts only
 * when the page's ComputeSlots has a core for it, so the page's workers never crowd out its main thread.
 */
export class WorkerJobs<Req, Res> {
  /** Progress of the running job, null when idle. */
  progress: JobProgress | null = $state(null);
  #worker: JobWorker<Req, Res> | null = null;
  #running: (Waiting<Req, Res> & { id: number; release: () => void }) | null = null;
  #waiting: Waiting<Req, Res> | null = null;
  /** Set while the waiting job queues for a slot: cancels that queueing. */
  #cancelQueue: (() => void) | null = null;
  #ids = 0;
  readonly #make: () => JobWorker<Req, Res>;
  readonly #slots: ComputeSlots;

  constructor(make: () => JobWorker<Req, Res>, slots: ComputeSlots = computeSlots) {
    this.#make = make;
    this.#slots = slots;
  }

  /** Resolves with the job's result, or null if a newer request replaced it before it started. */
  request(request: Req): Promise<Res | null> {
    return new Promise((resolve, reject) => {
      this.#waiting?.resolve(null);
      this.#waiting = { request, resolve, reject };
      if (!this.#running) this.#next();
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#cancelQueue?.();
    this.#cancelQueue = null;
    this.#waiting?.resolve(null);
    this.#running?.resolve(null);
    this.#running?.release();
    this.#waiting = this.#running = null;
    this.progress = null;
  }

  #next(): void {
    if (!this.#waiting) {
      this.progress = null;
      return;
    }
    if (this.#cancelQueue) return; // already queued for a slot; the newest request waits in #waiting
    this.progress = { done: 0, total: 1, stage: 'waiting for a free core' };
    this.#cancelQueue = this.#slots.take((release) => {
      this.#cancelQueue = null;
      const job = this.#waiting;
      this.#waiting = null;
      if (!job) {
        release();
        this.progress = null;
        return;
      }
      this.#running = { ...job, id: ++this.#ids, release };
      this.progress = { done: 0, total: 1, stage: 'starting' };
      this.#ensureWorker().postMessage({ id: this.#running.id, request: job.request });
    });
  }

  #ensureWorker(): JobWorker<Req, Res> {
    if (this.#worker) return this.#worker;
    const w = this.#make();
    w.onmessage = (e) => this.#receive(e.data);
    w.onerror = (e) => {
      // A worker that fails to load or throws outside a job cannot be trusted with the next one.
      e.preventDefault?.();
      this.#worker?.terminate();
      this.#worker = null;
      this.#finish((job) => job.reject(new Error(e.message || 'the worker failed')));
    };
    return (this.#worker = w);
  }

  #receive(m: FromWorker<Res>): void {
    if (!this.#running || m.id !== this.#running.id) return;
    if (m.type === 'progress') this.progress = m.progress;
    else if (m.type === 'done') this.#finish((job) => job.resolve(m.result));
    else this.#finish((job) => job.reject(new Error(m.message)));
  }

  #finish(settle: (job: Waiting<Req, Res>) => void): void {
    const job = this.#running;
    this.#running = null;
    job?.release();
    if (job) settle(job);
    this.#next();
  }
}
