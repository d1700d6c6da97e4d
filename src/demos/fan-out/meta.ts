import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const FAN_OUTS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] as const;

export const fanOutParams = defineParams({
  n: { type: 'enum', default: 100, options: FAN_OUTS, label: 'Fan-out n (services per request)' },
  p: { type: 'number', default: 0.01, min: 0.0001, max: 0.5, scale: 'log', label: 'P(one service call is slow)' },
  hedgeAfter: { type: 'number', default: 20, min: 1, max: 500, scale: 'log', label: 'Send a hedge (backup call) after', unit: 'ms' },
  rate: { type: 'number', default: 200, min: 20, max: 400, step: 10, label: 'Requests to the dependency', unit: 'req/s' },
  slow: { type: 'number', default: 2, min: 1, max: 5, step: 0.1, label: 'Dependency slowdown from 10 s to 20 s (×)' },
  timeout: { type: 'number', default: 200, min: 20, max: 2000, scale: 'log', label: 'Client timeout', unit: 'ms' },
  retries: { type: 'int', default: 3, min: 0, max: 5, label: 'Retries per request' },
  backoff: {
    type: 'enum',
    default: 'exponential',
    options: {
      none: 'none: retry at once',
      exponential: 'exponential, no jitter',
      full: 'exponential, full jitter',
      equal: 'exponential, equal jitter',
      decorrelated: 'decorrelated jitter',
    },
    label: 'Backoff between retries (AWS definitions)',
  },
  base: { type: 'number', default: 50, min: 1, max: 1000, scale: 'log', label: 'Backoff base', unit: 'ms' },
  breaker: { type: 'bool', default: false, label: 'Circuit breaker (opens at ≥ 50% failures)' },
  openMs: { type: 'number', default: 2000, min: 100, max: 10000, scale: 'log', label: 'Breaker open duration', unit: 'ms' },
  seed: { type: 'int', default: 1, min: 1, max: 99999, label: 'Seed' },
});

export const fanOutMeta: DemoMeta<typeof fanOutParams> = {
  id: 'fan-out',
  title: 'Fan-out multiplies the tail; retries can multiply the load',
  claim: 'A request that waits for n services is slow whenever any one is: with 1% slow calls, 100 services make 63% of requests slow, 1 − (1 − p)ⁿ.',
  questions: ['system-design/microservices-tradeoffs', 'system-design/monolith-to-microservices'],
  params: fanOutParams,
  steps: () => [
    { say: 'One service, 1 call in 100 slow (~1 s instead of ~10 ms): 1% of requests are slow.', patch: { n: 1, p: 0.01 }, show: 'tail' },
    { say: 'Fan out to 10 services and wait for all: 1 − 0.99¹⁰ = 9.6% of requests are slow.', patch: { n: 10 } },
    { say: 'Fan out to 100: 1 − 0.99¹⁰⁰ = 63%, The Tail at Scale’s number. Each service still meets its own p99.', patch: { n: 100 } },
    { say: 'Rarer slowness does not save you: 1 in 10,000 slow, 2,000 services: 1 − 0.9999²⁰⁰⁰ ≈ 18%, almost 1 in 5.', patch: { n: 2000, p: 0.0001 } },
    {
      say: 'n = 10⁴ at 1%: every request is slow. The run is capped at 4·10⁵ service calls, so it simulates 40 requests instead of hanging.',
      patch: { n: 10000, p: 0.01 },
    },
    {
      say: 'Hedge: after 20 ms (about a call’s p95) send a backup and take the first answer. A call is now slow only if both are: 1 − (1 − p²)ⁿ ≈ 1% at n = 100, for ~5% more calls.',
      patch: { n: 100, hedgeAfter: 20 },
      show: 'hedge',
    },
    {
      say: 'Retries: the dependency (5 servers, 20 ms, 250/s) runs at ρ = 0.8 until it slows 2× from 10 s to 20 s. Clients time out at 200 ms and retry 3 times: attempts jump to ~4× and the storm outlives the slowdown.',
      patch: { slow: 2, retries: 3, timeout: 200, backoff: 'exponential', breaker: false },
      show: 'storm',
    },
    {
      say: 'Full jitter spreads the retries out but does not remove them: once every attempt times out, the load is (1 + retries)·λ whatever the backoff. Compare the kinds in the table.',
      patch: { backoff: 'full' },
    },
    { say: 'No retries: the slowdown still hurts, but the backlog drains once it ends and the dependency recovers.', patch: { retries: 0 } },
    {
      say: 'Three retries again, behind a circuit breaker: it opens within a second of the slowdown, fails requests fast, probes while half-open, and closes once calls succeed again.',
      patch: { retries: 3, breaker: true },
    },
  ],
};
