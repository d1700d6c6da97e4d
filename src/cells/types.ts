/**
 * The messages between a page and its sandbox worker, and what a run produces. Everything here
 * is structured-cloneable data (strings, numbers, typed arrays): no functions, no DOM.
 */
export type Lang = 'ts' | 'js';

export type SandboxRequest = { kind: 'run'; code: string; lang: Lang } | { kind: 'grade'; code: string; lang: Lang; exercise: string; seed: number };

/** One thing `show(value)` drew, already reduced to what a viz primitive takes. */
export type ShowView =
  | { kind: 'heatmap'; label: string; rows: number; cols: number; values: Float32Array }
  | { kind: 'image'; label: string; channels: 1 | 3; height: number; width: number; data: Float32Array }
  | { kind: 'line'; label: string; values: Float64Array }
  | { kind: 'table'; label: string; columns: string[]; rows: string[][]; total: number }
  | { kind: 'text'; label: string; text: string };

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** One graded case: every field is display text made in the worker. */
export interface CaseRow {
  name: string;
  input: string;
  expected: string;
  got: string;
  pass: boolean;
  why?: string; // the comparer's reason when it failed, or the thrown message
}

export interface GradeReport {
  seed: number;
  tolerance: string;
  rows: CaseRow[];
  passed: number;
  firstFailure: number; // index into rows, −1 when every case passed
}

/** Where user code failed, in the user's own line numbers. */
export interface CellError {
  name: string; // 'Error', 'RangeError', 'SyntaxError', …
  message: string;
  line?: number;
}

export type WorkerMessage =
  | { kind: 'started' } // user code is about to run: the time limit starts now
  | { kind: 'log'; level: LogLevel; text: string }
  | { kind: 'show'; view: ShowView }
  | { kind: 'truncated'; note: string }
  | { kind: 'done'; ms: number; grade?: GradeReport }
  | { kind: 'failed'; ms: number; error: CellError; grade?: GradeReport };

/** How a run ended, as the page reports it. */
export type RunState = 'idle' | 'running' | 'done' | 'error' | 'timeout';
