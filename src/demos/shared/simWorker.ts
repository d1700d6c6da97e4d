import type { JobName, JobParams, JobProgress, JobResult } from '../../sim/jobs/simJobs';
import type { FromSims, RunMessage } from '../../sim/worker/protocol';

/**
 * The page's side of the sims worker (src/sim/worker): one worker per demo on screen, created on
 * the first run, terminated with the demo. `run` posts a job on a channel and resolves with its
 * result; a run superseded by a newer one on the same channel rejects with `Superseded`, which
 * the caller's "latest result wins" bookkeeping ignores. A worker that fails to start or crashes
 * rejects every run in flight with a readable message.
 */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

export const makeSimsWorker = () => new Worker(new URL('../../sim/worker/sims.worker.ts', import.meta.url), { type: 'module' });

interface Pending {
  resolve: (r: { result: unknown; ms: number }) => void;
  reject: (e: Error) => void;
  progress?: (p: JobProgress) => void;
}

export class SimWorker {
  #worker: Worker | null = null;
  #next = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #make: () => Worker;

  constructor(make: () => Worker = makeSimsWorker) {
    this.#make = make;
  }

  run<K extends JobName>(channel: string, job: K, params: JobParams<K>, progress?: (p: JobProgress) => void): Promise<{ result: JobResult<K>; ms: number }> {
    const id = this.#next++;
    const message: RunMessage<K> = { type: 'run', id, channel, job, params };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as Pending['resolve'], reject, progress });
      this.#start().postMessage(message);
    });
  }

  /** Stops the worker; runs in flight are dropped without settling (their demo is gone). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending.clear();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const w = (this.#worker = this.#make());
    w.onmessage = (e: MessageEvent<FromSims>) => this.#receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.#failAll(`the simulation worker failed: ${e.message || 'it could not start'}`);
    };
    return w;
  }

  #receive(m: FromSims): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.progress?.({ done: m.done, total: m.total });
    this.#pending.delete(m.id);
    if (m.type === 'result') p.resolve({ result: m.result, ms: m.ms });
    else if (m.type === 'cancelled') p.reject(new Superseded());
    else p.reject(new Error(m.message));
  }

  #failAll(message: string): void {
    for (const p of this.#pending.values()) p.reject(new Error(message));
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = null;
  }
}
