import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import { SimWorker } from '../shared/simWorker';
import { GIT_OPS, type gitGraphParams } from './meta';

type Params = ParamValues<typeof gitGraphParams>;

/**
 * The git-graph demo's state: the chosen operation on the chosen history, and the same history
 * under each of the five operations for the comparison table, all replayed by the tiny git in
 * the sims worker (one channel per operation).
 */
export class GitGraphDemo {
  readonly #params: () => Params;
  readonly #worker = new SimWorker();
  readonly all: Record<(typeof GIT_OPS)[number], SimTask<'gitScenario'>>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.all = Object.fromEntries(
      GIT_OPS.map((op) => [op, new SimTask(this.#worker, 'gitScenario', 'The git replay', fail, `git-${op}`)]),
    ) as GitGraphDemo['all'];
    $effect(() => {
      const { start, colleague } = this.#params();
      for (const op of GIT_OPS) this.all[op].request({ start, op, colleague });
    });
  }

  dispose(): void {
    this.#worker.dispose();
  }

  /** The chosen operation's result (the newest shown while the next is replayed). */
  readonly result = $derived.by(() => this.all[this.#params().op].last);
  readonly ready = $derived.by(() => GIT_OPS.every((op) => this.all[op].last !== null));
}
