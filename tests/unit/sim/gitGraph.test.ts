import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitGraph, topoOrder, type MergeMode } from '../../../src/sim/gitGraph';
import { gitLog, gitLogText } from '../../../src/sim/gitLog';

/**
 * The reference is real git: each scenario runs through GitGraph and through git in a temporary
 * repository (every commit adds its own file `<message>.txt`, the sim's "change"), and the two are
 * compared per branch: each reachable commit with its parents (by message, since hashes differ),
 * `git log --topo-order` order, and `git log --graph --format=%s` text.
 */
type GitOp =
  | ['commit', string]
  | ['branch', string]
  | ['checkout', string]
  | ['merge', string, MergeMode, string]
  | ['squash', string, string]
  | ['rebase', string]
  | ['cherry-pick', string];

const SCENARIOS: { name: string; ops: GitOp[] }[] = [
  {
    name: 'a feature branch merged with a merge commit, then one more commit',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['commit', 'A'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['commit', 'F2'],
      ['checkout', 'main'],
      ['merge', 'feature', 'no-ff', 'M'],
      ['commit', 'B'],
    ],
  },
  {
    name: 'merging a branch that is ahead fast-forwards: no merge commit',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['commit', 'F2'],
      ['checkout', 'main'],
      ['merge', 'feature', 'ff', 'unused'],
    ],
  },
  {
    name: 'no-ff records a merge commit even when a fast-forward was possible',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['checkout', 'main'],
      ['merge', 'feature', 'no-ff', 'M'],
    ],
  },
  {
    name: 'rebase replays the feature onto main as new commits; main then fast-forwards to a straight line',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['commit', 'A'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['commit', 'F2'],
      ['rebase', 'main'],
      ['checkout', 'main'],
      ['merge', 'feature', 'ff', 'unused'],
    ],
  },
  {
    name: 'a squash merge makes one single-parent commit; the feature branch keeps its own commits',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['commit', 'A'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['commit', 'F2'],
      ['checkout', 'main'],
      ['squash', 'feature', 'S'],
    ],
  },
  {
    name: 'rebase drops a commit whose patch was cherry-picked upstream',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['checkout', 'main'],
      ['cherry-pick', 'feature'],
      ['commit', 'A'],
      ['checkout', 'feature'],
      ['commit', 'F2'],
      ['rebase', 'main'],
    ],
  },
  {
    name: 'two merges, the second from a branch cut from the middle of the first (lanes cross and join)',
    ops: [
      ['commit', 'base'],
      ['branch', 'feature'],
      ['commit', 'A'],
      ['checkout', 'feature'],
      ['commit', 'F1'],
      ['branch', 'x'],
      ['commit', 'F2'],
      ['checkout', 'main'],
      ['merge', 'feature', 'no-ff', 'M'],
      ['commit', 'B'],
      ['checkout', 'x'],
      ['commit', 'X1'],
      ['checkout', 'main'],
      ['merge', 'x', 'no-ff', 'M2'],
    ],
  },
];

function simulate(ops: GitOp[]): GitGraph {
  const g = new GitGraph('main');
  for (const o of ops) {
    if (o[0] === 'commit') g.commit(o[1]);
    else if (o[0] === 'branch') g.branch(o[1]);
    else if (o[0] === 'checkout') g.checkout(o[1]);
    else if (o[0] === 'merge') g.merge(o[1], o[2], o[3]);
    else if (o[0] === 'squash') g.squash(o[1], o[2]);
    else if (o[0] === 'rebase') g.rebase(o[1]);
    else g.cherryPick(o[1]);
  }
  return g;
}

