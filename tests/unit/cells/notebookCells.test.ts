import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCell, describeError } from '../../../src/cells/compile';
import { cellRequire } from '../../../src/cells/moduleMap';
import { outputSink } from '../../../src/cells/outputSink';
import { renderNotebook, slugFromFile } from '../../../src/notebook/markdown';
import { notebookFiles } from '../../../src/notebook/vitePlugin';
import type { WorkerMessage } from '../../../src/cells/types';

/** Every runnable cell shipped in the notebooks runs as written, as the worker would run it, well inside the time limit. */
const dir = resolve(import.meta.dirname, '../../../notebooks');
const cells = notebookFiles(dir).flatMap((f) =>
  renderNotebook(slugFromFile(f), readFileSync(resolve(dir, f), 'utf8')).cells.flatMap((c) => c.segments.flatMap((s) => (s.kind === 'code' ? [s] : []))),
);

describe('the notebooks’ runnable cells', () => {
  it('there are some', () => {
    expect(cells.length).toBeGreaterThan(5);
  });

  it.each(cells.map((c) => [c.id, c] as const))('%s runs without error, prints or shows something, and is not truncated', async (_, c) => {
    const msgs: WorkerMessage[] = [];
    const sink = outputSink((m) => msgs.push(m));
    const module = { exports: {} };
    const t0 = performance.now();
    let error;
    try {
      await compileCell(c.code, c.lang)(cellRequire('cell'), module.exports, module, sink.show, sink.console);
    } catch (e) {
      error = describeError(e, c.code);
    }
    const ms = performance.now() - t0;
    expect(error).toBeUndefined();
    expect(msgs.some((m) => m.kind === 'log' || m.kind === 'show')).toBe(true);
    expect(msgs.some((m) => m.kind === 'truncated')).toBe(false);
    // The page stops a cell at 2 s; a shipped cell should need a small fraction of that (Node here, a browser worker there).
    expect(ms).toBeLessThan(1000);
  });
});
