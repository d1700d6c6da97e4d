import type { createSession } from '../../models/runtime/ort';
import type { LoadProgress } from '../../models/runtime/fetchModel';

type Session = Awaited<ReturnType<typeof createSession>>;

/**
 * One shipped .onnx file as a page-side onnxruntime session: loaded on the first `load()`
 * through the shared session cache (download progress, one session per URL), released on
 * `dispose()`. Runs are serialised: a wasm session must not be run twice at once. `file` is the
 * model card's entry for it (file name and size), which the shipped-model panel shows.
 */
export class ShippedSession {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  progress = $state<LoadProgress>({ loaded: 0, total: null });
  message = $state('');
  #session: Session | null = null;
  #acquired = false;
  #disposed = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly url: string,
    readonly file: { name: string; bytes: number },
  ) {
    this.progress = { loaded: 0, total: file.bytes };
  }

  async load(): Promise<void> {
    if (this.status !== 'idle' && this.status !== 'error') return;
    this.status = 'loading';
    try {
      const { acquireSession } = await import('../../models/runtime/sessionCache');
      const { session } = await acquireSession(this.url, (p) => (this.progress = p));
      this.#acquired = true;
      if (this.#disposed) return this.#release();
      this.#session = session;
      this.status = 'ready';
    } catch (e) {
      this.status = 'error';
      this.message = e instanceof Error ? e.message : String(e);
    }
  }

  /** Runs `f` with the session once every earlier run has finished. */
  run<T>(f: (session: Session) => Promise<T>): Promise<T> {
    const session = this.#session;
    if (!session) return Promise.reject(new Error('the model is not loaded'));
    const next = this.#queue.then(() => f(session));
    this.#queue = next.catch(() => {});
    return next;
  }

  dispose(): void {
    this.#disposed = true;
    this.#session = null;
    this.#release();
  }

  #release(): void {
    if (!this.#acquired) return;
    this.#acquired = false;
    import('../../models/runtime/sessionCache').then(({ releaseSession }) => releaseSession(this.url));
  }
}
