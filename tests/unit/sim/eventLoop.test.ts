import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventLoop, type EventLoopOptions, type LoopOp } from '../../../src/sim/eventLoop';
import { eventLoopSource } from '../../../src/sim/eventLoopSource';

/**
 * The reference is Node itself: each script is written out as the equivalent CommonJS program
 * (eventLoopSource), run in a child Node process, and its printed order compared with the stepper's.
 * Only scripts whose order Node's rules decide are listed (no race between a timer and an
 * immediate from the main module, no race between I/O and timers); the `busy` ops are 20 ms
 * against 1–5 ms timers, so a loaded machine cannot flip them.
 */
const t = (label: string, then?: LoopOp[], delay?: number): LoopOp => ({ kind: 'timeout', label, then, delay });
const op =
  (kind: 'immediate' | 'nextTick' | 'promise' | 'microtask' | 'close' | 'io') =>
  (label: string, then?: LoopOp[]): LoopOp => ({ kind, label, then });
const [imm, tick, prom, micro, close] = [op('immediate'), op('nextTick'), op('promise'), op('microtask'), op('close')];
const sync = (label: string): LoopOp => ({ kind: 'sync', label });
const busy = (ms: number): LoopOp => ({ kind: 'busy', ms });

const CASES: { name: string; script: LoopOp[]; options?: EventLoopOptions }[] = [
  { name: 'sync code, then nextTick, then promise microtasks in order, then the timer', script: [t('T'), tick('N'), prom('P'), micro('M'), sync('S')] },
  { name: 'nextTick queued by a microtask waits for the microtask queue to drain', script: [prom('P1', [tick('T2')]), tick('T1', [prom('P2')])] },
  { name: 'a nextTick queued by a nextTick runs before any promise', script: [tick('A', [tick('B')]), prom('C')] },
  { name: 'a microtask queued by a microtask runs before the next nextTick', script: [prom('P', [tick('N'), prom('Q')])] },
  { name: 'promise chains interleave: a .then queued inside P1 runs after P2', script: [prom('P1', [prom('P1b')]), prom('P2')] },
  { name: 'inside an I/O callback setImmediate always beats setTimeout(0)', script: [t('T'), imm('I')], options: { startIn: 'io' } },
  { name: 'from main, a timer already due (20 ms of sync work) runs before setImmediate', script: [t('T'), imm('I'), busy(20)] },
  { name: "each timer's nextTicks and microtasks run before the next timer (Node ≥ 11)", script: [t('A', [prom('A1'), tick('A0')]), t('B', [prom('B1')])] },
  { name: 'timers fire by due time: 5 ms timers before a 20 ms one, equal ones in order', script: [t('A', [], 20), t('B', [], 5), t('C', [], 5)] },
  // Durations far apart: real Node orders expired timers by due time (start + duration) at millisecond
  // granularity, so 2 ms vs 1 ms flips when the two setTimeout calls straddle a millisecond on a loaded machine.
  { name: 'two expired timers run shortest duration first', script: [t('A', [], 30), t('B', [], 1), busy(60)] },
  { name: 'an immediate queued by an immediate waits for the next loop iteration', script: [imm('I1', [imm('I3'), tick('N')]), imm('I2')] },
  { name: 'from a timer, setImmediate runs before a new setTimeout(0)', script: [t('T', [t('T2'), imm('I')])] },
  {
    name: 'close callbacks run after check, and before the next timers phase',
    script: [close('C', [tick('CN')]), imm('I'), t('T'), tick('N')],
    options: { startIn: 'io' },
  },
];

const dir = mkdtempSync(join(tmpdir(), 'event-loop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function runInNode(script: LoopOp[], options?: EventLoopOptions): string[] {
  const file = join(dir, 'script.cjs');
  writeFileSync(file, eventLoopSource(script, options));
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 15_000 });
  if (r.status !== 0) throw new Error(`node exited ${r.status}: ${r.stderr}`);
  return r.stdout.trim().split('\n');
}

describe('eventLoop against real Node', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, { script, options }) => {
    const sim = eventLoop(script, options);
    expect(sim.finished).toBe(true);
    expect(sim.order).toEqual(runInNode(script, options));
  });
});

describe('eventLoop stepper', () => {
  it('records the phase of each callback: main, then timers, then check, with microtasks in the phase that queued them', () => {
    const { steps } = eventLoop([sync('S'), imm('I', [prom('IP')]), t('T', [], 5)]);
    expect(steps.map((s) => `${s.label}@${s.phase}`)).toEqual(['S@main', 'I@check', 'IP@check', 'T@timers']);
    expect(steps.at(-1)!.time).toBe(5);
  });

  it('I/O that completes after 5 ms comes after a 1 ms timer (poll blocks until the sooner of the two)', () => {
    expect(eventLoop([{ kind: 'io', label: 'IO', delay: 5 }, t('T')]).order).toEqual(['T', 'IO']);
  });

  it('maxSteps cuts a run short and says it did not finish', () => {
    const r = eventLoop([tick('a', [tick('b', [tick('c', [tick('d')])])])], { maxSteps: 2 });
    expect([r.order, r.finished]).toEqual([['a', 'b'], false]);
  });
});
