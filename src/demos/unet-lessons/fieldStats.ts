export interface FieldStats {
  /** Side of the smallest square around (row, col), clipped to the image, holding half the gradient's mass. */
  half: number;
  peak: { row: number; col: number };
}

/** Summaries of an effective field `map` [S, S] (non-negative) of output pixel (row, col). */
export function fieldStats(map: Float32Array, S: number, row: number, col: number): FieldStats {
  let total = 0;
  let peak = 0;
  for (let i = 0; i < S; i++)
    for (let j = 0; j < S; j++) {
      const v = map[i * S + j];
      total += v;
      if (v > map[peak]) peak = i * S + j;
    }
  let half = 0;
  for (let r = 0; r <= S && total > 0; r++) {
    let s = 0;
    for (let i = Math.max(0, row - r); i <= Math.min(S - 1, row + r); i++)
      for (let j = Math.max(0, col - r); j <= Math.min(S - 1, col + r); j++) s += map[i * S + j];
    if (s >= total / 2) {
      half = 2 * r + 1;
      break;
    }
  }
  return { half, peak: { row: Math.floor(peak / S), col: peak % S } };
}
