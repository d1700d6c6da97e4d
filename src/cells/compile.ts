import { transform } from 'sucrase';
import type { CellError, Lang } from './types';

/**
 * Turns a cell's source into a callable: types stripped by sucrase (`typescript` transform, which
 * keeps every line where it was), ES imports rewritten to `require()` calls (`imports` transform;
 * a dynamic `import('x')` becomes `require('x')` too), then one AsyncFunction so top-level
 * `await` works. Pure: no DOM and no worker APIs, so Node tests run exactly what the worker runs.
 */
export const SOURCE_URL = 'cell.js';
const PARAMS = ['require', 'exports', 'module', 'show', 'console'] as const;

export type CellFunction = (
  require: (name: string) => unknown,
  exports: Record<string, unknown>,
  module: { exports: Record<string, unknown> },
  show: (value: unknown, label?: string) => void,
  console: Record<string, (...args: unknown[]) => void>,
) => Promise<unknown>;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => CellFunction;

/** A syntax error found while stripping types, with its line in the user's code. */
export class CellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

export function stripTypes(code: string, lang: Lang): string {
  try {
    return transform(code, { transforms: lang === 'ts' ? ['typescript', 'imports'] : ['imports'] }).code;
  } catch (e) {
    const loc = (e as { loc?: { line?: number } }).loc;
    const message = e instanceof Error ? e.message : String(e);
    throw new CellSyntaxError(message, typeof loc?.line === 'number' ? loc.line : undefined);
  }
}

/**
 * How many lines the engine puts before a Function body (V8 and SpiderMonkey write
 * `async function anonymous(params\n) {\n`, so 2 today), measured once rather than assumed.
 */
let header: number | undefined;
function headerLines(): number {
  if (header !== undefined) return header;
  try {
    new Function(`throw new Error()\n//# sourceURL=${SOURCE_URL}`)();
  } catch (e) {
    const line = stackLine(e);
    header = line === undefined ? 2 : line - 1;
  }
  return header ?? 2;
}

/** The innermost `cell.js:LINE:COL` of an error's stack, in the generated function's lines. */
function stackLine(e: unknown): number | undefined {
  const stack = e instanceof Error && typeof e.stack === 'string' ? e.stack : '';
  const m = new RegExp(`${SOURCE_URL.replace('.', '\\.')}:(\\d+):\\d+`).exec(stack);
  return m ? Number(m[1]) : undefined;
}

/** The line in the user's code an error was thrown from, if it came from there. */
export function userLine(e: unknown, codeLines: number): number | undefined {
  if (e instanceof CellSyntaxError) return e.line;
  const line = stackLine(e);
  if (line === undefined) return undefined;
  const user = line - headerLines();
  return user >= 1 && user <= codeLines ? user : undefined;
}

/**
 * Compiles a cell. With `returns`, the body ends by handing back the top-level binding of that
 * name (or the export of that name): how an exercise gets the reader's function. The extra line
 * goes after the code, so it never shifts the user's line numbers.
 */
export function compileCell(code: string, lang: Lang, returns?: string): CellFunction {
  if (returns !== undefined && !/^[A-Za-z_$][\w$]*$/.test(returns)) throw new Error(`compileCell: not an identifier: ${returns}`);
  const js = stripTypes(code, lang);
  const tail = returns ? `\n;return typeof ${returns} !== 'undefined' ? ${returns} : exports[${JSON.stringify(returns)}];` : '';
  try {
    return new AsyncFunction(...PARAMS, `${js}${tail}\n//# sourceURL=${SOURCE_URL}`);
  } catch (e) {
    // sucrase accepted it but the engine did not (rare: e.g. a duplicate declaration).
    throw new CellSyntaxError(e instanceof Error ? e.message : String(e));
  }
}

/** An error as the page shows it: its name, message and the user's line when known. */
export function describeError(e: unknown, code: string): CellError {
  const lines = code.split('\n').length;
  if (e instanceof Error) {
    let message = e.message;
    // Chromium words a failed typed-array allocation "Array buffer allocation failed"; say what it means.
    if (e instanceof RangeError && /allocation|Invalid (typed )?array length|Array buffer/i.test(message)) {
      message = `${message}: the code asked for more memory than the page can give it`;
    }
    return { name: e.name || 'Error', message, line: userLine(e, lines) };
  }
  return { name: 'Error', message: `threw a non-Error value: ${String(e).slice(0, 200)}` };
}
