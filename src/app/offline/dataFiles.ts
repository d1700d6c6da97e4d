/**
 * Which built files are data rather than code: model weights (.onnx, tfjs .bin) and WebAssembly
 * (onnxruntime's and tfjs's). The service worker precaches code and caches data only on first use
 * (it is ~24 MB, most readers never open a model demo); "Make available offline" fetches the list.
 * Shared by the build (which writes the list) and the service worker's runtime route.
 */
export const DATA_FILE = /\/assets\/[^/?#]+\.(?:onnx|bin|wasm)$/;

/** The cache those files live in. Bump the version when the caching scheme changes: old caches are deleted. */
export const DATA_CACHE_PREFIX = 'concept-notebook-data-';
export const DATA_CACHE = `${DATA_CACHE_PREFIX}v1`;

/** Written next to index.html by the build: every data file with its size in bytes. */
export const OFFLINE_LIST = 'offline-files.json';

export interface OfflineFile {
  /** Relative to the site root, as the app requests it (`assets/unet-3b62KK3c.onnx`). */
  url: string;
  bytes: number;
}
