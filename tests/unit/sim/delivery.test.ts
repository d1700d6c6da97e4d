import { describe, expect, it } from 'vitest';
import { delivery, type DeliveryOptions, type Guarantee } from '../../../src/sim/delivery';

const GUARANTEES: Guarantee[] = ['at-most-once', 'at-least-once', 'effectively-once'];
// A consumer that restarts in 1 unit. With 5-unit restarts the redelivery backlog can keep it crashing
// (each delivery risks a crash) until some copies exhaust maxAttempts: seed 7 gives up on 101 of them.
const FAULTY: Omit<DeliveryOptions, 'guarantee'> = { messages: 20_000, networkLoss: 0.05, crash: 0.05, restart: 1, seed: 7 };

describe('delivery guarantees under faults', () => {
  it('has cases', () => expect(GUARANTEES.length).toBe(3));

  it.each(GUARANTEES)('%s with no faults applies every message exactly once', (guarantee) => {
    const r = delivery({ messages: 5000, guarantee, networkLoss: 0, crash: 0 });
    expect([r.lost, r.duplicates, r.truncated]).toEqual([0, 0, false]);
    expect(r.effects.every((e) => e === 1)).toBe(true);
  });

  it('the idempotent consumer (effectively-once) yields zero duplicates and zero losses under 5% loss per hop and 5% crashes', () => {
    const r = delivery({ ...FAULTY, guarantee: 'effectively-once' });
    expect([r.lost, r.duplicates, r.gaveUp]).toEqual([0, 0, 0]);
    // The faults did happen: the transport redelivered and the consumer crashed.
    expect(r.deliveries).toBeGreaterThan(1.1 * FAULTY.messages);
    expect(r.crashes).toBeGreaterThan(0);
  });

  it('at-least-once over the same faults loses nothing but repeats effects', () => {
    const r = delivery({ ...FAULTY, guarantee: 'at-least-once' });
    expect([r.lost, r.gaveUp]).toEqual([0, 0]);
    expect(r.duplicates).toBeGreaterThan(0.05 * FAULTY.messages);
  });

  it('an ack timeout shorter than processing makes at-least-once repeat effects even with no faults; the idempotency key still holds', () => {
    const slow = { messages: 2000, networkLoss: 0, crash: 0, process: 12, ackTimeout: 10 };
    expect(delivery({ ...slow, guarantee: 'at-least-once' }).duplicates).toBeGreaterThan(1000);
    expect(delivery({ ...slow, guarantee: 'effectively-once' }).duplicates).toBe(0);
  });

  it('at-most-once never repeats, and loses 1 − (1 − ℓ)²(1 − c/2) of messages (two hops, half the crashes before the effect)', () => {
    // Messages 10 apart with 1 unit restarts, so one crash never takes down a neighbour's delivery.
    const [l, c, n] = [0.05, 0.1, 20_000];
    const r = delivery({ messages: n, guarantee: 'at-most-once', networkLoss: l, crash: c, interval: 10, restart: 1, seed: 3 });
    const p = 1 - (1 - l) ** 2 * (1 - c / 2);
    expect(r.duplicates).toBe(0);
    // Binomial: sd √(p(1 − p)/n) ≈ 0.0025; 4 sd.
    expect(Math.abs(r.lost / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('maxAttempts bounds redelivery to a consumer that never gets through (loss 0.99), which then reports losses', () => {
    const r = delivery({ messages: 100, guarantee: 'at-least-once', networkLoss: 0.99, crash: 0, maxAttempts: 5 });
    expect(r.truncated).toBe(false);
    expect(r.gaveUp).toBeGreaterThan(0);
    expect(r.lost).toBeGreaterThan(90);
  });
});
