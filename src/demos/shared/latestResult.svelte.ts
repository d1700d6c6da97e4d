/**
 * "The newest request wins" for async work keyed by its inputs (a model run on the scene on
 * screen). `run(key, fn)` starts `fn` unless that key is already shown or on its way; a
 * result is applied only if no newer request was made since, so a slow answer for an old
 * scene never overwrites a fast one for the current scene. A failure of the newest request
 * goes to `fail` with a readable message (a demo passes its host's `setStatus('error', …)`).
 */
export class LatestResult<T> {
  #result: { key: string; value: T } | null = $state.raw(null);
  #wanted: string | null = null;
  #ticket = 0;
  readonly #fail: (message: string) => void;
  readonly #what: string;

  /** `what` names the work in error messages, e.g. "The U-Net". */
  constructor(what: string, fail: (message: string) => void) {
    this.#what = what;
    this.#fail = fail;
  }

  run(key: string, fn: () => Promise<T>): void {
    if (key === this.#wanted) return;
    this.#wanted = key;
    const ticket = ++this.#ticket;
    fn().then(
      (value) => {
        if (ticket === this.#ticket) this.#result = { key, value };
      },
      (e) => {
        if (ticket !== this.#ticket) return;
        this.#wanted = null; // the same inputs may be tried again
        this.#fail(`${this.#what} could not run: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }

  /** The result for `key`, or null while it is still being computed: never a stale one. */
  get(key: string): T | null {
    return this.#result?.key === key ? this.#result.value : null;
  }

  /** The newest result applied, whatever its key (to keep a picture up while the next is computed). */
  get last(): T | null {
    return this.#result?.value ?? null;
  }

  /** Drops every request in flight (their results will not be applied). */
  cancel(): void {
    this.#ticket++;
    this.#wanted = null;
  }
}
