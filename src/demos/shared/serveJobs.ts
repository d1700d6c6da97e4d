/**
 * The worker side of a job queue (see WorkerJobs): each message is one job, run to completion,
 * with progress reported as it goes. The protocol is three messages back, keyed by job id.
 */
export interface JobProgress {
  done: number;
  total: number;
  stage: string; // what is being computed, for the progress label
}

export type ToWorker<Req> = { id: number; request: Req };
export type FromWorker<Res> =
  { id: number; type: 'progress'; progress: JobProgress } | { id: number; type: 'done'; result: Res } | { id: number; type: 'error'; message: string };

/** What serveJobs needs of a worker's global scope (a type, so tests can pass a stand-in). */
export interface JobPort<Req, Res> {
  onmessage: ((e: MessageEvent<ToWorker<Req>>) => void) | null;
  postMessage(message: FromWorker<Res>, transfer?: Transferable[]): void;
}

export type JobHandler<Req, Res> = (request: Req, progress: (p: JobProgress) => void) => Res | Promise<Res>;

export function serveJobs<Req, Res>(port: JobPort<Req, Res>, handle: JobHandler<Req, Res>): void {
  port.onmessage = async (e) => {
    const { id, request } = e.data;
    try {
      const result = await handle(request, (progress) => port.postMessage({ id, type: 'progress', progress }));
      port.postMessage({ id, type: 'done', result }, buffersOf(result));
    } catch (err) {
      port.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
}

/** Every distinct ArrayBuffer under a plain object graph: a result's typed arrays are moved to the page, not copied. */
function buffersOf(value: unknown, seen = new Set<ArrayBuffer>()): Transferable[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) seen.add(value.buffer);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersOf(v, seen);
  return [...seen];
}
