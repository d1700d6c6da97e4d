import { describe, expect, it } from 'vitest';
import { nearestIndex } from '../../../src/viz/nearestIndex';

/** A pointer event over an element whose box starts at `left` and is `shown` CSS px wide. */
const at = (clientX: number, left: number, shown: number) =>
  ({ clientX, currentTarget: { getBoundingClientRect: () => ({ left, width: shown }) } }) as unknown as PointerEvent;

describe('nearestIndex', () => {
  it('maps the pointer into the chart’s own px before comparing: 50 of 200 shown px is x = 100 of 400', () => {
    // Hand-computed: (60 − 10) / 200 · 400 = 100; |100 − 90| = 10 < |100 − 130| = 30.
    expect(nearestIndex(at(60, 10, 200), 400, [0, 90, 130])).toBe(1);
  });

  it('a pointer exactly between two positions picks the first', () => {
    expect(nearestIndex(at(50, 0, 100), 100, [40, 60])).toBe(0);
  });

  it('a pointer outside the chart picks the nearest end', () => {
    expect(nearestIndex(at(-30, 0, 100), 100, [10, 50, 90])).toBe(0);
    expect(nearestIndex(at(500, 0, 100), 100, [10, 50, 90])).toBe(2);
  });

  it('nothing to pick gives null', () => {
    expect(nearestIndex(at(5, 0, 100), 100, [])).toBeNull();
  });
});
