import { describe, expect, it } from 'vitest';
import { grade } from '../../../src/cells/grade';
import { exercises } from '../../../src/cells/exercises/registry';
import type { ExerciseSpec } from '../../../src/cells/exercises/types';
import type { OutputSink } from '../../../src/cells/outputSink';
import { solutions } from './solutions';

/**
 * Every exercise's grader, run directly in Node: the cases a seed makes, the expected values the
 * kernels give, and the comparers. A correct solution written against the starter's signature
 * (independently of the kernel) must pass every case at several seeds; each plausible mistake
 * must fail the case that was written to catch it.
 */
const quiet: OutputSink = { console: { log() {}, info() {}, warn() {}, error() {} }, show() {} };
const ids = Object.keys(exercises);
const SEEDS = [1, 2, 7, 2024, 987654];

const specs = new Map<string, ExerciseSpec>();
async function spec(id: string): Promise<ExerciseSpec> {
  if (!specs.has(id)) specs.set(id, (await exercises[id].load()).exercise);
  return specs.get(id)!;
}

describe('the exercise catalogue', () => {
  it('has at least 12 exercises, each with a right and a wrong solution here', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(solutions).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: its module says the same id, and a title, statement, starter, hints and reference source', async (id) => {
    const ex = await spec(id);
    expect(ex.id).toBe(id);
    expect(exercises[id].title.length).toBeGreaterThan(3);
    expect(ex.statement.join(' ').length).toBeGreaterThan(100);
    expect(ex.starter).toContain(`function ${ex.fn}(`);
    expect(ex.hints.length).toBeGreaterThan(0);
    for (const r of ex.reference) {
      expect(r.file).toMatch(/^src\/kernels\/\w+\.ts$/);
      expect(r.source).toMatch(/export function/);
    }
  });
});

describe.each(ids)('exercise %s', (id) => {
  it('makes the same cases from the same seed, different random ones from another, and names its edge cases', async () => {
    const ex = await spec(id);
    const a = ex.cases(SEEDS[0]);
    expect(a.length).toBeGreaterThan(5);
    expect(JSON.stringify(ex.cases(SEEDS[0]))).toBe(JSON.stringify(a));
    expect(JSON.stringify(ex.cases(SEEDS[1]))).not.toBe(JSON.stringify(a));
    expect(new Set(a.map((c) => c.name)).size).toBe(a.length);
    expect(a.filter((c) => !c.name.startsWith('random')).length).toBeGreaterThanOrEqual(3);
  });

  it('the starter compiles, defines the function and fails (it is a stub)', async () => {
    const ex = await spec(id);
    const { report, error } = await grade(ex, ex.starter, 'ts', SEEDS[0], quiet);
    expect(error?.message ?? '').not.toMatch(/no function named|SyntaxError/);
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.passed).toBeLessThan(report.rows.length);
  });

  it.each(SEEDS)('a correct solution passes every case at seed %i', async (seed) => {
    const ex = await spec(id);
    const { report, error } = await grade(ex, solutions[id].solution, 'ts', seed, quiet);
    expect(error).toBeUndefined();
    const failures = report.rows.filter((r) => !r.pass).map((r) => `${r.name}: ${r.why}`);
    expect(failures).toEqual([]);
    expect(report.firstFailure).toBe(-1);
    expect(report.passed).toBe(report.rows.length);
  });

  it.each(solutions[id].wrong.map((w) => [w.what, w] as const))('a plausible mistake (%s) fails the case written for it', async (_, w) => {
    const ex = await spec(id);
    for (const seed of SEEDS.slice(0, 2)) {
      const { report } = await grade(ex, w.code, 'ts', seed, quiet);
      const row = report.rows.find((r) => r.name === w.fails);
      expect(row, `no case named "${w.fails}"`).toBeDefined();
      expect(row!.pass, `${w.fails} passed with: ${w.what}`).toBe(false);
      expect(report.firstFailure).toBeGreaterThanOrEqual(0);
      expect(report.rows[report.firstFailure].pass).toBe(false);
    }
  });
});
