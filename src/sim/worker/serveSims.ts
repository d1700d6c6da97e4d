import type { Job } from '../jobs/job';
import { simJobs } from '../jobs/simJobs';
import type { SimPort, ToSims } from './protocol';

/**
 * Runs sims jobs for one page, one at a time, newest request per channel first come first served.
 * Between a job's chunks the server posts its progress and yields a turn of the event loop (a
 * message-channel round trip, not setTimeout, which browsers clamp to 4 ms once nested), so a
 * newer request can arrive and cancel it. A job that throws reports its message; the server
 * carries on with the next request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job checks its own params; the protocol types them for callers
type AnyJob = Job<any, unknown>;

export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export function serveSims(port: SimPort, jobs: Record<string, AnyJob> = simJobs, turn: () => Promise<void> = nextTurn): void {
  const waiting = new Map<string, ToSims>();
  let current: { message: ToSims; cancelled: boolean } | null = null;
  let pumping = false;

  port.onmessage = ({ data }) => {
    const older = waiting.get(data.channel);
    if (older) port.postMessage({ type: 'cancelled', id: older.id });
    waiting.delete(data.channel);
    waiting.set(data.channel, data);
    if (current?.message.channel === data.channel) current.cancelled = true;
    if (!pumping) void pump();
  };

  async function pump() {
    pumping = true;
    for (let next = first(); next; next = first()) {
      waiting.delete(next.channel);
      const run = (current = { message: next, cancelled: false });
      await execute(run);
      current = null;
    }
    pumping = false;
  }
  const first = () => waiting.values().next().value;

  async function execute(run: { message: ToSims; cancelled: boolean }) {
    const { id, job, params } = run.message;
    const t0 = performance.now();
    try {
      if (!Object.hasOwn(jobs, job)) throw new Error(`no sims job called "${job}"`);
      const gen = jobs[job](params);
      for (let step = gen.next(); ; step = gen.next()) {
        if (step.done) {
          port.postMessage({ type: 'result', id, result: step.value as never, ms: performance.now() - t0 });
          return;
        }
        port.postMessage({ type: 'progress', id, ...step.value });
        await turn();
        if (run.cancelled) {
          gen.return(undefined);
          port.postMessage({ type: 'cancelled', id });
          return;
        }
      }
    } catch (e) {
      port.postMessage({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
    }
  }
}
