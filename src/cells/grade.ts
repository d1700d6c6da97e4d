import { compileCell, describeError } from './compile';
import { cellRequire } from './moduleMap';
import { preview } from './preview';
import type { OutputSink } from './outputSink';
import type { ExerciseCase, ExerciseSpec } from './exercises/types';
import type { CellError, GradeReport, Lang } from './types';

/**
 * Grades the reader's code on an exercise's cases. The cases and their expected values are made
 * first, before any of the reader's code runs, so nothing it does (patching Math, mutating its
 * inputs) can change what it is compared with; each call gets its own structured clone of the
 * arguments. Pure: the worker calls this, and so do the Node tests of the graders.
 */
export interface GradeResult {
  report: GradeReport;
  error?: CellError; // the code did not compile, had no such function, or threw on a case
}

const show = (args: unknown[]) => args.map((a) => preview(a, 160)).join(', ');

export async function grade(
  ex: ExerciseSpec,
  code: string,
  lang: Lang,
  seed: number,
  sink: OutputSink,
  cases: ExerciseCase[] = ex.cases(seed),
  onStart?: () => void,
): Promise<GradeResult> {
  const report: GradeReport = { seed, tolerance: ex.tolerance, rows: [], passed: 0, firstFailure: -1 };
  let fn: unknown;
  onStart?.();
  try {
    const body = compileCell(code, lang, ex.fn);
    const module = { exports: {} as Record<string, unknown> };
    fn = await body(cellRequire('exercise'), module.exports, module, sink.show, sink.console);
  } catch (e) {
    return { report, error: describeError(e, code) };
  }
  if (typeof fn !== 'function') {
    return { report, error: { name: 'Error', message: `no function named ${ex.fn} was defined: keep the starter's signature` } };
  }
  let error: CellError | undefined;
  for (const c of cases) {
    const row = {
      name: c.name,
      input: c.input ?? show(c.args),
      expected: preview(c.expected, 160),
      got: '',
      pass: false,
      why: undefined as string | undefined,
    };
    try {
      const got = await (fn as (...a: unknown[]) => unknown)(...structuredClone(c.args));
      row.got = preview(got, 160);
      const why = ex.compare(got, c.expected);
      row.pass = why === null;
      if (why !== null) row.why = why;
    } catch (e) {
      const err = describeError(e, code);
      row.got = `threw ${err.name}`;
      row.why = err.line ? `${err.message} (line ${err.line})` : err.message;
      error ??= err;
    }
    if (row.pass) report.passed++;
    else if (report.firstFailure < 0) report.firstFailure = report.rows.length;
    report.rows.push(row);
  }
  return { report, error };
}
