import card from '../../../models/unet/card.json';
import modelUrl from '../../../models/unet/unet.onnx?url';
import noskipCard from '../../../models/unet-noskip/card.json';
import noskipUrl from '../../../models/unet-noskip/unet-noskip.onnx?url';
import { shapesSample, type ShapesOptions } from '../../models/data/shapes';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import { segmentScene, type Segmentation } from './segment';
import { CLASS_NAMES, maskToRgb } from './masks';
import { unetBlocks, type CardLayer } from './schematic';
import { DEMO_STREAM, type unetParams } from './meta';
import type { ParamValues } from '../params';

type Params = ParamValues<typeof unetParams>;
interface Result {
  main: Segmentation;
  noskip: Segmentation | null;
}

export const S = card.architecture.inputSize;
// The cards' JSON types these as plain strings and arrays; the training CLI wrote exactly these shapes.
const options = card.data.options as Partial<ShapesOptions>;
const layers = card.architecture.layers as CardLayer[];

/**
 * The U-Net demo's state: the shipped U-Net (loaded when the demo is first seen) and its
 * no-skip twin (loaded when compared), the scene on screen, and the newest segmentation of
 * it. Create it while a component initialises: its effects belong to that component.
 */
export class UnetDemo {
  readonly main = new ShippedSession(modelUrl, card.files.model);
  readonly noskip = new ShippedSession(noskipUrl, noskipCard.files.model);
  readonly blocks = unetBlocks(layers, S);
  readonly #params: () => Params;
  readonly #segmentation: LatestResult<Result>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#segmentation = new LatestResult('The U-Net', fail);
    $effect(() => {
      if (this.#params().compare) this.noskip.load();
    });
    $effect(() => {
      if (this.main.status === 'error') fail(`The U-Net model could not be loaded: ${this.main.message}`);
      else if (this.noskip.status === 'error') fail(`The no-skip model could not be loaded: ${this.noskip.message}`);
    });
    // Segment the scene whenever it (or the set of models shown) changes.
    $effect(() => {
      const [s, key, compare] = [this.sample, this.#runKey, this.#params().compare];
      if (this.main.status !== 'ready' || (compare && this.noskip.status !== 'ready')) return;
      this.#segmentation.run(key, async () => {
        const [main, noskip] = await Promise.all([
          this.main.run((session) => segmentScene(session, s.image, S, s.classMask)),
          compare ? this.noskip.run((session) => segmentScene(session, s.image, S, s.classMask)) : null,
        ]);
        return { main, noskip };
      });
    });
  }

  load(): void {
    this.main.load();
  }

  dispose(): void {
    this.#segmentation.cancel();
    this.main.dispose();
    this.noskip.dispose();
  }

  /** The scene, drawn exactly as the model's training data (the card's options), with the noise chosen here. */
  readonly sample = $derived.by(() => shapesSample(DEMO_STREAM, this.#params().scene, { ...options, noise: this.#params().noise }));
  readonly truthRgb = $derived(maskToRgb(this.sample.classMask));
  readonly selectedBlock = $derived.by(() => this.blocks.find((b) => b.id === this.#params().block) ?? null);
  readonly probClass = $derived.by(() => CLASS_NAMES.indexOf(this.#params().prob));
  /** Which scene is on screen: "scene/noise". */
  readonly key = $derived.by(() => `${this.#params().scene}/${this.#params().noise}`);
  readonly #runKey = $derived.by(() => `${this.key}/${this.#params().compare ? 'both' : 'main'}`);
  /** The newest segmentation (possibly of the previous scene, so the picture stays up while the next is computed). */
  readonly result = $derived.by(() => this.#segmentation.last);
  /** The segmentation of exactly the scene on screen, or null while it is computed. */
  readonly current = $derived.by(() => this.#segmentation.get(this.#runKey));
  readonly rows = $derived.by(() => {
    const r = this.result;
    return r ? [{ name: 'U-Net', seg: r.main }, ...(r.noskip ? [{ name: 'no skips', seg: r.noskip }] : [])] : [];
  });
}

export { card, noskipCard };
