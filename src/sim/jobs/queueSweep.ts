import { queueSim } from '../queueSim';
import { batchMeans, meanCI } from '../stats';
import type { Job } from './job';
import { serviceTime, type ServiceSpec } from './serviceTime';

/**
 * Latency against utilisation: one seeded queueSim run per ρ, with c servers and the chosen
 * service time, λ = ρ·c/E[S]. Each run has `arrivals` arrivals; the first 10% of the horizon is
 * warm-up. The mean response time carries a 95% CI from 20 batch means (waits of successive
 * requests are correlated, so a plain t-interval over requests would be far too narrow), which is
 * what the demo checks the M/M/c curve against. Times in ms.
 */
export interface QueueSweepParams {
  servers: number;
  service: ServiceSpec;
  rhos: number[];
  arrivals: number;
  seed: number;
}

export interface QueueSweepPoint {
  rho: number;
  mean: number;
  halfWidth: number;
  p50: number;
  p95: number;
  p99: number;
  completed: number;
}

export interface QueueSweepResult {
  points: QueueSweepPoint[];
  events: number;
}

export const queueSweep: Job<QueueSweepParams, QueueSweepResult> = function* (p) {
  const service = serviceTime(p.service);
  const points: QueueSweepPoint[] = [];
  let events = 0;
  for (const [i, rho] of p.rhos.entries()) {
    const lambda = (rho * p.servers) / service.mean;
    const horizon = p.arrivals / lambda;
    const r = queueSim({ arrivalRate: lambda, servers: p.servers, service, horizon, warmup: horizon / 10, seed: p.seed + i });
    events += r.events;
    const ci = meanCI(batchMeans(r.sojourns, 20));
    points.push({ rho, mean: r.sojourn.mean, halfWidth: ci.halfWidth, p50: r.sojourn.p50, p95: r.sojourn.p95, p99: r.sojourn.p99, completed: r.completed });
    yield { done: i + 1, total: p.rhos.length };
  }
  return { points, events };
};
