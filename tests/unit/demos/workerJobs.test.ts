import { describe, expect, it } from 'vitest';
import { WorkerJobs, type JobWorker } from '../../../src/demos/shared/workerJobs.svelte';
import { ComputeSlots } from '../../../src/demos/shared/computeSlots';
import { serveJobs, type FromWorker, type JobPort, type ToWorker } from '../../../src/demos/shared/serveJobs';

/** A worker stand-in that records the jobs posted to it and answers when told to. */
class FakeWorker implements JobWorker<number, number> {
  onmessage: ((e: MessageEvent<FromWorker<number>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: ToWorker<number>[] = [];
  terminated = false;
  postMessage(m: ToWorker<number>) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: FromWorker<number>) {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker<number>>);
  }
}

describe('WorkerJobs', () => {
  it('runs one job at a time; a request made while another waits replaces it, and the replaced one resolves to null', async () => {
    const w = new FakeWorker();
    const jobs = new WorkerJobs<number, number>(() => w);
    const a = jobs.request(1);
    const b = jobs.request(2);
    const c = jobs.request(3);
    expect(w.posted.map((m) => m.request)).toEqual([1]); // 2 and 3 wait; 3 replaced 2
    expect(await b).toBeNull();
    w.reply({ id: w.posted[0].id, type: 'progress', progress: { done: 1, total: 2, stage: 'half' } });
    expect(jobs.progress).toEqual({ done: 1, total: 2, stage: 'half' });
    w.reply({ id: w.posted[0].id, type: 'done', result: 10 });
    expect(await a).toBe(10);
    expect(w.posted.map((m) => m.request)).toEqual([1, 3]);
    w.reply({ id: w.posted[1].id, type: 'done', result: 30 });
    expect(await c).toBe(30);
    expect(jobs.progress).toBeNull();
  });

  it('a job that fails rejects with the worker’s message and the next job still runs', async () => {
    const w = new FakeWorker();
    const jobs = new WorkerJobs<number, number>(() => w);
    const a = jobs.request(1);
    const b = jobs.request(2);
    w.reply({ id: w.posted[0].id, type: 'error', message: 'boom' });
    await expect(a).rejects.toThrow('boom');
    w.reply({ id: w.posted[1].id, type: 'done', result: 4 });
    expect(await b).toBe(4);
  });

  it('answers for an old job id are ignored', async () => {
    const w = new FakeWorker();
    const jobs = new WorkerJobs<number, number>(() => w);
    const a = jobs.request(1);
    w.reply({ id: 999, type: 'done', result: -1 });
    w.reply({ id: w.posted[0].id, type: 'done', result: 1 });
    expect(await a).toBe(1);
  });

  it('serveJobs answers each job with its progress and result, and turns a throw into an error message', async () => {
    const sent: FromWorker<number>[] = [];
    const port: JobPort<number, number> = { onmessage: null, postMessage: (m) => sent.push(m) };
    serveJobs(port, (x, progress) => {
      if (x < 0) throw new Error('negative');
      progress({ done: 1, total: 1, stage: 'square' });
      return x * x;
    });
    await port.onmessage!({ data: { id: 7, request: 3 } } as MessageEvent<ToWorker<number>>);
    await port.onmessage!({ data: { id: 8, request: -1 } } as MessageEvent<ToWorker<number>>);
    expect(sent).toEqual([
      { id: 7, type: 'progress', progress: { done: 1, total: 1, stage: 'square' } },
      { id: 7, type: 'done', result: 9 },
      { id: 8, type: 'error', message: 'negative' },
    ]);
  });
});

describe('ComputeSlots', () => {
  it('starts at once while a slot is free, then in the order asked as slots free; a second release does nothing', () => {
    const slots = new ComputeSlots(2);
    const started: string[] = [];
    const releases: Record<string, () => void> = {};
    const ask = (name: string) =>
      slots.take((release) => {
        started.push(name);
        releases[name] = release;
      });
    expect(ask('a')).toBeNull();
    expect(ask('b')).toBeNull();
    const cancelC = ask('c');
    ask('d');
    ask('e');
    expect(started).toEqual(['a', 'b']);
    cancelC!();
    releases.a();
    releases.a();
    expect(started).toEqual(['a', 'b', 'd']); // c was cancelled; the repeated release freed nothing more
    releases.b();
    releases.d();
    releases.e();
    expect(started).toEqual(['a', 'b', 'd', 'e']);
    expect(slots.free).toBe(2);
  });

  it('has at least one slot', () => {
    expect(new ComputeSlots(0).free).toBe(1);
  });
});

describe('WorkerJobs on shared slots', () => {
  it('a job waits for a free slot (busy meanwhile), only the newest waiting job starts, and dispose gives its slot back', async () => {
    const slots = new ComputeSlots(1);
    const [w1, w2] = [new FakeWorker(), new FakeWorker()];
    const [one, two] = [new WorkerJobs<number, number>(() => w1, slots), new WorkerJobs<number, number>(() => w2, slots)];
    const a = one.request(1);
    const b = two.request(2);
    const c = two.request(3);
    expect(w1.posted.map((m) => m.request)).toEqual([1]);
    expect(w2.posted).toEqual([]); // no slot yet
    expect(two.progress?.stage).toBe('waiting for a free core');
    expect(await b).toBeNull(); // replaced while it waited
    w1.reply({ id: w1.posted[0].id, type: 'done', result: 10 });
    expect(await a).toBe(10);
    expect(w2.posted.map((m) => m.request)).toEqual([3]);
    const d = one.request(4); // queues behind two's running job
    expect(w1.posted.length).toBe(1);
    two.dispose();
    expect(await c).toBeNull();
    expect(w1.posted.map((m) => m.request)).toEqual([1, 4]); // two's slot went to one
    w1.reply({ id: w1.posted[1].id, type: 'done', result: 40 });
    expect(await d).toBe(40);
    expect(slots.free).toBe(1);
  });

  it('a job disposed while it waits for a slot never starts and takes no slot', () => {
    const slots = new ComputeSlots(1);
    const [w1, w2] = [new FakeWorker(), new FakeWorker()];
    const [one, two] = [new WorkerJobs<number, number>(() => w1, slots), new WorkerJobs<number, number>(() => w2, slots)];
    void one.request(1);
    void two.request(2);
    two.dispose();
    w1.reply({ id: w1.posted[0].id, type: 'done', result: 1 });
    expect(w2.posted).toEqual([]);
    expect(slots.free).toBe(1);
  });
});
