/**
 * A tiny Git: a commit DAG with branches and the history-rewriting operations people argue about
 * in code review. Each commit records its parents and its change (a label standing for its diff,
 * so "the same patch" can be recognised after a cherry-pick), and a commit's tree is the set of
 * changes reachable from it. Conflicts do not exist here: every change touches its own file.
 * Semantics follow git 2.x (checked against real git in tests/unit/sim/gitGraph.test.ts):
 * - merge: "Already up to date" when the other side is an ancestor; a fast-forward when HEAD is an
 *   ancestor (unless no-ff); otherwise a merge commit with parents [HEAD, other];
 * - squash: `git merge --squash x && git commit`: one new commit on HEAD carrying x's changes, one parent;
 * - rebase: `git rebase onto`: the non-merge commits of onto..HEAD, oldest first, replayed as new
 *   commits on onto, dropping those whose changes are all in the tree already (git drops them by
 *   patch-id, "already upstream"; without conflicts the two rules agree); a no-op when onto is
 *   already an ancestor of HEAD;
 * - cherry-pick: a new commit on HEAD with the picked commit's message and change.
 */
export interface Commit {
  id: string;
  message: string;
  parents: string[];
  /** The changes this commit introduces (one for a commit, several for a squash, none for a merge). */
  changes: string[];
}

export type MergeMode = 'ff' | 'no-ff' | 'ff-only';

export class GitGraph {
  readonly commits = new Map<string, Commit>();
  readonly branches = new Map<string, string>();
  /** The checked-out branch (possibly unborn: no commit yet). */
  head: string;
  private count = 0;

  constructor(initialBranch = 'main') {
    this.head = initialBranch;
  }

  /** Commit id of a branch name or commit id; throws for an unknown ref. */
  resolve(ref: string): string {
    const id = this.branches.get(ref) ?? (this.commits.has(ref) ? ref : undefined);
    if (id === undefined) throw new Error(`unknown revision '${ref}'`);
    return id;
  }

  headCommit(): string | undefined {
    return this.branches.get(this.head);
  }

  commit(message: string, change: string = message): string {
    return this.addCommit(message, this.headParents(), [change]);
  }

  branch(name: string, at?: string): void {
    if (this.branches.has(name)) throw new Error(`a branch named '${name}' already exists`);
    this.branches.set(name, at !== undefined ? this.resolve(at) : this.resolve(this.head));
  }

  checkout(name: string): void {
    if (!this.branches.has(name)) throw new Error(`pathspec '${name}' did not match any branch`);
    this.head = name;
  }

  merge(ref: string, mode: MergeMode = 'ff', message?: string): 'up-to-date' | 'fast-forward' | 'merge' {
    const other = this.resolve(ref);
    const head = this.resolve(this.head);
    if (this.ancestors(head).has(other)) return 'up-to-date';
    if (mode !== 'no-ff' && this.ancestors(other).has(head)) {
      this.branches.set(this.head, other);
      return 'fast-forward';
    }
    if (mode === 'ff-only') throw new Error('Not possible to fast-forward, aborting.');
    const into = this.head === 'main' || this.head === 'master' ? '' : ` into ${this.head}`;
    this.addCommit(message ?? `Merge branch '${ref}'${into}`, [head, other], []);
    return 'merge';
  }

  squash(ref: string, message: string): string {
    const tree = this.tree(this.resolve(this.head));
    const changes = [...this.tree(this.resolve(ref))].filter((c) => !tree.has(c)).sort();
    if (changes.length === 0) throw new Error('nothing to commit: the squashed branch adds no changes');
    return this.addCommit(message, this.headParents(), changes);
  }

  cherryPick(ref: string): string {
    const picked = this.commits.get(this.resolve(ref))!;
    if (picked.parents.length > 1) throw new Error(`commit ${picked.id} is a merge but no -m option was given`);
    if (picked.changes.every((c) => this.tree(this.resolve(this.head)).has(c))) throw new Error('The previous cherry-pick is now empty');
    return this.addCommit(picked.message, this.headParents(), picked.changes);
  }

  /** Rebases the checked-out branch onto `onto`; returns the ids of the new commits. */
  rebase(onto: string): string[] {
    const up = this.resolve(onto);
    const head = this.resolve(this.head);
    const mine = this.ancestors(head);
    const theirs = this.ancestors(up);
    if (mine.has(up)) return [];
    const todo = topoOrder(this, [head])
      .reverse()
      .filter((id) => !theirs.has(id) && this.commits.get(id)!.parents.length <= 1);
    let tip = up;
    const made: string[] = [];
    for (const id of todo) {
      const c = this.commits.get(id)!;
      const tree = this.tree(tip);
      if (c.changes.every((ch) => tree.has(ch))) continue;
      tip = this.addCommit(c.message, [tip], c.changes, false);
      made.push(tip);
    }
    this.branches.set(this.head, tip);
    return made;
  }

  /** Every commit reachable from id, including itself. */
  ancestors(id: string): Set<string> {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (seen.has(c)) continue;
      seen.add(c);
      stack.push(...this.commits.get(c)!.parents);
    }
    return seen;
  }

  /** The set of changes in the snapshot at id. */
  tree(id: string): Set<string> {
    const t = new Set<string>();
    for (const a of this.ancestors(id)) for (const ch of this.commits.get(a)!.changes) t.add(ch);
    return t;
  }

  private headParents(): string[] {
    const h = this.headCommit();
    return h === undefined ? [] : [h];
  }

  private addCommit(message: string, parents: string[], changes: string[], moveHead = true): string {
    const id = `c${++this.count}`;
    this.commits.set(id, { id, message, parents, changes });
    if (moveHead) this.branches.set(this.head, id);
    return id;
  }
}

/**
 * Commits reachable from `tips`, children before parents, in the order `git log --topo-order`
 * prints them (git's commit.c sort_in_topological_order with REV_SORT_IN_GRAPH_ORDER): a commit
 * becomes ready when all its children are out; ready commits form a stack, so after a merge the
 * last parent's line is shown first and each line of history stays together.
 */
export function topoOrder(g: GitGraph, tips: string[]): string[] {
  const reach = new Set<string>();
  for (const t of tips) for (const id of g.ancestors(g.resolve(t))) reach.add(id);
  const indegree = new Map<string, number>();
  for (const id of reach) indegree.set(id, indegree.get(id) ?? 1);
  for (const id of reach) for (const p of g.commits.get(id)!.parents) indegree.set(p, (indegree.get(p) ?? 1) + 1);
  const stack = [...new Set(tips.map((t) => g.resolve(t)))].filter((id) => indegree.get(id) === 1).reverse();
  const out: string[] = [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const p of g.commits.get(id)!.parents) {
      const d = indegree.get(p)!;
      if (d === 0) continue;
      indegree.set(p, d - 1);
      if (d - 1 === 1) stack.push(p);
    }
    indegree.set(id, 0);
    out.push(id);
  }
  return out;
}
