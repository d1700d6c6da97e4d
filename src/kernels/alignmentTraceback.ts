/** Trace byte of a DP cell: bits 0–1 where H came from (0 start/stop), bit 2 X extends X, bit 3 Y extends Y. */
export const FROM_DIAGONAL = 1;
export const FROM_X = 2;
export const FROM_Y = 3;
export const X_EXTENDS = 4;
export const Y_EXTENDS = 8;

/**
 * Walks the trace bytes of `pairwiseAlign` back from cell (i, j) to a start cell (origin in global
 * mode, a stop mark in local mode), following Gotoh's three states: in H the bits say which matrix
 * the best score came from; in X (Y) the extend bit says whether the gap continues upward (leftward)
 * or was opened from H.
 */
export function alignmentTraceback(a: string, b: string, trace: Uint8Array, cols: number, i: number, j: number) {
  const outA: string[] = [];
  const outB: string[] = [];
  const path: number[] = [i, j];
  let state = 0; // 0 in H, else FROM_X or FROM_Y
  for (;;) {
    const t = trace[i * cols + j];
    if (state === 0) {
      const from = t & 3;
      if (from === 0) break;
      if (from !== FROM_DIAGONAL) {
        state = from;
        continue;
      }
      outA.push(a[--i]);
      outB.push(b[--j]);
    } else if (state === FROM_X) {
      outA.push(a[--i]);
      outB.push('-');
      if (!(t & X_EXTENDS)) state = 0;
    } else {
      outA.push('-');
      outB.push(b[--j]);
      if (!(t & Y_EXTENDS)) state = 0;
    }
    path.push(i, j);
  }
  const cells = new Int32Array(path.length);
  for (let k = 0; k < path.length; k += 2) [cells[k], cells[k + 1]] = [path[path.length - 2 - k], path[path.length - 1 - k]];
  return { alignedA: outA.reverse().join(''), alignedB: outB.reverse().join(''), path: cells, startA: i, startB: j };
}
