import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { SCRIPT_IDS, SCRIPTS, stepCount, type ScriptId } from './scripts';

export const eventLoopParams = defineParams({
  script: { type: 'enum', default: 'basics', options: SCRIPT_IDS.map((id): readonly [ScriptId, string] => [id, SCRIPTS[id].title]), label: 'Script' },
  at: { type: 'int', default: 0, min: 0, max: 64, label: 'Steps run' },
});

export const eventLoopMeta: DemoMeta<typeof eventLoopParams> = {
  id: 'event-loop',
  title: "Node's event loop: predict the order",
  claim:
    'After every callback Node drains process.nextTick, then the promise microtasks; timers, I/O, setImmediate and close callbacks wait for their phase of the loop.',
  questions: ['software/python-bash-node'],
  params: eventLoopParams,
  limits: (v) => {
    const n = stepCount(SCRIPTS[v.script].script);
    return { at: { max: n, why: `the "${v.script}" script runs ${n} steps` } };
  },
  steps: () => [
    {
      say: 'Inside an I/O callback. Before running anything: what does Node print? The main script runs first: A, then B.',
      patch: { script: 'basics', at: 2 },
      show: 'loop',
    },
    { say: 'The callback has returned: the nextTick queue drains first…', patch: { at: 3 } },
    { say: '…then every microtask: the promise, then queueMicrotask, in the order they were queued.', patch: { at: 5 } },
    { say: 'The poll phase is done, so the check phase runs setImmediate; the timer has to wait for the next iteration.', patch: { at: 6 } },
    { say: 'Next iteration, timers phase: setTimeout(0) finally runs, although it was set before setImmediate.', patch: { at: 7 } },
    {
      say: 'A nextTick queued inside a promise callback: T1 and its promise P2 run in the first drain, T2 only after the microtask queue is empty.',
      patch: { script: 'tick-in-promise', at: 4 },
    },
    { say: 'Two promise chains interleave one link at a time: each .then joins the back of the queue.', patch: { script: 'promise-chains', at: 5 } },
    { say: 'Since Node 11 each timer’s ticks and microtasks run before the next timer, as in a browser.', patch: { script: 'timer-microtasks', at: 5 } },
    {
      say: 'An immediate queued by an immediate waits for the next iteration; the tick queued with it runs right after I1.',
      patch: { script: 'immediate-chain', at: 4 },
    },
  ],
};
