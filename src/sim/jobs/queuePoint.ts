import { queueSim } from '../queueSim';
import { batchMeans, mean, meanCI, type LatencySummary } from '../stats';
import type { Job } from './job';
import { serviceTime, type ServiceSpec } from './serviceTime';

/**
 * One operating point of the queueing demo: λ in requests/s, times in ms, an optional bound on
 * the waiting room. Reports what Little's law needs from the trace itself (the time-average
 * number in system L, the observed arrival rate of admitted requests and their mean response
 * time W), the shed share, and, because an unstable queue has no steady state to report, how the
 * mean response time drifts from the first tenth of arrivals to the last.
 */
export interface QueuePointParams {
  arrivalRate: number;
  servers: number;
  service: ServiceSpec;
  /** Most requests waiting (not in service); null for unbounded. */
  buffer: number | null;
  arrivals: number;
  seed: number;
}

export interface QueuePointResult {
  /** The λ (requests/s) this result was simulated for. */
  arrivalRate: number;
  rho: number;
  stable: boolean;
  arrivals: number;
  dropped: number;
  completed: number;
  sojourn: LatencySummary;
  /** 95% CI half-width of the mean response time (20 batch means). */
  halfWidth: number;
  wait: LatencySummary;
  /** Time-average number in system and waiting. */
  l: number;
  lq: number;
  /** Admitted requests per ms (arrivals − shed, over the window): the λ of L = λW when requests are shed. */
  admittedRate: number;
  utilisation: number;
  /** Completions per second. */
  throughput: number;
  early: number;
  late: number;
  events: number;
  truncated: boolean;
}

export const queuePoint: Job<QueuePointParams, QueuePointResult> = function* (p) {
  const service = serviceTime(p.service);
  const lambda = p.arrivalRate / 1000;
  const horizon = p.arrivals / lambda;
  const warmup = horizon / 10;
  yield { done: 0, total: 1 };
  const r = queueSim({ arrivalRate: lambda, servers: p.servers, service, buffer: p.buffer ?? undefined, horizon, warmup, seed: p.seed });
  const tenth = Math.max(1, Math.floor(r.sojourns.length / 10));
  const span = horizon - warmup;
  return {
    arrivalRate: p.arrivalRate,
    rho: r.rho,
    stable: r.stable,
    arrivals: r.arrivals,
    dropped: r.dropped,
    completed: r.completed,
    sojourn: r.sojourn,
    halfWidth: meanCI(batchMeans(r.sojourns, 20)).halfWidth,
    wait: r.wait,
    l: r.l,
    lq: r.lq,
    admittedRate: (r.arrivals - r.dropped) / span,
    utilisation: r.utilisation,
    throughput: r.throughput * 1000,
    early: mean(r.sojourns.subarray(0, tenth)),
    late: mean(r.sojourns.subarray(r.sojourns.length - tenth)),
    events: r.events,
    truncated: r.truncated,
  };
};
