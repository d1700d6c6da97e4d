import type { Job } from './job';
import { gitScenario, type GitOp, type GitScenarioResult, type GitStart } from './gitScenario';

/** The same starting history under each of the five operations, for the git-graph demo's comparison table. */
export const GIT_OPS: readonly GitOp[] = ['merge', 'no-ff', 'squash', 'rebase', 'cherry-pick'];

export const gitCompare: Job<{ start: GitStart; colleague: boolean }, Record<GitOp, GitScenarioResult>> = function* (p) {
  const out = {} as Record<GitOp, GitScenarioResult>;
  for (const [i, op] of GIT_OPS.entries()) {
    const gen = gitScenario({ ...p, op });
    let r = gen.next();
    while (!r.done) r = gen.next();
    out[op] = r.value;
    yield { done: i + 1, total: GIT_OPS.length };
  }
  return out;
};
