import type { EventLoopOptions, LoopOp } from '../../sim/eventLoop';

/**
 * The "predict the order" scripts. Each is one whose order Node's rules decide (no race between a
 * timer and an immediate from the main module, no I/O against timers), so what the stepper shows
 * is what Node prints: tests/unit/demos/eventLoopScripts.test.ts runs every one in Node and
 * compares. Labels are unique within a script (the stepper tracks callbacks by label).
 */
export interface LoopScript {
  title: string;
  /** The rule the script isolates, shown once the order is revealed. */
  rule: string;
  script: LoopOp[];
  startIn: NonNullable<EventLoopOptions['startIn']>;
}

const sync = (label: string): LoopOp => ({ kind: 'sync', label });
const busy = (ms: number): LoopOp => ({ kind: 'busy', ms });
const timer = (label: string, then: LoopOp[] = [], delay = 0): LoopOp => ({ kind: 'timeout', label, then, delay });
const cb =
  (kind: 'immediate' | 'nextTick' | 'promise' | 'microtask' | 'close') =>
  (label: string, then: LoopOp[] = []): LoopOp => ({ kind, label, then });
const [immediate, tick, promise, micro, close] = [cb('immediate'), cb('nextTick'), cb('promise'), cb('microtask'), cb('close')];

export const SCRIPTS = {
  basics: {
    title: 'Inside an I/O callback: sync code, nextTick, promises, setImmediate, setTimeout(0)',
    rule: 'Synchronous code first; then the whole nextTick queue, then every microtask; then the loop moves on: check (setImmediate) comes right after poll, the timer waits for the next iteration.',
    script: [sync('A'), timer('timeout'), immediate('immediate'), tick('nextTick'), promise('promise'), micro('queueMicrotask'), sync('B')],
    startIn: 'io',
  },
  'tick-in-promise': {
    title: 'A nextTick queued inside a promise callback',
    rule: 'Node drains nextTicks, then microtasks. A nextTick queued by a microtask waits until the microtask queue is empty; a promise queued by a nextTick runs in this drain.',
    script: [promise('P1', [tick('T2')]), tick('T1', [promise('P2')])],
    startIn: 'main',
  },
  'tick-starves': {
    title: 'nextTick inside nextTick',
    rule: 'The nextTick queue drains completely, including ticks queued while draining, before any promise: recursive nextTick can starve I/O.',
    script: [tick('A', [tick('B', [tick('C')])]), promise('P'), sync('S')],
    startIn: 'main',
  },
  'promise-chains': {
    title: 'Two promise chains',
    rule: 'A .then queued inside a microtask goes to the back of the microtask queue: chains interleave, one link each.',
    script: [promise('P1', [promise('P1b', [promise('P1c')])]), promise('P2', [promise('P2b')])],
    startIn: 'main',
  },
  'timer-microtasks': {
    title: 'Microtasks between two timers',
    rule: "Since Node 11, each timer's nextTicks and microtasks run before the next timer, as in browsers.",
    script: [timer('A', [promise('A.promise'), tick('A.tick')]), timer('B', [promise('B.promise')])],
    startIn: 'main',
  },
  'immediate-chain': {
    title: 'setImmediate inside setImmediate',
    rule: 'The check phase runs the immediates that were queued when it began; one queued by an immediate waits for the next loop iteration (ticks still run in between).',
    script: [immediate('I1', [immediate('I3'), tick('tick')]), immediate('I2')],
    startIn: 'main',
  },
  'timer-order': {
    title: 'Timers with different delays',
    rule: 'Timers fire in order of due time, equal delays in the order they were set, whatever order the code set them in.',
    script: [timer('slow 20 ms', [], 20), timer('fast 5 ms', [], 5), timer('also 5 ms', [], 5), sync('main done')],
    startIn: 'main',
  },
  'busy-main': {
    title: 'A slow main script',
    rule: 'From the main module the timer-or-immediate order depends on startup time; 20 ms of synchronous work makes the timer already due, so the timers phase runs it first.',
    script: [timer('timeout'), immediate('immediate'), busy(20), sync('after 20 ms of work')],
    startIn: 'main',
  },
  close: {
    title: "A socket's 'close' event",
    rule: "Close callbacks run in the last phase, after check (setImmediate) and before the next iteration's timers.",
    script: [close('close', [tick('close.tick')]), immediate('immediate'), timer('timeout'), tick('nextTick')],
    startIn: 'io',
  },
} satisfies Record<string, LoopScript>;

export type ScriptId = keyof typeof SCRIPTS;
export const SCRIPT_IDS = Object.keys(SCRIPTS) as ScriptId[];

/** How many labelled steps a script runs: every sync statement and every callback runs exactly once. */
export function stepCount(ops: LoopOp[]): number {
  return ops.reduce((n, op) => n + (op.kind === 'busy' ? 0 : 1 + ('then' in op && op.then ? stepCount(op.then) : 0)), 0);
}
