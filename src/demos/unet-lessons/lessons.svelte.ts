import card from '../../../models/unet/card.json';
import { shapesSample, type ShapesOptions } from '../../models/data/shapes';
import { UNET_FEATURE_TAPS } from '../../models/unet/featureTaps';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import { LESSON_STREAM, type unetLessonsParams } from './meta';
import type { ParamValues } from '../params';

type Params = ParamValues<typeof unetLessonsParams>;
export const S = card.architecture.inputSize;
const options = card.data.options as Partial<ShapesOptions>;
/**
 * The U-Net's `features` graph (its spec's export: unet.onnx's weights with every level tapped),
 * listed in its card like every shipped graph; the card's size drives the download progress.
 */
const FEATURES = card.files.features;
const urls = import.meta.glob<string>('../../../models/unet/*.onnx', { eager: true, query: '?url', import: 'default' });
const featuresUrl = urls[`../../../models/unet/${FEATURES.name}`];

export interface Tap {
  name: string;
  channels: number;
  size: number;
  data: Float32Array; // [C, size, size]
}
export interface Features {
  taps: Record<string, Tap>;
  probs: Float32Array; // [4, S, S]
}

/** The lessons demo's state: the scene, and the shipped U-Net's feature maps for it (lazy). */
export class LessonsDemo {
  readonly features = new ShippedSession(featuresUrl, FEATURES);
  readonly #params: () => Params;
  readonly #result: LatestResult<Features>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#result = new LatestResult('The U-Net feature maps', fail);
    $effect(() => {
      if (this.features.status === 'error') fail(`The U-Net feature-map model could not be loaded: ${this.features.message}`);
    });
    $effect(() => {
      const [s, key] = [this.sample, this.key];
      if (this.features.status !== 'ready') return;
      this.#result.run(key, () =>
        this.features.run(async (session) => {
          const { runSession } = await import('../../models/runtime/ort');
          const out = await runSession(session, { image: { data: s.image, shape: [1, 3, S, S] } });
          const taps: Record<string, Tap> = {};
          for (const name of UNET_FEATURE_TAPS) {
            const t = out[`tap/${name}`];
            taps[name] = { name, channels: t.shape[1], size: t.shape[2], data: t.data };
          }
          return { taps, probs: out.probs.data };
        }),
      );
    });
  }

  load(): void {
    this.features.load();
  }
  dispose(): void {
    this.#result.cancel();
    this.features.dispose();
  }

  readonly sample = $derived.by(() => shapesSample(LESSON_STREAM, this.#params().scene, options));
  readonly key = $derived.by(() => String(this.#params().scene));
  readonly current = $derived.by(() => this.#result.get(this.key));
  readonly last = $derived.by(() => this.#result.last);
}
