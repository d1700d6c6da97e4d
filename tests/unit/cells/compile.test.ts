import { describe, expect, it } from 'vitest';
import { compileCell, describeError, stripTypes } from '../../../src/cells/compile';
import { cellRequire } from '../../../src/cells/moduleMap';
import { kernelsModule } from '../../../src/cells/kernelsModule';

/** Runs a cell as the worker does (without the worker), returning what it logged and how it ended. */
async function run(code: string, lang: 'ts' | 'js' = 'ts') {
  const logs: string[] = [];
  const module = { exports: {} };
  try {
    const body = compileCell(code, lang);
    await body(cellRequire('cell'), module.exports, module, () => {}, { log: (...a: unknown[]) => logs.push(a.join(' ')) });
    return { logs, error: undefined };
  } catch (e) {
    return { logs, error: describeError(e, code) };
  }
}

describe('compiling a cell', () => {
  it('strips TypeScript types and keeps every line where it was', () => {
    const src =
      'import { tensor } from "kernels";\ninterface P { a: number }\nconst x: number = tensor([1]).shape[0];\ntype T = string;\nconsole.log(x as number);\n';
    const js = stripTypes(src, 'ts');
    expect(js.split('\n').length).toBe(src.split('\n').length);
    expect(js).not.toMatch(/interface|: number|as number/);
    expect(js).toMatch(/require\('kernels'\)|require\("kernels"\)/);
  });

  it('a throw on line 4, below imports and types, is reported at line 4', async () => {
    const { error } = await run(
      'import { tensor } from "kernels";\nconst n: number = 2;\nconst t = tensor([n], [1, 2]);\nthrow new Error("boom " + t.shape);\n',
    );
    expect(error).toEqual({ name: 'Error', message: 'boom 2', line: 4 });
  });

  it('a throw inside a function reports the line of the throw, not of the call', async () => {
    const { error } = await run(
      'function f(a: number[]) {\n  return a.map((x) => {\n    if (x > 1) throw new RangeError("too big");\n    return x;\n  });\n}\nf([1, 2]);\n',
    );
    expect(error).toMatchObject({ name: 'RangeError', message: 'too big', line: 3 });
  });

  it('a kernel throwing on bad input points at the line of the call in the cell', async () => {
    const { error } = await run('import { tensor } from "kernels";\n\ntensor([2, 2], [1, 2, 3]);\n');
    expect(error?.message).toMatch(/needs 4 values, got 3/);
    expect(error?.line).toBe(3);
  });

  it('a syntax error gives the line sucrase found it on', async () => {
    const { error } = await run('const a = 1;\nconst b = ;\n');
    expect(error?.name).toBe('SyntaxError');
    expect(error?.line).toBe(2);
  });

  it('top-level await works, and console.log output is captured', async () => {
    const { logs, error } = await run('const v = await Promise.resolve(41);\nconsole.log("answer", v + 1);\n', 'js');
    expect(error).toBeUndefined();
    expect(logs).toEqual(['answer 42']);
  });

  it('imports only kernels and shapes; anything else throws, dynamic import() included', async () => {
    expect((await run('import { shapesSample } from "shapes";\nconsole.log(typeof shapesSample);')).logs).toEqual(['function']);
    expect((await run('import fs from "fs";\nconsole.log(fs);')).error?.message).toMatch(/only 'kernels' and 'shapes' can be imported \(tried 'fs'\)/);
    expect((await run('const m = await import("https://example.com/x.js");')).error?.message).toMatch(/only 'kernels' and 'shapes'/);
    expect(() => cellRequire('exercise')('kernels')).toThrow(/imports are off in exercises/);
  });

  it('the kernels module holds every kernel export (roiAlign, nms, conv2d, attention, infoNce, ctf …)', () => {
    for (const name of [
      'roiAlign',
      'nms',
      'conv2d',
      'maxPool2d',
      'scaledDotProductAttention',
      'infoNce',
      'diceLoss',
      'ctf',
      'smithWaterman',
      'resizeBilinear',
      'tensor',
      'randomSeeded',
    ]) {
      expect(typeof kernelsModule[name], name).toBe('function');
    }
  });

  it('a failed huge allocation is a RangeError that says what happened', async () => {
    const { error } = await run('const a = new Float64Array(2 ** 40);\n');
    expect(error?.name).toBe('RangeError');
    expect(error?.message).toMatch(/more memory than the page can give/);
    expect(error?.line).toBe(1);
  });

  it('compileCell with a function name hands back that function, declared or exported', async () => {
    for (const code of ['function iou(a, b) { return 7; }', 'export function iou(a: number[]) { return 7; }', 'const iou = () => 7;']) {
      const module = { exports: {} };
      const fn = (await compileCell(code, 'ts', 'iou')(cellRequire('exercise'), module.exports, module, () => {}, {})) as () => number;
      expect(fn(), code).toBe(7);
    }
  });
});
