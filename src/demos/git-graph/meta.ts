import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const gitGraphParams = defineParams({
  start: {
    type: 'enum',
    default: 'diverged',
    options: { diverged: 'main moved on (E after the branch point)', behind: 'main has not moved since feature branched' },
    label: 'Starting point',
  },
  op: {
    type: 'enum',
    default: 'merge',
    options: {
      merge: 'git merge',
      'no-ff': 'git merge --no-ff',
      squash: 'git merge --squash, then commit',
      rebase: 'git rebase main, then fast-forward',
      'cherry-pick': 'git cherry-pick (D only)',
    },
    label: 'Bring feature into main with',
  },
  colleague: { type: 'bool', default: false, label: 'Alice has pulled feature and committed on top of it' },
});

export const gitGraphMeta: DemoMeta<typeof gitGraphParams> = {
  id: 'git-graph',
  title: 'Merge, rebase, squash, cherry-pick: what each does to shared history',
  claim:
    'Merging adds commits and keeps every existing one; rebasing, squashing and cherry-picking write new commits with the same changes, which is harmless on a private branch and duplicates history for anyone who built on the old ones.',
  questions: ['software/git-workflow', 'software/code-review'],
  params: gitGraphParams,
  steps: () => [
    {
      say: 'main has A, B, then E; feature branched at B with C and D. git merge ties the two lines with a merge commit; no existing commit changes.',
      patch: { start: 'diverged', op: 'merge', colleague: false },
      show: 'graph',
    },
    {
      say: 'If main had not moved, the same git merge just moves main forward to D (a fast-forward): no merge commit, a straight line.',
      patch: { start: 'behind' },
    },
    { say: '--no-ff records a merge commit anyway, so the history shows that C and D arrived together as one feature.', patch: { op: 'no-ff' } },
    {
      say: 'Back to the diverged history. Rebase replays C and D on top of E as new commits C′ and D′ (new ids), then main fast-forwards: linear, and C, D are orphaned.',
      patch: { start: 'diverged', op: 'rebase' },
    },
    {
      say: 'Squash: one new commit S carries C and D’s changes. main stays linear and easy to revert, but feature is not merged: git branch -d refuses.',
      patch: { op: 'squash' },
    },
    { say: 'Cherry-pick copies just D as a new commit on main. The change now exists under two ids.', patch: { op: 'cherry-pick' } },
    {
      say: 'Now Alice had pulled feature and added F. After the rebase she merges main: C and C′, D and D′ are both in her history. Never rebase commits others have built on.',
      patch: { op: 'rebase', colleague: true },
      show: 'effects',
    },
    { say: 'The same with a plain merge: Alice’s merge brings E and the merge commit, and every change appears exactly once.', patch: { op: 'merge' } },
  ],
};
