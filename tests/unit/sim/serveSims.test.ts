import { describe, expect, it } from 'vitest';
import { queueSweep } from '../../../src/sim/jobs/queueSweep';
import type { FromSims, SimPort, ToSims } from '../../../src/sim/worker/protocol';
import { nextTurn, serveSims } from '../../../src/sim/worker/serveSims';

/** A fake worker port and a turn the test releases by hand, so the order of events is the test's. */
type Jobs = NonNullable<Parameters<typeof serveSims>[1]>;
function harness(jobs: Jobs) {
  const out: FromSims[] = [];
  const port: SimPort = { postMessage: (m) => out.push(m), onmessage: null };
  let release: (() => void)[] = [];
  const turn = () => new Promise<void>((r) => release.push(r));
  serveSims(port, jobs, turn);
  const send = (id: number, channel: string, job: string) => port.onmessage!({ data: { type: 'run', id, channel, job, params: {} } as unknown as ToSims });
  /** Lets every job waiting on a turn continue, then lets their promise chains settle. */
  const step = async () => {
    const r = release;
    release = [];
    r.forEach((f) => f());
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { out, send, step };
}

function* counter(): Generator<{ done: number; total: number }, string, void> {
  yield { done: 1, total: 2 };
  yield { done: 2, total: 2 };
  return 'counted';
}
function* broken(): Generator<{ done: number; total: number }, never, void> {
  yield { done: 0, total: 1 };
  throw new Error('servers must be ≥ 1');
}
const JOBS: Jobs = { counter, broken };
const kinds = (out: FromSims[], id: number) => out.filter((m) => m.id === id).map((m) => m.type);

describe('serveSims', () => {
  it('posts each progress, then the result, for one run', async () => {
    const h = harness(JOBS);
    h.send(1, 'a', 'counter');
    await h.step();
    await h.step();
    expect(kinds(h.out, 1)).toEqual(['progress', 'progress', 'result']);
    expect(h.out.at(-1)).toMatchObject({ type: 'result', id: 1, result: 'counted' });
  });

  it('a newer run on the same channel cancels the running one at its next progress point, then runs', async () => {
    const h = harness(JOBS);
    h.send(1, 'a', 'counter');
    h.send(2, 'a', 'counter'); // arrives while 1 waits for its first turn
    await h.step();
    expect(kinds(h.out, 1)).toEqual(['progress', 'cancelled']);
    await h.step();
    await h.step();
    expect(kinds(h.out, 2)).toEqual(['progress', 'progress', 'result']);
  });

  it('a waiting run that is superseded before it starts is cancelled without running', async () => {
    const h = harness(JOBS);
    h.send(1, 'a', 'counter');
    h.send(2, 'b', 'counter');
    h.send(3, 'b', 'counter');
    expect(kinds(h.out, 2)).toEqual(['cancelled']);
    for (let i = 0; i < 4; i++) await h.step();
    expect(kinds(h.out, 1)).toEqual(['progress', 'progress', 'result']);
    expect(kinds(h.out, 3)).toEqual(['progress', 'progress', 'result']);
  });

  it('a job that throws reports its message, and the next request still runs', async () => {
    const h = harness(JOBS);
    h.send(1, 'a', 'broken');
    h.send(2, 'b', 'counter');
    await h.step();
    expect(h.out.find((m) => m.id === 1 && m.type === 'error')).toMatchObject({ message: 'servers must be ≥ 1' });
    await h.step();
    await h.step();
    expect(kinds(h.out, 2)).toEqual(['progress', 'progress', 'result']);
  });

  it('an unknown job name is an error, not a crash (inherited names such as "constructor" too)', async () => {
    const h = harness(JOBS);
    h.send(1, 'a', 'nope');
    h.send(2, 'b', 'constructor');
    await h.step();
    expect(h.out.filter((m) => m.type === 'error').map((m) => m.id)).toEqual([1, 2]);
  });

  it('through real message-channel turns, a seeded job gives the same result as calling it directly', async () => {
    const params = { servers: 2, service: { kind: 'exponential' as const, mean: 10, cv: 1 }, rhos: [0.5, 0.8], arrivals: 2000, seed: 3 };
    const out: FromSims[] = [];
    const done = new Promise<void>((resolve) => {
      const port: SimPort = {
        postMessage: (m) => {
          out.push(m);
          if (m.type === 'result') resolve();
        },
        onmessage: null,
      };
      serveSims(port, undefined, nextTurn);
      port.onmessage!({ data: { type: 'run', id: 7, channel: 'sweep', job: 'queueSweep', params } });
    });
    await done;
    const gen = queueSweep(params);
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect((out.at(-1) as Extract<FromSims, { type: 'result' }>).result).toEqual(r.value);
    expect(out.filter((m) => m.type === 'progress')).toHaveLength(2);
  });
});
