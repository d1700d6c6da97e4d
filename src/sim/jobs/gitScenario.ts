import { GitGraph, type Commit } from '../gitGraph';
import { gitLog, type GitLogRow } from '../gitLog';
import type { Job } from './job';

/**
 * The git-graph demo's history and the five ways to bring `feature` into `main`. Start: main has
 * A, B; feature branches at B with C, D; `diverged` adds E on main after the branch point; with
 * `colleague`, Alice has pulled feature and committed F on top of it. The operation runs on a
 * fresh copy (ids are deterministic, so before and after share them); then, with a colleague,
 * Alice runs `git merge main` to pick up the result, which is where rewritten history hurts:
 * the same change arrives a second time under a new id.
 */
export type GitStart = 'diverged' | 'behind';
export type GitOp = 'merge' | 'no-ff' | 'squash' | 'rebase' | 'cherry-pick';

export interface GitScenarioParams {
  start: GitStart;
  op: GitOp;
  colleague: boolean;
}

export interface GitSnapshot {
  rows: GitLogRow[];
  commits: Commit[];
  branches: { name: string; id: string }[];
  head: string;
}

export interface GitScenarioResult {
  before: GitSnapshot;
  after: GitSnapshot;
  commands: string[];
  outcome: string;
  /** New commits, each with the older commits whose changes it copies. */
  created: { id: string; copies: string[] }[];
  /** Commits no branch reaches any more (git keeps them in the reflog for a while). */
  orphaned: string[];
  /** feature's tip is an ancestor of main: `git branch -d feature` succeeds. */
  featureMerged: boolean;
  mainLinear: boolean;
  /** Changes that more than one commit in Alice's history introduces. */
  duplicated: string[];
}

function setup(p: GitScenarioParams): { g: GitGraph; d: string } {
  const g = new GitGraph('main');
  g.commit('A: add image loader', 'loader');
  g.commit('B: add config file', 'config');
  g.branch('feature');
  g.checkout('feature');
  g.commit('C: parse CLI arguments', 'args');
  const d = g.commit('D: validate input', 'validate');
  if (p.colleague) {
    g.branch('alice');
    g.checkout('alice');
    g.commit('F: Alice adds tests', 'tests');
  }
  g.checkout('main');
  if (p.start === 'diverged') g.commit('E: fix README typo', 'typo');
  return { g, d };
}

const BRANCHES = ['main', 'feature', 'alice'];

function snapshot(g: GitGraph): GitSnapshot {
  const names = BRANCHES.filter((b) => g.branches.has(b));
  return {
    rows: gitLog(g, names),
    commits: [...g.commits.values()].map((c) => ({ ...c, parents: [...c.parents], changes: [...c.changes] })),
    branches: names.map((name) => ({ name, id: g.branches.get(name)! })),
    head: g.head,
  };
}

function reachable(g: GitGraph): Set<string> {
  const all = new Set<string>();
  for (const id of g.branches.values()) for (const a of g.ancestors(id)) all.add(a);
  return all;
}

function apply(g: GitGraph, op: GitOp, d: string): { commands: string[]; outcome: string } {
  switch (op) {
    case 'merge':
      return { commands: ['git switch main', 'git merge feature'], outcome: g.merge('feature') };
    case 'no-ff':
      return { commands: ['git switch main', 'git merge --no-ff feature'], outcome: g.merge('feature', 'no-ff') };
    case 'squash':
      g.squash('feature', 'S: parse and validate arguments (#12)');
      return { commands: ['git switch main', 'git merge --squash feature', 'git commit -m "S: parse and validate arguments (#12)"'], outcome: 'squash' };
    case 'rebase': {
      g.checkout('feature');
      const made = g.rebase('main');
      g.checkout('main');
      const ff = g.merge('feature', 'ff-only');
      const outcome = made.length === 0 ? 'rebase was a no-op, then ' + ff : `rebased ${made.length} commits, then ${ff}`;
      return { commands: ['git switch feature', 'git rebase main', 'git switch main', 'git merge --ff-only feature'], outcome };
    }
    case 'cherry-pick':
      g.cherryPick(d);
      return { commands: ['git switch main', 'git cherry-pick feature   # D, the tip of feature'], outcome: 'cherry-pick' };
  }
}

export const gitScenario: Job<GitScenarioParams, GitScenarioResult> = function* (p) {
  yield { done: 0, total: 1 };
  const before = setup(p).g;
  const { g, d } = setup(p);
  const { commands, outcome } = apply(g, p.op, d);
  if (p.colleague) {
    g.checkout('alice');
    g.merge('main');
    commands.push('# Alice, later:', 'git switch alice', 'git merge main');
    g.checkout('main');
  }
  const old = [...before.commits.values()];
  const created = [...g.commits.values()]
    .filter((c) => !before.commits.has(c.id))
    .map((c) => ({ id: c.id, copies: old.filter((o) => o.changes.some((ch) => c.changes.includes(ch))).map((o) => o.id) }));
  const still = reachable(g);
  const orphaned = [...reachable(before)].filter((id) => !still.has(id));
  const main = g.resolve('main');
  const duplicated: string[] = [];
  if (p.colleague) {
    const count = new Map<string, number>();
    for (const id of g.ancestors(g.resolve('alice'))) for (const ch of g.commits.get(id)!.changes) count.set(ch, (count.get(ch) ?? 0) + 1);
    for (const [ch, n] of count) if (n > 1) duplicated.push(ch);
  }
  return {
    before: snapshot(before),
    after: snapshot(g),
    commands,
    outcome,
    created,
    orphaned,
    featureMerged: g.ancestors(main).has(g.resolve('feature')),
    mainLinear: [...g.ancestors(main)].every((id) => g.commits.get(id)!.parents.length <= 1),
    duplicated: duplicated.sort(),
  };
};
