import { afterEach, describe, expect, it } from 'vitest';
import { WorkerTask } from '../../../src/demos/shared/workerTask.svelte';
import type { JobWorker } from '../../../src/demos/shared/workerJobs.svelte';
import type { FromWorker, ToWorker } from '../../../src/demos/shared/serveJobs';

/** A worker stand-in that records the jobs posted to it and answers when told to. */
class FakeWorker implements JobWorker<number, number> {
  onmessage: ((e: MessageEvent<FromWorker<number>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: ToWorker<number>[] = [];
  postMessage(m: ToWorker<number>) {
    this.posted.push(m);
  }
  terminate() {}
  reply(n: number, m: { result: number } | { message: string }) {
    const id = this.posted[n].id;
    const data: FromWorker<number> = 'result' in m ? { id, type: 'done', result: m.result } : { id, type: 'error', message: m.message };
    this.onmessage?.({ data } as MessageEvent<FromWorker<number>>);
  }
}

/** Lets the promise callbacks of an answer run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

// Every task gives back its compute slot after its test: a job left unanswered would hold the page's one slot.
const made: WorkerTask<number, number>[] = [];
afterEach(() => made.splice(0).forEach((t) => t.dispose()));

function setup() {
  const w = new FakeWorker();
  const failures: string[] = [];
  const task = new WorkerTask<number, number>(
    () => w,
    'The doubler',
    (m) => failures.push(m),
  );
  made.push(task);
  return { w, task, failures };
}

describe('WorkerTask', () => {
  it('an answer for settings replaced since is never shown; the newest settings are computed next and shown', async () => {
    const { w, task } = setup();
    task.request(1);
    task.request(2);
    task.request(3); // replaces 2, which never starts
    expect(w.posted.map((m) => m.request)).toEqual([1]);
    w.reply(0, { result: 10 });
    await settle();
    expect(task.last).toBeNull();
    expect(task.pending).toBe(true);
    expect(w.posted.map((m) => m.request)).toEqual([1, 3]);
    w.reply(1, { result: 30 });
    await settle();
    expect(task.result).toBe(30);
    expect(task.pending).toBe(false);
  });

  it('asking again for the key on its way starts no second job', () => {
    const { w, task } = setup();
    task.request(5);
    task.request(5);
    expect(w.posted).toHaveLength(1);
  });

  it('while the next answer is computed, result is null and last keeps the previous answer', async () => {
    const { w, task } = setup();
    task.request(1, 'first');
    w.reply(0, { result: 2 });
    await settle();
    task.request(2, 'second');
    expect(task.result).toBeNull();
    expect(task.last).toBe(2);
    expect(task.pending).toBe(true);
  });

  it('a failure of the newest request reaches fail, named after the work', async () => {
    const { w, task, failures } = setup();
    task.request(1);
    w.reply(0, { message: 'boom' });
    await settle();
    expect(failures).toEqual(['The doubler could not run: boom']);
    expect(task.result).toBeNull();
  });
});
