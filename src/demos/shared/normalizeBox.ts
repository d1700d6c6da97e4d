/** A box as four numeric params, corner (x1, y1) to corner (x2, y2), in pixels. */
export interface BoxParams {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Puts a box's corners in order (x1 ≤ x2, y1 ≤ y2) and widens it to at least `minSize` on each
 * side within [0, size], so no kernel, table or SVG ever sees a negative or empty box. Fixes `v`
 * in place and says what it did, one sentence per repair (a demo's `repair` hook).
 */
export function normalizeBox(v: BoxParams, minSize: number, size: number): string[] {
  const fixes: string[] = [];
  for (const [a, b] of [
    ['x1', 'x2'],
    ['y1', 'y2'],
  ] as const) {
    if (v[a] > v[b]) {
      fixes.push(`${a}=${v[a]} and ${b}=${v[b]} swapped (${a} is the smaller corner)`);
      [v[a], v[b]] = [v[b], v[a]];
    }
    if (v[b] - v[a] < minSize) {
      const was = `${v[a]}–${v[b]}`;
      v[b] = Math.min(size, v[a] + minSize);
      v[a] = v[b] - minSize;
      fixes.push(`${a}–${b} = ${was} is narrower than ${minSize} px; widened to ${v[a]}–${v[b]}`);
    }
  }
  return fixes;
}
