/** The median of a list of timings (upper middle for an even count). */
export const median = (a: number[]) => [...a].sort((p, q) => p - q)[a.length >> 1];

/** tinybench setup hook: forget the warm-up timings when the measured runs start. */
export const resetOnRun =
  (...lists: number[][]) =>
  (_task: unknown, mode?: string) => {
    if (mode === 'run') for (const a of lists) a.length = 0;
  };
