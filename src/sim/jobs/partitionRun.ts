import { queueSim } from '../queueSim';
import type { LatencySummary } from '../stats';
import type { Job } from './job';
import { serviceTime, type ServiceSpec } from './serviceTime';

/**
 * k partitions, each with c servers and sized for the same λ (requests/s) as the single queue,
 * so the total offered is k·λ; a hot key sends share h of all of it to partition 0 and the rest
 * spreads evenly. With h = 1/k every partition is the single queue again; with h > 1/k partition
 * 0 carries k·h times its fair load, ρ₀ = k·h·ρ, and saturates first. Times in ms.
 */
export interface PartitionParams {
  arrivalRate: number;
  servers: number;
  service: ServiceSpec;
  partitions: number;
  hotShare: number;
  buffer: number | null;
  arrivals: number;
  seed: number;
}

export interface PartitionStats {
  share: number;
  /** Offered utilisation k·λ·share·E[S]/c. */
  rho: number;
  utilisation: number;
  meanSojourn: number;
  shed: number;
  arrivals: number;
}

export interface PartitionResult {
  parts: PartitionStats[];
  sojourn: LatencySummary;
  stable: boolean;
}

export const partitionRun: Job<PartitionParams, PartitionResult> = function* (p) {
  const service = serviceTime(p.service);
  const total = (p.partitions * p.arrivalRate) / 1000;
  const horizon = p.arrivals / total;
  yield { done: 0, total: 1 };
  const hotShare = p.partitions === 1 ? 1 : p.hotShare;
  const r = queueSim({
    arrivalRate: total,
    servers: p.servers,
    service,
    buffer: p.buffer ?? undefined,
    partitions: { count: p.partitions, hotShare },
    horizon,
    warmup: horizon / 10,
    seed: p.seed,
  });
  return {
    parts: r.partitions.map((x) => ({
      share: x.share,
      rho: (total * x.share * service.mean) / p.servers,
      utilisation: x.utilisation,
      meanSojourn: x.meanSojourn,
      shed: x.arrivals > 0 ? x.dropped / x.arrivals : 0,
      arrivals: x.arrivals,
    })),
    sojourn: r.sojourn,
    stable: r.stable,
  };
};
