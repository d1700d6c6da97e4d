import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64] as const;

export const queueingParams = defineParams({
  rate: { type: 'number', default: 80, min: 1, max: 5000, scale: 'log', label: 'Arrival rate λ', unit: 'req/s' },
  servers: { type: 'int', default: 1, min: 0, max: 64, label: 'Servers c' },
  service: {
    type: 'enum',
    default: 'exponential',
    options: { exponential: 'exponential (M/M/c)', deterministic: 'deterministic (M/D/c)', lognormal: 'lognormal', pareto: 'Pareto (heavy tail)' },
    label: 'Service-time distribution',
  },
  mean: { type: 'number', default: 10, min: 0.1, max: 1000, scale: 'log', label: 'Mean service time E[S]', unit: 'ms' },
  cv: { type: 'number', default: 2, min: 0.1, max: 5, step: 0.1, label: 'Service cv = sd/mean (lognormal, Pareto)' },
  bounded: { type: 'bool', default: false, label: 'Bound the queue: shed arrivals when it is full' },
  buffer: { type: 'int', default: 20, min: 0, max: 1000, label: 'Waiting room (requests)' },
  batch: { type: 'enum', default: 8, options: BATCH_SIZES, label: 'Batch size b' },
  perItem: { type: 'number', default: 1, min: 0, max: 50, step: 0.5, label: 'Cost per item in a batch', unit: 'ms' },
  batchWait: { type: 'number', default: 5, min: 0, max: 100, step: 1, label: 'Batch timeout', unit: 'ms' },
  partitions: { type: 'int', default: 4, min: 1, max: 32, label: 'Partitions k' },
  hot: { type: 'number', default: 0.25, min: 0, max: 1, step: 0.01, label: 'Hot-key share h (of all traffic, to partition 0)' },
  seed: { type: 'int', default: 1, min: 1, max: 99999, label: 'Seed' },
});

export const queueingMeta: DemoMeta<typeof queueingParams> = {
  id: 'queueing',
  title: 'Queueing: latency explodes as utilisation nears 1',
  claim:
    'Waiting time grows like ρ/(1 − ρ): a server busy 80% of the time makes requests wait four service times, and at ρ ≥ 1 there is no steady state at all.',
  questions: ['system-design/real-time-processing', 'system-design/high-throughput-streams'],
  params: queueingParams,
  steps: () => [
    {
      say: 'One 10 ms server at λ = 20/s: ρ = 0.2, and W = 1/(μ − λ) = 1/(100 − 20) s = 12.5 ms, barely above the service time.',
      patch: { rate: 20, servers: 1, mean: 10, service: 'exponential', bounded: false },
      show: 'latency',
    },
    { say: 'λ = 50/s, ρ = 0.5: W = 20 ms, twice the service time. Half of it is waiting.', patch: { rate: 50 } },
    {
      say: 'λ = 80/s, ρ = 0.8: W = 50 ms and p99 = ln(100)/(μ − λ) = 230 ms. The server is idle a fifth of the time, yet requests wait four service times.',
      patch: { rate: 80 },
    },
    { say: 'λ = 95/s, ρ = 0.95: W = 200 ms, p99 ≈ 920 ms. The last 15% of load multiplied the mean by four.', patch: { rate: 95 } },
    {
      say: "λ = 120/s, ρ = 1.2: arrivals outpace service. No steady state: response times climb for as long as the run lasts, and Little's law has no L to give.",
      patch: { rate: 120 },
      show: 'little',
    },
    {
      say: 'Bound the queue at 20 waiting: the excess is shed (M/M/1/21: 17%), and the p99 of those served stays bounded. That is backpressure.',
      patch: { bounded: true, buffer: 20 },
      show: 'shed',
    },
    {
      say: 'Pool servers: c = 2 at λ = 160/s is ρ = 0.8 again, but W = 27.8 ms instead of 50: an arrival waits only when both are busy.',
      patch: { bounded: false, rate: 160, servers: 2 },
      show: 'latency',
    },
    {
      say: 'Same mean, deterministic service: the waiting part roughly halves (exactly half for one server, by Pollaczek–Khinchine).',
      patch: { service: 'deterministic' },
    },
    {
      say: 'Heavy tail: lognormal service with cv 3, same mean and same ρ. The mean wait grows with 1 + cv² and the p99 far more.',
      patch: { service: 'lognormal', cv: 3 },
    },
    {
      say: 'Batching: at λ = 200/s a 10 ms call per request serves only 91/s. Batches of 8 (10 ms + 1 ms per item) serve 444/s: stable, at the price of waiting for the batch.',
      patch: { service: 'exponential', servers: 1, rate: 200, batch: 8, perItem: 1 },
      show: 'batching',
    },
    {
      say: 'Partitions: 4 partitions each sized for 50/s (ρ = 0.5). A hot key with 55% of all traffic gives partition 0 ρ = 4·0.55·0.5 = 1.1: it overflows while the others idle.',
      patch: { rate: 50, partitions: 4, hot: 0.55 },
      show: 'partitions',
    },
  ],
};
