/**
 * The width a chart is laid out at: its requested width, or its container's if that is
 * narrower. A chart drawn at the size it is shown (never shrunk by a viewBox) keeps its labels
 * at their CSS size, 12 px, on a 375 px phone too. Bind `shown` to the container's clientWidth.
 */
export class FitWidth {
  shown = $state(0);
  readonly #max: () => number;

  constructor(max: () => number) {
    this.#max = max;
  }

  get width(): number {
    return this.shown > 0 ? Math.min(this.#max(), this.shown) : this.#max();
  }
}
