import { eventLoop, type LoopOp, type LoopStep } from '../eventLoop';
import { loopQueues, type LoopQueues } from '../eventLoopQueues';
import { eventLoopSource } from '../eventLoopSource';
import type { Job } from './job';

/** One event-loop script for the stepper: the order, the queues between steps, and the Node program it stands for. */
export interface LoopRunParams {
  script: LoopOp[];
  startIn: 'main' | 'io';
}

export interface LoopRunResult {
  steps: LoopStep[];
  order: string[];
  finished: boolean;
  queues: LoopQueues[];
  source: string;
}

export const loopRun: Job<LoopRunParams, LoopRunResult> = function* (p) {
  yield { done: 0, total: 1 };
  const options = { startIn: p.startIn, maxSteps: 1000 };
  const r = eventLoop(p.script, options);
  return { steps: r.steps, order: r.order, finished: r.finished, queues: loopQueues(p.script, r.steps), source: eventLoopSource(p.script, options) };
};
