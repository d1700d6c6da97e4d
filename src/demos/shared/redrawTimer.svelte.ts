/**
 * Redraw time of a control change, for a demo's data-redraw-ms (the browser tests print it): from
 * the input event to the DOM update that shows what `drawn` reads (`domMs`: effects run after the
 * DOM is patched), and to the animation frame after it, what the eye can see (`frameMs`).
 * By default every redraw is timed from the latest input, so work that lands in steps (a worker's
 * picture after a synchronous curve) is timed to its last step; `once` times only the first
 * redraw after each input. Create it while the component initialises: it owns an $effect.
 */
export class RedrawTimer {
  domMs = $state<number | null>(null);
  frameMs = $state<number | null>(null);
  #changedAt = 0;

  constructor(drawn: () => unknown, { once = false } = {}) {
    $effect(() => {
      drawn();
      if (!this.#changedAt) return;
      const t0 = this.#changedAt;
      if (once) this.#changedAt = 0;
      this.domMs = performance.now() - t0;
      requestAnimationFrame(() => (this.frameMs = performance.now() - t0));
    });
  }

  /** An input event: the redraws that follow are timed from now. */
  mark(): void {
    this.#changedAt = performance.now();
  }

  /** The setter `setter()` returns (read at each call: a prop may change), marking every call. */
  timed<P>(setter: () => (patch: P) => void): (patch: P) => void {
    return (patch) => {
      this.mark();
      setter()(patch);
    };
  }
}
