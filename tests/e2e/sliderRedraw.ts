import type { Locator } from 'playwright-core';

/**
 * Sets a range input to `value` as a drag would (an `input` event) and returns the time from
 * that event to the next animation frame, by which the page has applied the change to the DOM
 * (Svelte flushes its effects in a microtask). Printed by the tests, never asserted: the CI
 * machine is shared and slow.
 */
export function sliderRedrawMs(slider: Locator, value: number): Promise<number> {
  return slider.evaluate(
    (el, v) =>
      new Promise<number>((resolve) => {
        const input = el as HTMLInputElement;
        input.value = String(v);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }),
    value,
  );
}

/** Prints one line of redraw times to stderr, for the log of a test run. */
export function printRedraw(what: string, ms: number[]): void {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.error(
    `${what}: redraw after a slider change, input event to next frame, ms = [${ms.map((v) => v.toFixed(1)).join(', ')}], median ${median.toFixed(1)}`,
  );
}
