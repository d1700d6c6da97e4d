import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import type { eventLoopParams } from './meta';
import { SCRIPTS } from './scripts';

type Params = ParamValues<typeof eventLoopParams>;

/**
 * The event-loop demo's state: the chosen script run by the stepper in the sims worker (the
 * order, the queues between steps, and the Node program), and the reader's guess of the order,
 * which is kept per script and cleared when the script changes.
 */
export class EventLoopDemo {
  readonly #params: () => Params;
  #started = $state(false);
  readonly run: SimTask<'loopRun'>;
  guess: string[] = $state([]);
  #guessFor = '';

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.run = new SimTask('loopRun', 'The event-loop stepper', fail);
    $effect(() => {
      if (!this.#started) return;
      const s = SCRIPTS[this.#params().script];
      this.run.request({ script: s.script, startIn: s.startIn });
    });
    $effect(() => {
      const id = this.#params().script;
      if (id !== this.#guessFor) {
        this.#guessFor = id;
        this.guess = [];
      }
    });
  }

  /** Starts simulating: called when the demo is first scrolled into view (a notebook page holds several). */
  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.run.dispose();
  }

  /** The run of the script on screen (null while the worker computes it). */
  readonly result = $derived.by(() => this.run.result);
  readonly at = $derived.by(() => Math.min(this.#params().at, this.result?.steps.length ?? 0));
  /** Labels to guess from, in a fixed order that gives nothing away (alphabetical). */
  readonly labels = $derived.by(() => [...(this.result?.order ?? [])].sort((a, b) => a.localeCompare(b)));
  readonly complete = $derived.by(() => this.result !== null && this.guess.length === this.result.order.length);
  /** Where the guess first differs from Node's order (−1 when it matches). */
  readonly firstWrong = $derived.by(() => (this.result ? this.guess.findIndex((g, i) => g !== this.result!.order[i]) : -1));

  pick(label: string): void {
    if (!this.guess.includes(label)) this.guess = [...this.guess, label];
  }
  undo(): void {
    this.guess = this.guess.slice(0, -1);
  }
  clear(): void {
    this.guess = [];
  }
}
