import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/sim/wilsonInterval';

describe('Wilson score interval', () => {
  // Newcombe, Stat. Med. 17:857–872 (1998), Table I, method 3, printed to 4 decimals.
  const CASES = [
    { x: 81, n: 263, lo: 0.2553, hi: 0.3662 },
    { x: 15, n: 148, lo: 0.0624, hi: 0.1605 },
    { x: 0, n: 20, lo: 0, hi: 0.1611 },
    { x: 1, n: 29, lo: 0.0061, hi: 0.1718 },
  ];
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));
  it.each(CASES.map((c) => [`${c.x}/${c.n}`, c] as const))("%s matches Newcombe's Table I to its 4 printed decimals", (_, c) => {
    const ci = wilsonInterval(c.x, c.n);
    expect(Math.abs(ci.lo - c.lo)).toBeLessThan(5e-5);
    expect(Math.abs(ci.hi - c.hi)).toBeLessThan(5e-5);
  });
  it('n/n is the mirror of 0/n, and no trials give [0, 1]', () => {
    const a = wilsonInterval(0, 20);
    const b = wilsonInterval(20, 20);
    expect(b.lo).toBeCloseTo(1 - a.hi, 12);
    expect(b.hi).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual({ lo: 0, hi: 1 });
  });
});
