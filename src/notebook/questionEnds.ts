import type { Cell } from './types';

/** For each cell, the anchor of the question (`##`) whose answer ends with it, or '' (sub-cells belong to their question). */
export function questionEnds(cells: Pick<Cell, 'anchor' | 'level'>[]): string[] {
  let question = '';
  return cells.map((c, i) => {
    if (c.level === 2) question = c.anchor;
    else if (c.level !== 3) question = '';
    const next = cells[i + 1];
    return question && (!next || next.level !== 3) ? question : '';
  });
}
