import { describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { EventQueue } from '../../../src/sim/eventQueue';

describe('EventQueue', () => {
  it('pops 10⁴ random events in the order Array.prototype.sort puts them (time, then insertion)', () => {
    const rand = randomSeeded(5);
    const q = new EventQueue(4); // starts tiny, so growing is exercised too
    const events: { t: number; i: number }[] = [];
    for (let i = 0; i < 10_000; i++) {
      // Coarse times make many ties, which must come out first-in first-out.
      const t = Math.floor(rand() * 500);
      events.push({ t, i });
      q.push(t, i % 7, i);
    }
    const expected = [...events].sort((a, b) => a.t - b.t || a.i - b.i);
    const got: number[] = [];
    while (q.pop()) {
      got.push(q.arg);
      expect(q.kind).toBe(q.arg % 7);
    }
    expect(got).toEqual(expected.map((e) => e.i));
  });

  it('interleaved pushes and pops still give the earliest event each time', () => {
    const q = new EventQueue();
    q.push(5, 0, 1);
    q.push(2, 0, 2);
    expect(q.pop() && q.now).toBe(2);
    q.push(1, 0, 3);
    q.push(5, 0, 4);
    expect([q.pop() && q.arg, q.pop() && q.arg, q.pop() && q.arg]).toEqual([3, 1, 4]);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('rejects a negative or NaN event time with a message', () => {
    const q = new EventQueue();
    expect(() => q.push(-1, 0)).toThrow(/time must be a number ≥ 0/);
    expect(() => q.push(NaN, 0)).toThrow(/time must be a number ≥ 0/);
  });
});
