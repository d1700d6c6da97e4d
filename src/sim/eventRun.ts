/**
 * What every event-driven simulation here takes and reports about the run itself, as opposed to
 * the system it models: a seed for `randomSeeded`, and an event budget so that an unstable or
 * ever-retrying system still returns (and says that it was cut short).
 */
export interface EventRunOptions {
  /** Events to process at most; each simulation has its own default. */
  maxEvents?: number;
  /** Seed of the run's randomSeeded stream; default 1. */
  seed?: number;
}

export interface EventRun {
  /** Events processed. */
  events: number;
  /** True when maxEvents stopped the run with events still queued. */
  truncated: boolean;
}
