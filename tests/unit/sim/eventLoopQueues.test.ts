import { describe, expect, it } from 'vitest';
import { eventLoop, type LoopOp } from '../../../src/sim/eventLoop';
import { loopQueues } from '../../../src/sim/eventLoopQueues';

describe('event-loop queues between steps', () => {
  // A; setTimeout(T); process.nextTick(N → Promise P2); Promise P; B. Node prints A B N P P2 T (hand, Node's rules).
  const script: LoopOp[] = [
    { kind: 'sync', label: 'A' },
    { kind: 'timeout', label: 'T' },
    { kind: 'nextTick', label: 'N', then: [{ kind: 'promise', label: 'P2' }] },
    { kind: 'promise', label: 'P' },
    { kind: 'sync', label: 'B' },
  ];

  it('tracks each callback from the step that schedules it to the step that runs it (hand-traced)', () => {
    const run = eventLoop(script);
    expect(run.order).toEqual(['A', 'B', 'N', 'P', 'P2', 'T']);
    const q = loopQueues(script, run.steps);
    expect(q).toHaveLength(7);
    expect(q[0]).toEqual({ nextTick: [], microtasks: [], timers: [], io: [], check: [], close: [] });
    expect(q[1]).toMatchObject({ nextTick: ['N'], microtasks: ['P'], timers: ['T (0 ms)'] }); // after A: the rest of main has run up to B
    expect(q[3]).toMatchObject({ nextTick: [], microtasks: ['P', 'P2'] }); // N ran and queued P2 behind P
    expect(q[4].microtasks).toEqual(['P2']);
    expect(q[5]).toMatchObject({ microtasks: [], timers: ['T (0 ms)'] });
    expect(q[6].timers).toEqual([]);
  });

  it('an immediate queued by an immediate joins the check queue when its parent runs', () => {
    const s: LoopOp[] = [
      { kind: 'immediate', label: 'I1', then: [{ kind: 'immediate', label: 'I3' }] },
      { kind: 'immediate', label: 'I2' },
    ];
    const run = eventLoop(s);
    expect(run.order).toEqual(['I1', 'I2', 'I3']);
    const q = loopQueues(s, run.steps);
    expect(q.map((x) => x.check)).toEqual([['I1', 'I2'], ['I2', 'I3'], ['I3'], []]);
  });

  it('refuses a script whose labels repeat (the queues would be ambiguous)', () => {
    const s: LoopOp[] = [
      { kind: 'sync', label: 'X' },
      { kind: 'sync', label: 'X' },
    ];
    expect(() => loopQueues(s, eventLoop(s).steps)).toThrow(/unique labels/);
  });
});
