/**
 * A data file (a model, onnxruntime's wasm) that is neither stored by the service worker nor
 * downloadable: the reader is offline and never used it, or never pressed "Make available
 * offline". The message is what the demo shows, in the reader's words, instead of a bare
 * "Failed to fetch" or emscripten's abort.
 */
export class OfflineUnavailable extends Error {
  constructor(what: string) {
    super(`You are offline and ${what} is not stored yet: connect once, or use “Make available offline” on the home page.`);
    this.name = 'OfflineUnavailable';
  }
}

/** True for the error `fetch` rejects with when no response came at all (offline, server unreachable). */
export const isNetworkFailure = (e: unknown): boolean => e instanceof TypeError;

async function stored(url: string): Promise<boolean> {
  try {
    // ignoreVary: the service worker's data route stores and matches that way (see src/app/offline/pwaPlugin.ts).
    return (await caches.match(new URL(url, location.href).href, { ignoreVary: true })) !== undefined;
  } catch {
    return false; // Cache Storage refused (an opaque origin): nothing is stored for this context
  }
}

/**
 * True when `url` surely cannot be fetched: not in Cache Storage and the browser knows it is
 * offline. Decided without a request, because the browser logs every failed one as a console
 * error. False where there is no Cache Storage (Node, an insecure origin): nothing is stored there.
 */
export async function knownUnavailable(url: string): Promise<boolean> {
  return typeof caches !== 'undefined' && navigator.onLine === false && !(await stored(url));
}

/**
 * Resolves when `url` can be fetched: it is stored, or (in a context a service worker controls)
 * the network answers a HEAD request, which the worker's GET-only route leaves alone, so nothing
 * is downloaded twice. Throws `OfflineUnavailable` when it surely cannot (see `knownUnavailable`)
 * or the HEAD gets no answer.
 *
 * Why check before onnxruntime starts rather than catch its failure: emscripten, failing to fetch
 * its wasm, logs four console errors and aborts, and onnxruntime then refuses every later
 * initialisation in the page ("previous call to 'initWasm()' failed"), even once back online.
 */
export async function ensureFetchable(url: string, what: string): Promise<void> {
  if (typeof caches === 'undefined' || (await stored(url))) return;
  if (navigator.onLine === false) throw new OfflineUnavailable(what); // as in knownUnavailable: no request to fail
  // With no service worker in charge the file comes from the network as usual and nothing is stored to tell apart.
  if (!navigator.serviceWorker?.controller) return;
  try {
    await fetch(url, { method: 'HEAD', cache: 'no-store' });
  } catch (e) {
    throw isNetworkFailure(e) ? new OfflineUnavailable(what) : e;
  }
}
