/// <reference lib="webworker" />
import { compileCell, describeError } from './compile';
import { cellRequire } from './moduleMap';
import { neutralise } from './neutralise';
import { outputSink } from './outputSink';
import { grade } from './grade';
import { exercises } from './exercises/registry';
import type { SandboxRequest, WorkerMessage } from './types';

/**
 * One run of one cell, in a fresh module worker (no DOM). The page makes a new worker per run
 * and terminates it at the time limit, so nothing a run leaves behind (timers, globals, patched
 * prototypes) reaches the next one. The ways out are removed before the first message is read.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post: (m: WorkerMessage) => void = scope.postMessage.bind(scope);
const still = neutralise(scope);
if (still.length) throw new Error(`sandbox: could not remove ${still.join(', ')}`);

let code = '';

scope.addEventListener('message', async (e: MessageEvent<SandboxRequest>) => {
  const req = e.data;
  code = req.code;
  const sink = outputSink(post);
  const t0 = performance.now();
  const ms = () => performance.now() - t0;
  try {
    if (req.kind === 'grade') {
      const entry = Object.hasOwn(exercises, req.exercise) ? exercises[req.exercise] : undefined;
      if (!entry) throw new Error(`no exercise called "${req.exercise}"`);
      const { exercise } = await entry.load();
      const cases = exercise.cases(req.seed);
      const { report, error } = await grade(exercise, req.code, req.lang, req.seed, sink, cases, () => post({ kind: 'started' }));
      post(error ? { kind: 'failed', ms: ms(), error, grade: report } : { kind: 'done', ms: ms(), grade: report });
      return;
    }
    post({ kind: 'started' });
    const body = compileCell(req.code, req.lang);
    const module = { exports: {} as Record<string, unknown> };
    await body(cellRequire('cell'), module.exports, module, sink.show, sink.console);
    post({ kind: 'done', ms: ms() });
  } catch (err) {
    post({ kind: 'failed', ms: ms(), error: describeError(err, code) });
  }
});

// A throw from a timer or a promise nobody awaited: still the reader's error, reported as one.
scope.addEventListener('unhandledrejection', (e) => post({ kind: 'failed', ms: 0, error: describeError(e.reason, code) }));
