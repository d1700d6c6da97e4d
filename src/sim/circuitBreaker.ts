/**
 * A count-based circuit breaker with Resilience4j's rules and option names
 * (resilience4j CircuitBreakerConfig: failureRateThreshold, slidingWindowSize,
 * minimumNumberOfCalls, waitDurationInOpenState, permittedNumberOfCallsInHalfOpenState):
 * - closed: calls pass; outcomes fill a window of the last `windowSize` calls. Once at least
 *   `minimumCalls` are recorded and the failure rate is ≥ `failureRateThreshold`, it opens.
 * - open: calls are rejected without reaching the dependency, for `openDuration`.
 * - half-open: the next `halfOpenCalls` calls pass, the rest are rejected; when all of those have
 *   reported, a failure rate ≥ threshold opens it again, otherwise it closes with an empty window.
 * Time is passed in, so the breaker runs on simulated time. `allow` hands out a ticket naming the
 * state it was granted in; an outcome reported with a ticket from an earlier state (a slow call
 * that started before the breaker opened) is ignored: our choice, so that half-open judges only
 * its own probes. The rules follow Resilience4j's documented behaviour, not its code.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Fraction in (0, 1]: 0.5 opens at 50% failures. */
  failureRateThreshold: number;
  windowSize: number;
  minimumCalls: number;
  openDuration: number;
  halfOpenCalls: number;
}

export class CircuitBreaker {
  state: BreakerState = 'closed';
  /** Every change of state, in order, with the time it happened. */
  readonly transitions: { time: number; state: BreakerState }[] = [];
  private outcomes: boolean[] = [];
  private openedAt = 0;
  private permitted = 0;
  private generation = 0;

  constructor(readonly o: BreakerOptions) {
    if (!(o.failureRateThreshold > 0 && o.failureRateThreshold <= 1))
      throw new RangeError(`failure-rate threshold must be in (0, 1], got ${o.failureRateThreshold}`);
    for (const k of ['windowSize', 'minimumCalls', 'halfOpenCalls'] as const) {
      if (!Number.isInteger(o[k]) || o[k] < 1) throw new RangeError(`${k} must be a whole number ≥ 1, got ${o[k]}`);
    }
    if (!(o.openDuration >= 0)) throw new RangeError(`open duration must be ≥ 0, got ${o.openDuration}`);
  }

  /** May a call go out at time t? A ticket (≥ 0) if so, −1 if rejected. Open → half-open once the open duration has passed. */
  allow(t: number): number {
    if (this.state === 'open' && t >= this.openedAt + this.o.openDuration) this.go('half-open', t);
    if (this.state === 'closed') return this.generation;
    if (this.state === 'half-open' && this.permitted < this.o.halfOpenCalls) {
      this.permitted++;
      return this.generation;
    }
    return -1;
  }

  /** Reports the outcome of a call that `allow` let through with this ticket. */
  record(t: number, ok: boolean, ticket: number): void {
    if (ticket !== this.generation || this.state === 'open') return;
    this.outcomes.push(ok);
    if (this.state === 'closed') {
      if (this.outcomes.length > this.o.windowSize) this.outcomes.shift();
      if (this.outcomes.length >= this.o.minimumCalls && this.failureRate() >= this.o.failureRateThreshold) this.go('open', t);
    } else if (this.outcomes.length >= this.o.halfOpenCalls) {
      this.go(this.failureRate() >= this.o.failureRateThreshold ? 'open' : 'closed', t);
    }
  }

  failureRate(): number {
    const n = this.outcomes.length;
    return n === 0 ? 0 : this.outcomes.filter((ok) => !ok).length / n;
  }

  private go(state: BreakerState, t: number): void {
    this.state = state;
    this.outcomes = [];
    this.permitted = 0;
    this.generation++;
    if (state === 'open') this.openedAt = t;
    this.transitions.push({ time: t, state });
  }
}
