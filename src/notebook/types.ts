/** The shapes the markdown engine produces and the page consumes. */
export type Segment =
  | { kind: 'html'; html: string }
  | { kind: 'demo'; id: string; params: Record<string, string> }
  /** A fenced block with info `ts run` / `js run`: an editable, runnable cell; id `<anchor>-<n>`, stable across builds. */
  | { kind: 'code'; lang: 'ts' | 'js'; code: string; id: string }
  | { kind: 'exercise'; id: string };

export interface Cell {
  kind: 'intro' | 'part' | 'question';
  anchor: string;
  title: string;
  level: 0 | 1 | 2 | 3; // 2 = question, 3 = sub-cell of `parent`
  parent?: string;
  segments: Segment[];
}

/** What the home page and the rail need about a cell, without its HTML. */
export interface CellMeta {
  kind: Cell['kind'];
  anchor: string;
  title: string;
  level: Cell['level'];
  parent?: string;
  demos: string[];
  exercises: string[]; // ids of the exercises embedded in this cell
  codeCells: number; // runnable code cells in this cell
}

export interface NotebookMeta {
  slug: string;
  title: string;
  order: number;
  summary: string;
  cells: CellMeta[];
}

export interface RenderedNotebook {
  meta: NotebookMeta;
  cells: Cell[];
}
