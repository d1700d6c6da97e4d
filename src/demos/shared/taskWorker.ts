/**
 * Request and reply over a module Web Worker, for computations too heavy for a frame: each
 * request carries an id and the worker's reply with that id settles its promise. The worker is
 * created on the first request. Pair it with LatestResult so only the newest reply is shown.
 */
type Reply<Res> = { id: number; ok: true; res: Res } | { id: number; ok: false; error: string };

export class TaskWorker<Req, Res> {
  #worker: Worker | null = null;
  #next = 0;
  readonly #pending = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  readonly #make: () => Worker;

  constructor(make: () => Worker) {
    this.#make = make;
  }

  request(req: Req): Promise<Res> {
    const w = (this.#worker ??= this.#start());
    const id = ++this.#next;
    return new Promise<Res>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      w.postMessage({ id, req });
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const p of this.#pending.values()) p.reject(new Error('the worker was stopped'));
    this.#pending.clear();
  }

  #start(): Worker {
    const w = this.#make();
    w.onmessage = (e: MessageEvent<Reply<Res>>) => {
      const p = this.#pending.get(e.data.id);
      if (!p) return;
      this.#pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.res);
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      for (const p of this.#pending.values()) p.reject(new Error(e.message || 'the worker failed'));
      this.#pending.clear();
    };
    return w;
  }
}

/** The worker's side: answers each request with `handle`'s result (its typed arrays' buffers transferred, not copied). */
export function serveTasks<Req, Res>(
  scope: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: unknown, t: Transferable[]) => void },
  handle: (req: Req) => Res,
): void {
  scope.onmessage = (e: MessageEvent<{ id: number; req: Req }>) => {
    const { id, req } = e.data;
    try {
      const res = handle(req);
      scope.postMessage({ id, ok: true, res }, buffersOf(res));
    } catch (err) {
      scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) }, []);
    }
  };
}

/** Every distinct ArrayBuffer under a plain object graph (typed arrays in results). */
function buffersOf(value: unknown, seen = new Set<ArrayBuffer>()): Transferable[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) seen.add(value.buffer);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersOf(v, seen);
  return [...seen];
}
