import type { CellError, GradeReport, LogLevel, SandboxRequest, ShowView, WorkerMessage } from './types';

/**
 * Runs one request in a fresh sandbox worker with a time limit, on the page's side. The limit
 * is enforced here, not in the worker: a busy loop never yields, so only `terminate()` from the
 * page can stop it, and the page stays responsive because the loop is on another thread.
 * The clock starts when the worker says the reader's code is about to run (after loading and
 * making the test cases); loading itself has its own, longer limit.
 */
export const DEFAULT_TIME_LIMIT_MS = 2000;
const LOAD_LIMIT_MS = 15000;

export type Outcome =
  | { state: 'done'; ms: number; grade?: GradeReport }
  | { state: 'error'; ms: number; error: CellError; grade?: GradeReport }
  | { state: 'timeout'; ms: number; message: string };

export interface RunHandlers {
  onLog?: (level: LogLevel, text: string) => void;
  onShow?: (view: ShowView) => void;
  onTruncated?: (note: string) => void;
}

export interface Run {
  done: Promise<Outcome>;
  cancel: () => void;
}

/** Only messages of the shapes the worker sends are acted on; anything else is ignored. */
function valid(m: unknown): m is WorkerMessage {
  if (typeof m !== 'object' || m === null) return false;
  const k = (m as { kind?: unknown }).kind;
  return k === 'started' || k === 'log' || k === 'show' || k === 'truncated' || k === 'done' || k === 'failed';
}

function spawn(): Worker {
  return new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: 'cell sandbox' });
}

/**
 * One loaded, never-used worker kept ready, so a run does not wait for the worker's module to
 * load and parse (~100–700 ms on a busy machine). Each worker still serves exactly one run:
 * the spare has run nothing when it is taken, and a new spare is made for the next run.
 */
let spare: Worker | null = null;

/** Starts loading the next run's worker (a cell calls this when the reader focuses or points at it). */
export function prewarm(): void {
  if (spare || typeof Worker === 'undefined') return;
  const w = spawn();
  w.onerror = () => {
    if (spare === w) spare = null; // failed to load: the next run makes its own and reports the failure
    w.terminate();
  };
  spare = w;
}

function takeWorker(): Worker {
  const w = spare ?? spawn();
  spare = null;
  w.onerror = null;
  return w;
}

export function runSandbox(req: SandboxRequest, handlers: RunHandlers = {}, timeLimitMs = DEFAULT_TIME_LIMIT_MS): Run {
  const worker = takeWorker();
  const t0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (o: Outcome) => void = () => {};
  const done = new Promise<Outcome>((resolve) => {
    settle = (o) => {
      clearTimeout(timer);
      worker.terminate();
      settle = () => {};
      resolve(o);
      prewarm();
    };
  });
  const stopAfter = (ms: number, message: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => settle({ state: 'timeout', ms: performance.now() - t0, message }), ms);
  };
  const seconds = `${timeLimitMs / 1000} s`;
  stopAfter(LOAD_LIMIT_MS, `The sandbox did not start within ${LOAD_LIMIT_MS / 1000} s.`);
  worker.onmessage = (e: MessageEvent<unknown>) => {
    const m = e.data;
    if (!valid(m)) return;
    switch (m.kind) {
      case 'started':
        stopAfter(
          timeLimitMs,
          `Stopped after ${seconds}, the time limit: the code was still running (an infinite loop, or far too much work). The page was never blocked.`,
        );
        break;
      case 'log':
        handlers.onLog?.(m.level, String(m.text));
        break;
      case 'show':
        handlers.onShow?.(m.view);
        break;
      case 'truncated':
        handlers.onTruncated?.(String(m.note));
        break;
      case 'done':
        settle({ state: 'done', ms: performance.now() - t0, grade: m.grade });
        break;
      case 'failed':
        settle({ state: 'error', ms: performance.now() - t0, error: m.error, grade: m.grade });
        break;
    }
  };
  // An error nothing in the worker caught (a throw from a timer the cell started), or the worker dying (memory, a failed load).
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    const message = e.message
      ? `${e.message.replace(/^Uncaught /, '')} (thrown outside the cell's own flow, e.g. from a timer)`
      : 'The sandbox stopped unexpectedly (out of memory, or a script that failed to load).';
    settle({ state: 'error', ms: performance.now() - t0, error: { name: 'Uncaught', message } });
  };
  worker.onmessageerror = () =>
    settle({ state: 'error', ms: performance.now() - t0, error: { name: 'Crash', message: 'The sandbox sent a message the page could not read.' } });
  worker.postMessage(req);
  return { done, cancel: () => settle({ state: 'timeout', ms: performance.now() - t0, message: 'Stopped.' }) };
}
