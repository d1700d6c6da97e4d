import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/sim/circuitBreaker';

// Resilience4j's documented rules, traced by hand on tiny sequences.
const OPTS = { failureRateThreshold: 0.5, windowSize: 4, minimumCalls: 4, openDuration: 10, halfOpenCalls: 2 };

describe('CircuitBreaker', () => {
  it('stays closed below minimumCalls even when every call failed', () => {
    const b = new CircuitBreaker(OPTS);
    for (let t = 0; t < 3; t++) b.record(t, false, b.allow(t));
    expect(b.state).toBe('closed');
  });

  it('opens at a failure rate equal to the threshold (2 of 4), rejects for openDuration, then half-opens', () => {
    const b = new CircuitBreaker(OPTS);
    [true, false, true, false].forEach((ok, t) => b.record(t, ok, b.allow(t)));
    expect(b.state).toBe('open');
    expect(b.allow(12.9)).toBe(-1); // opened at t = 3: still open until 13
    expect(b.allow(13)).toBeGreaterThanOrEqual(0);
    expect(b.state).toBe('half-open');
  });

  it('half-open lets exactly halfOpenCalls through; two successes close it', () => {
    const b = new CircuitBreaker(OPTS);
    [false, false, false, false].forEach((ok, t) => b.record(t, ok, b.allow(t)));
    const [p1, p2, p3] = [b.allow(20), b.allow(20), b.allow(20)];
    expect([p1 >= 0, p2 >= 0, p3]).toEqual([true, true, -1]);
    b.record(21, true, p1);
    expect(b.state).toBe('half-open');
    b.record(22, true, p2);
    expect(b.state).toBe('closed');
    expect(b.transitions.map((x) => x.state)).toEqual(['open', 'half-open', 'closed']);
  });

  it('one failure of the two probes (50% ≥ 50%) opens it again', () => {
    const b = new CircuitBreaker(OPTS);
    [false, false, false, false].forEach((ok, t) => b.record(t, ok, b.allow(t)));
    const [p1, p2] = [b.allow(20), b.allow(20)];
    b.record(21, true, p1);
    b.record(22, false, p2);
    expect(b.state).toBe('open');
    expect(b.allow(31.9)).toBe(-1); // reopened at 22
  });

  it('ignores an outcome whose ticket predates the current state', () => {
    const b = new CircuitBreaker(OPTS);
    const old = b.allow(0);
    [false, false, false, false].forEach((ok, t) => b.record(t, ok, b.allow(t)));
    const probe = b.allow(20);
    b.record(20.5, false, old); // a slow call from before the breaker opened
    expect(b.state).toBe('half-open');
    b.record(21, true, probe);
    expect(b.state).toBe('half-open');
  });

  it('rejects a threshold outside (0, 1] with a message', () => {
    expect(() => new CircuitBreaker({ ...OPTS, failureRateThreshold: 50 })).toThrow(/threshold must be in \(0, 1\]/);
  });
});
