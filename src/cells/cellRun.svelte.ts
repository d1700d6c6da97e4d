import { DEFAULT_TIME_LIMIT_MS, runSandbox, type Outcome, type Run } from './runSandbox';
import type { CellError, GradeReport, LogLevel, SandboxRequest, ShowView } from './types';

/** One item under a cell, in the order it happened. */
export type OutputEntry = { kind: 'log'; level: LogLevel; text: string } | { kind: 'show'; view: ShowView } | { kind: 'note'; text: string };

export type CellState = 'idle' | 'running' | 'done' | 'error' | 'timeout';

/**
 * The state of a cell's latest run: what it printed and drew, how it ended. A new run cancels
 * the one before it (its worker is terminated), so only the latest run ever writes here.
 */
export class CellRun {
  state: CellState = $state('idle');
  entries: OutputEntry[] = $state([]);
  error: CellError | null = $state(null);
  timeoutMessage = $state('');
  grade: GradeReport | null = $state(null);
  ms = $state(0);
  private current: Run | null = null;

  constructor(readonly timeLimitMs = DEFAULT_TIME_LIMIT_MS) {}

  async start(req: SandboxRequest): Promise<Outcome> {
    this.current?.cancel();
    this.state = 'running';
    this.entries = [];
    this.error = null;
    this.grade = null;
    this.timeoutMessage = '';
    const run = runSandbox(
      req,
      {
        onLog: (level, text) => this.current === run && this.entries.push({ kind: 'log', level, text }),
        onShow: (view) => this.current === run && this.entries.push({ kind: 'show', view }),
        onTruncated: (text) => this.current === run && this.entries.push({ kind: 'note', text }),
      },
      this.timeLimitMs,
    );
    this.current = run;
    const outcome = await run.done;
    if (this.current !== run) return outcome;
    this.current = null;
    this.ms = outcome.ms;
    if (outcome.state === 'done') {
      this.state = 'done';
      this.grade = outcome.grade ?? null;
    } else if (outcome.state === 'error') {
      this.state = 'error';
      this.error = outcome.error;
      this.grade = outcome.grade ?? null;
    } else {
      this.state = 'timeout';
      this.timeoutMessage = outcome.message;
    }
    return outcome;
  }

  /** Forget the last run (Reset). */
  clear(): void {
    this.current?.cancel();
    this.current = null;
    this.state = 'idle';
    this.entries = [];
    this.error = null;
    this.grade = null;
  }
}
