/**
 * How many demo workers may compute at once on this page. A page can hold a dozen workers (four
 * simulations in the queueing demo alone); when all of them compute while the page draws, they take
 * every core, and the main thread's own work (drawing their results, answering a key) waits its turn
 * and blocks for three times its length. Keeping one core free for the main thread keeps it
 * responsive; the jobs are short (a simulation, a batch of scenes), so running them one after another
 * costs little. A job holds its slot until it answers, fails or is dropped.
 */
export class ComputeSlots {
  #free: number;
  readonly #queue: ((release: () => void) => void)[] = [];

  constructor(capacity: number) {
    this.#free = Math.max(1, Math.floor(capacity));
  }

  /**
   * Calls `start(release)` at once if a slot is free (and returns null), else when one frees, in the
   * order asked (and returns a cancel for the start not made yet). `release` frees the slot; calling
   * it again does nothing.
   */
  take(start: (release: () => void) => void): (() => void) | null {
    if (this.#free > 0) {
      this.#free--;
      start(this.#releaser());
      return null;
    }
    this.#queue.push(start);
    return () => {
      const i = this.#queue.indexOf(start);
      if (i >= 0) this.#queue.splice(i, 1);
    };
  }

  get free(): number {
    return this.#free;
  }

  #releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.#queue.shift();
      if (next) next(this.#releaser());
      else this.#free++;
    };
  }
}

/** The page's slots: all cores but one (one on a two-core machine), at least one. */
export const computeSlots = new ComputeSlots((globalThis.navigator?.hardwareConcurrency ?? 2) - 1);