/** Runs the ops in a fresh repository; returns a `git` function bound to it. */
function realGit(ops: GitOp[], dir: string) {
  let clock = 1_600_000_000;
  const git = (...args: string[]) => {
    clock += 10; // a fresh timestamp per command, so no two commits tie on date
    const date = `@${clock} +0000`;
    const env = {
      ...process.env,
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  for (const o of ops) {
    if (o[0] === 'commit') {
      writeFileSync(join(dir, `${o[1]}.txt`), `${o[1]}\n`);
      git('add', `${o[1]}.txt`);
      git('commit', '-q', '-m', o[1]);
    } else if (o[0] === 'branch') git('branch', o[1]);
    else if (o[0] === 'checkout') git('checkout', '-q', o[1]);
    else if (o[0] === 'merge') git('merge', '-q', `--${o[2]}`, '-m', o[3], o[1]);
    else if (o[0] === 'squash') {
      git('merge', '-q', '--squash', o[1]);
      git('commit', '-q', '-m', o[2]);
    } else if (o[0] === 'rebase') git('rebase', '-q', o[1]);
    else git('cherry-pick', o[1]);
  }
  return git;
}

/** Each commit reachable from a branch as "message <- parent messages", sorted: topology without hashes. */
function gitTopology(git: (...a: string[]) => string, branch: string): string[] {
  const rows = git('log', '--format=%H|%s|%P', branch)
    .trim()
    .split('\n')
    .map((l) => l.split('|'));
  const subject = new Map(rows.map(([h, s]) => [h, s]));
  return rows
    .map(
      ([, s, p]) =>
        `${s} <- ${p
          .split(' ')
          .filter(Boolean)
          .map((h) => subject.get(h))
          .join(',')}`,
    )
    .sort();
}
function simTopology(g: GitGraph, branch: string): string[] {
  const msg = (id: string) => g.commits.get(id)!.message;
  return [...g.ancestors(g.resolve(branch))].map((id) => `${msg(id)} <- ${g.commits.get(id)!.parents.map(msg).join(',')}`).sort();
}

const HAS_GIT = spawnSync('git', ['--version']).status === 0;

describe.skipIf(!HAS_GIT)(HAS_GIT ? 'gitGraph against real git' : 'gitGraph against real git (skipped: no `git` on PATH)', () => {
  it('has cases', () => expect(SCENARIOS.length).toBeGreaterThan(0));

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_, { ops }) => {
    const dir = mkdtempSync(join(tmpdir(), 'git-graph-'));
    try {
      const git = realGit(ops, dir);
      const g = simulate(ops);
      expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe(g.head);
      const gitBranches = git('for-each-ref', '--format=%(refname:short)', 'refs/heads').trim().split('\n').sort();
      expect(gitBranches).toEqual([...g.branches.keys()].sort());
      for (const b of gitBranches) {
        expect(simTopology(g, b), `topology of ${b}`).toEqual(gitTopology(git, b));
        expect(
          topoOrder(g, [b]).map((id) => g.commits.get(id)!.message),
          `topo order of ${b}`,
        ).toEqual(git('log', '--topo-order', '--format=%s', b).trim().split('\n'));
        expect(gitLogText(gitLog(g, [b])), `graph of ${b}`).toBe(git('log', '--graph', '--format=%s', b).replace(/\n$/, ''));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gitGraph by hand', () => {
  it('merging an ancestor is "up to date" and changes nothing; ff-only refuses a true merge', () => {
    const g = simulate([
      ['commit', 'base'],
      ['branch', 'old'],
      ['commit', 'A'],
      ['branch', 'side'],
      ['checkout', 'side'],
      ['commit', 'S'],
      ['checkout', 'main'],
      ['commit', 'B'],
    ]);
    const before = g.resolve('main');
    expect(g.merge('old')).toBe('up-to-date');
    expect(g.resolve('main')).toBe(before);
    expect(() => g.merge('side', 'ff-only')).toThrow(/Not possible to fast-forward/);
  });

  it('rebasing onto an ancestor is a no-op; rebase never moves the upstream branch', () => {
    const g = simulate([
      ['commit', 'base'],
      ['branch', 'f'],
      ['checkout', 'f'],
      ['commit', 'F1'],
    ]);
    const tip = g.resolve('f');
    expect(g.rebase('main')).toEqual([]);
    expect(g.resolve('f')).toBe(tip);
  });

  it('an unknown branch is a clear error', () => {
    expect(() => new GitGraph().merge('nope')).toThrow(/unknown revision 'nope'/);
  });
});
