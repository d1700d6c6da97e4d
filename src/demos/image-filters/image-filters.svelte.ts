import { getStructuringElement } from '../../kernels/structuringElement';
import { tensor, type Tensor } from '../../kernels/tensor';
import { grayUpload, type GrayUpload } from '../shared/grayUpload';
import { WorkerTask } from '../shared/workerTask.svelte';
import type { Task, TaskResult } from './compute';
import { kernelsOf, type FilterSpec } from './filters';
import { makeFiltersWorker } from './filtersWorker';
import { sampleImage } from './images';
import { SIZE, type FilterValues } from './meta';

/**
 * The image-filters demo's state: the image on screen (a sample, or the user's upload, already
 * downscaled to SIZE²), the kernels as numbers (cheap, on the main thread) and the panel's
 * filtering, which runs in a worker (a 15×15 median costs ~0.3 s) with the newest request
 * winning: the previous picture stays up until the next one arrives.
 */
export class ImageFiltersDemo {
  uploaded: GrayUpload | null = $state.raw(null);
  uploadError = $state('');
  uploading = $state(false);
  #uploads = $state(0);
  readonly #params: () => FilterValues;
  readonly #worker: WorkerTask<Task, TaskResult>;

  constructor(params: () => FilterValues, fail: (message: string) => void) {
    this.#params = params;
    this.#worker = new WorkerTask(makeFiltersWorker, 'The filter worker', fail);
    $effect(() => this.#worker.request(this.#task, this.key));
  }

  dispose(): void {
    this.#worker.dispose();
  }

  /** Decodes (and downscales) a file; true if it can be shown. A failure keeps the previous image and says why. */
  async upload(file: File): Promise<boolean> {
    this.uploadError = '';
    this.uploading = true;
    try {
      this.uploaded = await grayUpload(file, SIZE);
      this.#uploads++;
      return true;
    } catch (e) {
      this.uploadError = e instanceof Error ? e.message : String(e);
      return false;
    } finally {
      this.uploading = false;
    }
  }

  readonly image: Tensor = $derived.by(() => {
    const kind = this.#params().image;
    if (kind === 'upload') return this.uploaded ? tensor([SIZE, SIZE], this.uploaded.data) : sampleImage('shapes');
    return sampleImage(kind);
  });
  readonly spec: FilterSpec = $derived.by(() => {
    const v = this.#params();
    return { filter: v.filter, sigma: v.sigma, ksize: v.ksize, aperture: v.aperture, border: v.border };
  });
  readonly kernels = $derived.by(() => kernelsOf(this.spec));
  readonly element = $derived.by(() => {
    const v = this.#params();
    return getStructuringElement(v.shape, v.seW, v.seH);
  });

  /** The panel's work, without the image (which the key names instead). */
  readonly #job = $derived.by(() => {
    const v = this.#params();
    switch (v.view) {
      case 'gallery':
      case 'borders':
        return { view: v.view, spec: this.spec };
      case 'canny':
        return { view: v.view, sigma: v.cannySigma, low: v.low, high: v.high, l2: v.l2 };
      case 'morphology':
        return { view: v.view, mask: v.mask, thresh: v.thresh, op: v.op, shape: v.shape, seW: v.seW, seH: v.seH, distance: v.distance };
    }
  });
  readonly #task = $derived.by(() => ({ ...this.#job, image: this.image.data, size: SIZE }) as Task);
  /** What is on screen: the panel's settings and which image ("upload 2" after a second upload). */
  readonly key = $derived.by(() => {
    const v = this.#params();
    const img = v.image === 'upload' && this.uploaded ? `upload ${this.#uploads}` : v.image === 'upload' ? 'shapes' : v.image;
    return `${img} ${JSON.stringify(this.#job)}`;
  });
  /** The newest result (possibly for the previous settings, so a picture stays up while the next is computed). */
  readonly result = $derived.by(() => this.#worker.last);
  readonly pending = $derived.by(() => this.#worker.pending);
}
