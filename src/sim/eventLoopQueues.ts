import type { LoopOp, LoopStep } from './eventLoop';

/**
 * What is waiting in each of Node's queues between the steps of an `eventLoop` run, for the
 * stepper: entry k is the state after the first k steps have run (entry 0: before the main script).
 * An op joins its queue when the callback that schedules it runs (top-level ops: as the main
 * script reaches them, after the sync statements before them) and leaves it when it runs itself.
 * Reconstructed from the script tree and the recorded order, so labels must be unique. Timers are
 * listed in the order they were set, each with its delay; the loop itself orders them by due time.
 */
export interface LoopQueues {
  nextTick: string[];
  microtasks: string[];
  timers: string[];
  io: string[];
  check: string[];
  close: string[];
}

type Queue = keyof LoopQueues;
const QUEUE_OF: Record<Exclude<LoopOp['kind'], 'sync' | 'busy'>, Queue> = {
  nextTick: 'nextTick',
  promise: 'microtasks',
  microtask: 'microtasks',
  timeout: 'timers',
  io: 'io',
  immediate: 'check',
  close: 'close',
};

export function loopQueues(script: LoopOp[], steps: LoopStep[]): LoopQueues[] {
  const ranAt = new Map<string, number>();
  steps.forEach((s, i) => {
    if (ranAt.has(s.label)) throw new Error(`loopQueues needs unique labels; "${s.label}" runs twice`);
    ranAt.set(s.label, i);
  });
  const entries: { label: string; queue: Queue; from: number; to: number }[] = [];
  /** Walks the ops a callback runs; `next` is the number of steps recorded when it starts. */
  const walk = (ops: LoopOp[], next: number) => {
    for (const op of ops) {
      if (op.kind === 'busy') continue;
      if (op.kind === 'sync') {
        next++;
        continue;
      }
      const to = ranAt.get(op.label) ?? Infinity;
      const shown = op.kind === 'timeout' ? `${op.label} (${op.delay ?? 0} ms)` : op.label;
      entries.push({ label: shown, queue: QUEUE_OF[op.kind], from: next, to });
      if (op.then && Number.isFinite(to)) walk(op.then, to + 1);
    }
  };
  walk(script, 0);
  // The walk is depth-first; a queue is in scheduling order (a stable sort keeps siblings in order).
  entries.sort((a, b) => a.from - b.from);
  const out: LoopQueues[] = [];
  for (let k = 0; k <= steps.length; k++) {
    const q: LoopQueues = { nextTick: [], microtasks: [], timers: [], io: [], check: [], close: [] };
    for (const e of entries) if (e.from <= k && e.to >= k) q[e.queue].push(e.label);
    out.push(q);
  }
  return out;
}
