import { topoOrder, type GitGraph } from './gitGraph';

/**
 * The commit graph as `git log --graph --format=%s` draws it: commits in git's topo order, one
 * lane per line of history, `*` for the commit, `|` for lanes passing by, `\` where a merge opens
 * a lane (or pushes the lanes to its right over), `/` where a lane joins or moves left one place
 * per line. Lines are padded with spaces to the graph's width, as git pads them.
 * This is our own, much smaller algorithm than git's graph.c: it matches git character for
 * character when every merge has two parents and brings in a new lane (the usual feature-branch
 * history, checked against real git in the tests); octopus merges and merges into a lane far to
 * the right are drawn readably but not as git would.
 */
export interface GitLogRow {
  id: string;
  message: string;
  /** Lane of the commit, and the lanes' expected commits when its line is drawn. */
  column: number;
  lanes: string[];
  /** The commit's line (graph + message), then the connector lines drawn below it. */
  line: string;
  after: string[];
}

export function gitLog(g: GitGraph, tips: string[] = [g.head]): GitLogRow[] {
  const rows: GitLogRow[] = [];
  let lanes: string[] = [];
  for (const id of topoOrder(g, tips)) {
    const c = g.commits.get(id)!;
    let col = lanes.indexOf(id);
    if (col < 0) col = lanes.push(id) - 1;
    const before = [...lanes];
    // The parents replace the commit's lane; a parent already expected by a lane is not added again.
    const added = c.parents.slice(1).filter((p) => !lanes.includes(p));
    const next = [...lanes.slice(0, col), ...c.parents.slice(0, 1), ...added, ...lanes.slice(col + 1)];
    const graph = before.map((_, i) => (i === col ? '*' : '|')).join(' ') + ' ' + '  '.repeat(added.length);
    const after: string[] = [];
    if (added.length > 0) {
      // Post-merge line: `\` from the commit to each new lane, and for each lane it pushes right.
      const cells = new Array<string>(2 * next.length).fill(' ');
      for (let i = 0; i <= col; i++) cells[2 * i] = '|';
      for (let j = 0; j < added.length; j++) cells[2 * col + 1 + 2 * j] = '\\';
      for (let i = col + 1; i < before.length; i++) cells[2 * i + 1 + 2 * (added.length - 1)] = '\\';
      after.push(cells.join(''));
    }
    // A root ends its lane: the lanes to its right are still drawn where they were, one place further right.
    const drawnAt = next.map((_, k) => (c.parents.length === 0 && k >= col ? k + 1 : k));
    lanes = collapse(next, drawnAt, after);
    rows.push({ id, message: c.message, column: col, lanes: before, line: graph + c.message, after });
  }
  return rows;
}

/**
 * Removes duplicate lanes (the leftmost copy stays) and closes gaps, moving every lane that must
 * go left by one place per drawn line, `/` marking the move.
 */
function collapse(lanes: string[], drawnAt: number[], out: string[]): string[] {
  const order = [...new Set(lanes)];
  const dest = lanes.map((id) => order.indexOf(id));
  let pos = drawnAt;
  while (pos.some((p, k) => p > dest[k])) {
    const width = Math.max(...pos) + 1;
    const cells = new Array<string>(2 * width).fill(' ');
    const moved = pos.map((p, k) => (p > dest[k] ? p - 1 : p));
    pos.forEach((p, k) => {
      if (p > dest[k]) cells[2 * p - 1] = '/';
      else cells[2 * p] = '|';
    });
    out.push(cells.join(''));
    pos = moved;
  }
  return order;
}

/** The whole graph as text, one line per element, like `git log --graph --format=%s`. */
export function gitLogText(rows: GitLogRow[]): string {
  return rows.flatMap((r) => [r.line, ...r.after]).join('\n');
}
