import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Commit } from '../../../src/sim/gitGraph';
import { gitLogText } from '../../../src/sim/gitLog';
import { gitScenario, type GitOp, type GitScenarioParams, type GitStart } from '../../../src/sim/jobs/gitScenario';
import { runJob } from './runJob';

/**
 * The reference is real git: the same starting history is built in a temporary repository (each
 * commit adds its own file, named after the sim's change), then the very commands the demo prints
 * are run, and the result is compared with the demo's: every branch's commits and parents (by
 * subject), the `git log --graph` drawing of all branches (up to trailing spaces), whether feature is merged into main,
 * and which files two commits of Alice's history both add (the duplicated changes).
 */
const HAS_GIT = spawnSync('git', ['--version']).status === 0;
const CASES: GitScenarioParams[] = (['diverged', 'behind'] as GitStart[]).flatMap((start) =>
  (['merge', 'no-ff', 'squash', 'rebase', 'cherry-pick'] as GitOp[]).flatMap((op) => [false, true].map((colleague) => ({ start, op, colleague }))),
);

function repo(dir: string) {
  let clock = 1_600_000_000;
  const env = { ...process.env, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_MERGE_AUTOEDIT: 'no', GIT_EDITOR: 'true' };
  const git = (...args: string[]) => {
    clock += 10; // distinct commit dates, so git's order never falls back to a tie-break on equal dates
    const date = `@${clock} +0000`;
    const who = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...env, ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };
  const commit = (message: string, change: string) => {
    writeFileSync(join(dir, `${change}.txt`), `${change}\n`);
    git('add', `${change}.txt`);
    git('commit', '-q', '-m', message);
  };
  return { git, commit };
}

/** `git a "b c"` → ['a', 'b c']: enough shell for the commands the demo prints. */
const words = (line: string) => [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

function topology(commits: { subject: string; parents: string[] }[]): string[] {
  return commits.map((c) => `${c.subject} <- ${c.parents.join(',')}`).sort();
}

describe.skipIf(!HAS_GIT)(HAS_GIT ? 'gitScenario against real git' : 'gitScenario against real git (skipped: no `git` on PATH)', () => {
  it('has cases', () => expect(CASES.length).toBe(20));

  it.each(CASES.map((c) => [`${c.start}, ${c.op}${c.colleague ? ', with Alice' : ''}`, c] as const))('%s', (_, p) => {
    const dir = mkdtempSync(join(tmpdir(), 'git-scenario-'));
    try {
      const { git, commit } = repo(dir);
      git('-c', 'init.defaultBranch=main', 'init', '-q');
      commit('A: add image loader', 'loader');
      commit('B: add config file', 'config');
      git('branch', 'feature');
      git('checkout', '-q', 'feature');
      commit('C: parse CLI arguments', 'args');
      commit('D: validate input', 'validate');
      if (p.colleague) {
        git('checkout', '-q', '-b', 'alice');
        commit('F: Alice adds tests', 'tests');
      }
      git('checkout', '-q', 'main');
      if (p.start === 'diverged') commit('E: fix README typo', 'typo');

      const r = runJob(gitScenario, p).result;
      for (const line of r.commands.filter((l) => !l.startsWith('#'))) {
        const [cmd, ...args] = words(line);
        expect(cmd).toBe('git');
        git(...args);
      }
      if (p.colleague) git('checkout', '-q', 'main');

      const byId = new Map<string, Commit>(r.after.commits.map((c) => [c.id, c]));
      for (const { name, id } of r.after.branches) {
        const ours: { subject: string; parents: string[] }[] = [];
        const seen = new Set<string>();
        const walk = (c: string) => {
          if (seen.has(c)) return;
          seen.add(c);
          const k = byId.get(c)!;
          ours.push({ subject: k.message, parents: k.parents.map((x) => byId.get(x)!.message) });
          k.parents.forEach(walk);
        };
        walk(id);
        const rows = git('log', '--format=%H|%s|%P', name).trim().split('\n');
        const subject = new Map(rows.map((l) => l.split('|')).map(([h, s]) => [h, s]));
        const theirs = rows
          .map((l) => l.split('|'))
          .map(([, s, ps]) => ({
            subject: s,
            parents: ps
              .split(' ')
              .filter(Boolean)
              .map((h) => subject.get(h)!),
          }));
        expect(topology(ours), `topology of ${name}`).toEqual(topology(theirs));
      }
      const names = r.after.branches.map((b) => b.name);
      // Trailing spaces aside: where three lanes close, git pads one `|/|` line two columns wider than gitLog does.
      const trim = (t: string) => t.replace(/ +$/gm, '').replace(/\n$/, '');
      expect(trim(gitLogText(r.after.rows)), 'graph').toBe(trim(git('log', '--graph', '--format=%s', ...names)));
      const merged = spawnSync('git', ['merge-base', '--is-ancestor', 'feature', 'main'], { cwd: dir }).status === 0;
      expect(r.featureMerged, 'feature merged into main').toBe(merged);
      if (p.colleague) {
        const added = git('log', '--format=', '--name-only', '--diff-filter=A', 'alice').split('\n').filter(Boolean);
        const twice = [...new Set(added.filter((f, i) => added.indexOf(f) !== i))].map((f) => f.replace(/\.txt$/, '')).sort();
        expect(r.duplicated, 'changes added twice in Alice’s history').toEqual(twice);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
