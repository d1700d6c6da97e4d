import { DATA_CACHE, DATA_CACHE_PREFIX, OFFLINE_LIST, type OfflineFile } from './dataFiles';

export interface StoreProgress {
  loaded: number;
  total: number;
  /** The file being fetched, for the status line. */
  current: string;
}

export interface StoreResult {
  stored: number;
  failed: { url: string; reason: string }[];
}

/** The build's list of data files (offline-files.json, itself precached). */
export async function offlineList(): Promise<OfflineFile[]> {
  const response = await fetch(OFFLINE_LIST);
  if (!response.ok) throw new Error(`could not load ${OFFLINE_LIST}: HTTP ${response.status}`);
  return (await response.json()) as OfflineFile[];
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The service worker's cache-first route puts a file in the cache just after the page has read it: wait for that. */
async function cached(url: string, ms = 5000): Promise<boolean> {
  const cache = await caches.open(DATA_CACHE);
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await cache.match(absolute(url))) return true;
  }
  return false;
}

/** Reads one file to the end through the service worker (which stores it), reporting bytes as they arrive. */
async function readThrough(url: string, onBytes: (n: number) => void): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (!response.body) return onBytes((await response.arrayBuffer()).byteLength);
  const reader = response.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) onBytes(r.value.length);
}

/**
 * Fetches every model and wasm file once, so every demo works offline, and confirms each is in
 * the data cache. One at a time: the files share one connection's bandwidth anyway, and the
 * progress bar then reads in order. A file that fails is reported and the rest go on.
 */
export async function storeOffline(files: OfflineFile[], onProgress: (p: StoreProgress) => void): Promise<StoreResult> {
  const total = files.reduce((a, f) => a + f.bytes, 0);
  let loaded = 0;
  const result: StoreResult = { stored: 0, failed: [] };
  for (const f of files) {
    const start = loaded;
    onProgress({ loaded, total, current: f.url });
    try {
      await readThrough(f.url, (n) => onProgress({ loaded: (loaded += n), total, current: f.url }));
      if (!(await cached(f.url))) throw new Error('not stored (is the service worker active?)');
      result.stored++;
    } catch (e) {
      result.failed.push({ url: f.url, reason: e instanceof Error ? e.message : String(e) });
    }
    loaded = start + f.bytes; // the listed size, whatever arrived: the bar ends at the total
    onProgress({ loaded, total, current: f.url });
  }
  return result;
}

/** Drops data caches of older schemes and files no longer in this build (hashed names: old models only take space). */
export async function pruneDataCaches(files: OfflineFile[]): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(DATA_CACHE_PREFIX) && name !== DATA_CACHE) await caches.delete(name);
  const keep = new Set(files.map((f) => absolute(f.url)));
  const cache = await caches.open(DATA_CACHE);
  for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
}
