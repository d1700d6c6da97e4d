import { queueSim } from '../queueSim';
import type { Job } from './job';
import { serviceTime, type ServiceSpec } from './serviceTime';

/**
 * Batch size against throughput and latency. A call costs a fixed overhead (a sample of the
 * service time: round trip, commit, kernel launch) plus `perItem` ms per request in it; a server
 * takes up to b waiting requests, or fewer once the oldest has waited `timeout` ms. Full batches
 * give the capacity b·c/(E[S] + b·perItem) per ms, the most the servers can do; whether the
 * offered λ fits under it decides stability. One seeded run per b at the same λ (requests/s).
 */
export interface BatchSweepParams {
  arrivalRate: number;
  servers: number;
  service: ServiceSpec;
  perItem: number;
  timeout: number;
  sizes: number[];
  buffer: number | null;
  arrivals: number;
  seed: number;
}

export interface BatchPoint {
  size: number;
  /** Requests/s with every batch full. */
  capacity: number;
  rho: number;
  stable: boolean;
  /** Completions/s measured. */
  throughput: number;
  mean: number;
  p50: number;
  p99: number;
  shed: number;
}

export const batchSweep: Job<BatchSweepParams, { points: BatchPoint[] }> = function* (p) {
  const service = serviceTime(p.service);
  const lambda = p.arrivalRate / 1000;
  const horizon = p.arrivals / lambda;
  const points: BatchPoint[] = [];
  for (const [i, size] of p.sizes.entries()) {
    const r = queueSim({
      arrivalRate: lambda,
      servers: p.servers,
      service,
      buffer: p.buffer ?? undefined,
      batch: { size, timeout: p.timeout, perItem: p.perItem },
      horizon,
      warmup: horizon / 10,
      seed: p.seed + i,
    });
    points.push({
      size,
      capacity: ((size * p.servers) / (service.mean + size * p.perItem)) * 1000,
      rho: r.rho,
      stable: r.stable,
      throughput: r.throughput * 1000,
      mean: r.sojourn.mean,
      p50: r.sojourn.p50,
      p99: r.sojourn.p99,
      shed: r.arrivals > 0 ? r.dropped / r.arrivals : 0,
    });
    yield { done: i + 1, total: p.sizes.length };
  }
  return { points };
};
