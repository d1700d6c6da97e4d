import { describe, expect, it } from 'vitest';
import { gitCompare } from '../../../src/sim/jobs/gitCompare';
import { gitScenario } from '../../../src/sim/jobs/gitScenario';
import { queueSweep } from '../../../src/sim/jobs/queueSweep';
import { runSimJob, type SimRequest } from '../../../src/sim/jobs/runSimJob';
import { runJob } from './runJob';

describe('runSimJob (what the sims worker does with a request)', () => {
  it('runs the named job to the end, forwarding each chunk’s progress, with the same seeded result as a direct run', () => {
    const params = { servers: 2, service: { kind: 'exponential' as const, mean: 10, cv: 1 }, rhos: [0.5, 0.8], arrivals: 2000, seed: 3 };
    const seen: { done: number; total: number; stage: string }[] = [];
    const r = runSimJob({ job: 'queueSweep', params }, (p) => seen.push(p));
    expect(seen).toEqual([
      { done: 1, total: 2, stage: 'queueSweep' },
      { done: 2, total: 2, stage: 'queueSweep' },
    ]);
    expect(r.result).toEqual(runJob(queueSweep, params).result);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('an unknown job name, inherited ones such as "constructor" included, is an error', () => {
    for (const job of ['nope', 'constructor', '__proto__']) {
      expect(() => runSimJob({ job, params: {} } as unknown as SimRequest, () => {})).toThrow(/no sims job called/);
    }
  });

  it('a job’s own error reaches the caller (servers = 0 is refused by queueSim, not hung on)', () => {
    const params = { servers: 0, service: { kind: 'exponential' as const, mean: 10, cv: 1 }, rhos: [0.5], arrivals: 100, seed: 1 };
    expect(() => runSimJob({ job: 'queueSweep', params }, () => {})).toThrow(/servers must be a whole number ≥ 1/);
  });

  it('gitCompare is each of the five operations run on its own', () => {
    const all = runJob(gitCompare, { start: 'diverged', colleague: true }).result;
    for (const op of ['merge', 'no-ff', 'squash', 'rebase', 'cherry-pick'] as const) {
      expect(all[op]).toEqual(runJob(gitScenario, { start: 'diverged', op, colleague: true }).result);
    }
  });
});
