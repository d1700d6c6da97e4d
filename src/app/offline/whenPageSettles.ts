/** What whenPageSettles needs from the page (parameters, so a unit test can drive it with fake timers). */
export interface SettleClock {
  /** Resolves when the page has loaded (the `load` event, or at once if it already fired). */
  loaded: () => Promise<void>;
  /** Calls `onTask` for every long main-thread task from now on; returns the unsubscribe. Null where the browser cannot say. */
  observeLongTasks: ((onTask: () => void) => () => void) | null;
  setTimeout: (f: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Resolves once the page has loaded and then gone `quietMs` without a long main-thread task, or
 * `maxMs` after load, whichever comes first. The service worker's first install downloads the
 * whole precache (~15 MB, hundreds of requests): started at `load` it ran beside the first demo's
 * own start-up, and on a 2-core machine the page's tasks took 2–3× their CPU time. Waiting for a
 * quiet window (TTI's idea) keeps that download out of the reader's first seconds; the cap keeps a
 * page that never goes quiet (a demo animating all the time) from never caching anything.
 */
export async function whenPageSettles(clock: SettleClock, quietMs = 3000, maxMs = 15000): Promise<void> {
  await clock.loaded();
  await new Promise<void>((resolve) => {
    let quiet: unknown;
    const done = () => {
      clock.clearTimeout(quiet);
      clock.clearTimeout(cap);
      stop();
      resolve();
    };
    const restart = () => {
      clock.clearTimeout(quiet);
      quiet = clock.setTimeout(done, quietMs);
    };
    const cap = clock.setTimeout(done, maxMs);
    const stop = clock.observeLongTasks?.(restart) ?? (() => undefined);
    restart();
  });
}

/** The browser's SettleClock: the `load` event and PerformanceObserver's `longtask` entries where supported. */
export function browserSettleClock(): SettleClock {
  const canObserve = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask');
  return {
    loaded: () => (document.readyState === 'complete' ? Promise.resolve() : new Promise((r) => window.addEventListener('load', () => r(), { once: true }))),
    observeLongTasks: canObserve
      ? (onTask) => {
          const observer = new PerformanceObserver(() => onTask());
          observer.observe({ type: 'longtask' });
          return () => observer.disconnect();
        }
      : null,
    setTimeout: (f, ms) => window.setTimeout(f, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}
