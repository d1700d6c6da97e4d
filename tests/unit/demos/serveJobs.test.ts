import { describe, expect, test } from 'vitest';
import { serveJobs, type FromWorker, type JobPort, type ToWorker } from '../../../src/demos/shared/serveJobs';

/** A stand-in for a worker's global scope that records what it posts and what it transfers. */
function fakePort<Req, Res>() {
  const posted: { message: FromWorker<Res>; transfer: Transferable[] }[] = [];
  const port: JobPort<Req, Res> = { onmessage: null, postMessage: (message, transfer = []) => posted.push({ message, transfer }) };
  const send = async (m: ToWorker<Req>) => {
    await port.onmessage!(new MessageEvent('message', { data: m }));
  };
  return { port, posted, send };
}

describe('serveJobs', () => {
  test('a result’s typed arrays are transferred once each, not copied; progress comes first, keyed by job id', async () => {
    const { port, posted, send } = fakePort<number, { a: Float32Array; b: { c: Uint8Array; again: Float32Array } }>();
    const a = new Float32Array(4);
    serveJobs(port, (n, progress) => {
      progress({ done: 1, total: 2, stage: 'half' });
      return { a, b: { c: new Uint8Array(n), again: a } };
    });
    await send({ id: 7, request: 3 });
    expect(posted.map((p) => [p.message.id, p.message.type])).toEqual([
      [7, 'progress'],
      [7, 'done'],
    ]);
    const done = posted[1];
    expect(done.transfer).toHaveLength(2); // a's buffer (named twice) and c's
    expect(done.transfer).toContain(a.buffer);
  });

  test('a thrown error becomes an error message with its text, and nothing is transferred', async () => {
    const { port, posted, send } = fakePort<number, number>();
    serveJobs(port, () => {
      throw new Error('bad size');
    });
    await send({ id: 1, request: 0 });
    expect(posted).toEqual([{ message: { id: 1, type: 'error', message: 'bad size' }, transfer: [] }]);
  });
});
