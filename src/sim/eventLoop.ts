/**
 * A stepper for Node's event loop: given a script of callbacks (each may schedule more), the
 * order they run in by Node's rules (Node ≥ 11, libuv ≥ 1.45; "The Node.js Event Loop" guide):
 * - phases per iteration: timers → pending → poll → check (setImmediate) → close callbacks;
 * - after every macrotask callback (the main script, each timer, I/O callback, immediate, close
 *   callback) the process.nextTick queue drains completely, then the promise microtask queue
 *   (Promise.then, queueMicrotask) drains completely, including what they queue; a nextTick queued
 *   by a microtask runs after that drain, and the two alternate until both are empty
 *   (lib/internal/process/task_queues.js, processTicksAndRejections);
 * - timers: delay < 1 becomes 1 ms; timers are grouped by duration into lists kept in expiry order
 *   (ties by list creation), and an expired list runs all its expired timers before the next list
 *   (lib/internal/timers.js, processTimers / listOnTimeout);
 * - an immediate queued by an immediate waits for the next iteration; a close queued during the
 *   close phase likewise; poll does not block while immediates or closes are pending, otherwise it
 *   waits for the next I/O completion or timer expiry.
 * Time is logical: callbacks take no time except `busy` ops, and an `io` op completes `delay` ms
 * after it is issued (0: by the next poll). Real Node is only deterministic where these rules
 * decide; e.g. setTimeout(0) vs setImmediate from the main module depends on how long startup
 * took (here: immediate first, unless a `busy` op makes the timer due). Bounded by `maxSteps`.
 */
export type LoopOp =
  | { kind: 'sync'; label: string }
  | { kind: 'busy'; ms: number }
  | { kind: 'timeout' | 'io'; label: string; delay?: number; then?: LoopOp[] }
  | { kind: 'immediate' | 'nextTick' | 'promise' | 'microtask' | 'close'; label: string; then?: LoopOp[] };

export type LoopPhase = 'main' | 'timers' | 'poll' | 'check' | 'close';

export interface LoopStep {
  label: string;
  /** What scheduled it: 'sync' for a plain statement. */
  kind: LoopOp['kind'];
  phase: LoopPhase;
  iteration: number;
  time: number;
}

export interface EventLoopOptions {
  /** Run the script as the main module (default) or from inside an I/O callback (poll phase). */
  startIn?: 'main' | 'io';
  maxSteps?: number;
}

export interface EventLoopResult {
  steps: LoopStep[];
  /** Labels in execution order (every callback and sync op). */
  order: string[];
  /** False when maxSteps cut the run short. */
  finished: boolean;
}

type Callback = { label: string; kind: LoopOp['kind']; then: LoopOp[] };
type Timer = Callback & { start: number };
type TimerList = { msecs: number; timers: Timer[]; expiry: number; id: number };
type Io = Callback & { due: number; seq: number };

export function eventLoop(script: LoopOp[], options: EventLoopOptions = {}): EventLoopResult {
  const maxSteps = options.maxSteps ?? 10_000;
  const steps: LoopStep[] = [];
  let [clock, iteration, listIds, ioSeq] = [0, 0, 0, 0];
  let phase: LoopPhase = 'main';
  const lists = new Map<number, TimerList>();
  let immediates: Callback[] = [];
  let closing: Callback[] = [];
  const io: Io[] = [];
  const ticks: Callback[] = [];
  const micro: Callback[] = [];
  const full = () => steps.length >= maxSteps;

  const cb = (op: Extract<LoopOp, { then?: LoopOp[] }>): Callback => ({ label: op.label, kind: op.kind, then: op.then ?? [] });
  const exec = (ops: LoopOp[]) => {
    for (const op of ops) {
      if (op.kind === 'sync') record(op.label, 'sync');
      else if (op.kind === 'busy') clock += Math.max(0, op.ms);
      else if (op.kind === 'timeout') {
        // Node: `after` outside [1, 2³¹ − 1] becomes 1, and durations are truncated to whole ms.
        const d = op.delay ?? 0;
        const msecs = d >= 1 && d <= 2 ** 31 - 1 ? Math.trunc(d) : 1;
        let list = lists.get(msecs);
        if (!list) lists.set(msecs, (list = { msecs, timers: [], expiry: clock + msecs, id: listIds++ }));
        list.timers.push({ ...cb(op), start: clock });
      } else if (op.kind === 'io') io.push({ ...cb(op), due: clock + Math.max(0, op.delay ?? 0), seq: ioSeq++ });
      else if (op.kind === 'immediate') immediates.push(cb(op));
      else if (op.kind === 'close') closing.push(cb(op));
      else if (op.kind === 'nextTick') ticks.push(cb(op));
      else micro.push(cb(op));
    }
  };
  function record(label: string, kind: LoopStep['kind']) {
    if (!full()) steps.push({ label, kind, phase, iteration, time: clock });
  }
  const call = (c: Callback) => {
    record(c.label, c.kind);
    exec(c.then);
  };
  /** After a macrotask: all nextTicks, then all microtasks, until both queues are empty. */
  const drain = () => {
    do {
      while (ticks.length > 0 && !full()) call(ticks.shift()!);
      while (micro.length > 0 && !full()) call(micro.shift()!);
    } while (ticks.length > 0 && !full());
  };
  const macrotask = (c: Callback) => {
    call(c);
    drain();
  };

  const nextList = () => {
    let best: TimerList | undefined;
    for (const l of lists.values()) if (!best || l.expiry < best.expiry || (l.expiry === best.expiry && l.id < best.id)) best = l;
    return best;
  };
  const runTimers = () => {
    phase = 'timers';
    const now = clock;
    for (let list = nextList(); list && list.expiry <= now && !full(); list = nextList()) {
      while (list.timers.length > 0 && !full()) {
        const t = list.timers[0];
        if (now - t.start < list.msecs) {
          list.expiry = Math.max(t.start + list.msecs, now + 1);
          list.id = listIds++;
          break;
        }
        list.timers.shift();
        macrotask(t);
      }
      if (list.timers.length === 0) lists.delete(list.msecs);
    }
  };
  const poll = () => {
    phase = 'poll';
    if (immediates.length === 0 && closing.length === 0) {
      // Block until the first I/O completion or timer expiry, whichever is sooner.
      const wake = Math.min(nextList()?.expiry ?? Infinity, ...io.map((e) => e.due));
      if (Number.isFinite(wake)) clock = Math.max(clock, wake);
    }
    const ready = io.filter((e) => e.due <= clock).sort((a, b) => a.due - b.due || a.seq - b.seq);
    for (const e of ready) io.splice(io.indexOf(e), 1);
    for (const e of ready) if (!full()) macrotask(e);
  };
  const check = () => {
    phase = 'check';
    const batch = immediates;
    immediates = [];
    for (const c of batch) if (!full()) macrotask(c);
    if (full()) immediates = [...batch, ...immediates];
  };
  const close = () => {
    phase = 'close';
    const batch = closing;
    closing = [];
    for (const c of batch) if (!full()) macrotask(c);
  };
  const alive = () => lists.size > 0 || immediates.length > 0 || closing.length > 0 || io.length > 0;

  if (options.startIn === 'io') {
    phase = 'poll';
    exec(script);
    drain();
    check();
    close();
    iteration++;
  } else {
    exec(script);
    drain();
  }
  while (alive() && !full()) {
    runTimers();
    poll();
    check();
    close();
    iteration++;
  }
  return { steps, order: steps.map((s) => s.label), finished: !alive() && !full() };
}
