import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import type { gitGraphParams } from './meta';

type Params = ParamValues<typeof gitGraphParams>;

/**
 * The git-graph demo's state: the chosen history under each of the five operations (the chosen
 * one drawn, all five in the comparison table), replayed by the tiny git in the sims worker.
 */
export class GitGraphDemo {
  readonly #params: () => Params;
  #started = $state(false);
  readonly replay: SimTask<'gitCompare'>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.replay = new SimTask('gitCompare', 'The git replay', fail);
    $effect(() => {
      if (!this.#started) return;
      const { start, colleague } = this.#params();
      this.replay.request({ start, colleague });
    });
  }

  /** Starts simulating: called when the demo is first scrolled into view (a notebook page holds several). */
  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.replay.dispose();
  }

  /** Every operation's result (the newest shown while the next is replayed). */
  readonly all = $derived.by(() => this.replay.last);
  readonly result = $derived.by(() => this.all?.[this.#params().op] ?? null);
  readonly ready = $derived.by(() => this.all !== null);
}
