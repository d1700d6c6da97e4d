import type { ToWorker } from './protocol';

/**
 * Pause / resume / stop for a training loop running in the same thread as its message handler.
 * The loop calls `checkpoint()` between steps: it yields to the event loop, so queued
 * messages (pause, stop) are handled, then waits while paused.
 */
export class TrainControl {
  private paused = false;
  private stopped = false;
  private wake: (() => void) | undefined;
  private pausedMs = 0;
  private readonly t0 = performance.now();

  get isPaused(): boolean {
    return this.paused;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Milliseconds since the control was made, less the time spent paused: training time, not wall time. */
  get elapsedMs(): number {
    return performance.now() - this.t0 - this.pausedMs;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake?.();
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  /** Applies a pause / resume / stop message; returns false for other messages. */
  handle(message: ToWorker): boolean {
    if (message.type === 'pause') this.pause();
    else if (message.type === 'resume') this.resume();
    else if (message.type === 'stop') this.stop();
    else return false;
    return true;
  }

  /** Resolves true to continue, false once stopped. */
  async checkpoint(): Promise<boolean> {
    // setTimeout, not a microtask: only a macrotask boundary lets onmessage run.
    await new Promise((r) => setTimeout(r, 0));
    const from = performance.now();
    while (this.paused && !this.stopped) {
      await new Promise<void>((r) => (this.wake = r));
      this.wake = undefined;
    }
    this.pausedMs += performance.now() - from;
    return !this.stopped;
  }
}
