import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { exponential } from '../../src/sim/distributions';
import { EventQueue } from '../../src/sim/eventQueue';
import { queueSim } from '../../src/sim/queueSim';

/**
 * The budget: 10⁶ simulated events in under 1 s. One run is an M/M/1 queue at ρ = 0.9 cut
 * at exactly 10⁶ events (arrivals and departures; maxEvents stops it), including the output
 * analysis (sorting ~5·10⁵ waits for the percentiles). For scale, the bare event list in the classic
 * "hold" workload (10³ pending events; pop the earliest, push one a random time later), 10⁶ times.
 * Wall and CPU time both: the machine is shared, and CPU time is what an idle core would take.
 * No ORT or tfjs equivalent exists, so there is no ratio.
 */
const EVENTS = 1_000_000;
const times = { sim: [] as number[], simCpu: [] as number[], heap: [] as number[], heapCpu: [] as number[] };
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const row = (name: string, wall: number[], cpu: number[]) =>
    `\n  ${name.padEnd(44)} ${median(wall).toFixed(1).padStart(7)} ms wall ${median(cpu).toFixed(1).padStart(7)} ms cpu`;
  writeSync(
    2,
    `\nsimulator, medians of ${times.sim.length} runs` +
      row(`queueSim M/M/1 ρ = 0.9, ${EVENTS} events`, times.sim, times.simCpu) +
      row(`EventQueue hold, 10³ pending, ${EVENTS} pop+push`, times.heap, times.heapCpu) +
      `\n  target: ${EVENTS} simulated events < 1000 ms\n\n`,
  );
}

describe(`simulate ${EVENTS} events`, () => {
  bench(
    'queueSim M/M/1, 10⁶ events',
    () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      const r = queueSim({ arrivalRate: 0.9, servers: 1, service: exponential(1), horizon: 1e9, maxEvents: EVENTS, seed: 1 });
      times.sim.push(performance.now() - t0);
      times.simCpu.push(cpuMs(c0));
      if (r.events !== EVENTS) throw new Error(`ran ${r.events} events`);
    },
    { iterations: 5, warmupIterations: 1, setup: resetOnRun(times.sim, times.simCpu) },
  );

  bench(
    'EventQueue hold, 10⁶ pop + push',
    () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      const q = new EventQueue(1024);
      let x = 1;
      // Park–Miller: cheap pseudo-random increments in [0, 1), so the heap does real work.
      const next = () => (x = (x * 16807) % 2147483647) / 2147483647;
      for (let i = 0; i < 1000; i++) q.push(next(), 0, i);
      for (let i = 0; i < EVENTS; i++) {
        q.pop();
        q.push(q.now + next(), 0, i);
      }
      times.heap.push(performance.now() - t0);
      times.heapCpu.push(cpuMs(c0));
    },
    { iterations: 5, warmupIterations: 1, setup: resetOnRun(times.heap, times.heapCpu), teardown: report },
  );
});
