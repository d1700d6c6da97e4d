/**
 * Takes the ways out of a worker away before any reader's code runs. Each name is removed from
 * the global object and from every prototype on its chain (fetch, indexedDB and caches live on
 * WorkerGlobalScope.prototype, postMessage on DedicatedWorkerGlobalScope.prototype), then pinned
 * to undefined so it cannot be put back by assignment.
 *
 * What this cannot stop, honestly:
 * - `import('https://…')` reached through eval or the Function constructor: dynamic import is
 *   syntax, not a property, so it cannot be deleted (compile.ts rewrites the import() it can see).
 *   The site's Content-Security-Policy (connect-src / script-src 'self', a later issue) is the
 *   second wall for that and for any network API a future browser adds that is not listed here.
 * - Memory: a worker has no heap quota we can set from a page; a runaway allocation ends with a
 *   RangeError, or the worker dying (reported as a crash), or the time limit.
 * - CPU: a busy loop cannot be interrupted from inside; the page terminates the worker (runSandbox.ts).
 */
export const BLOCKED = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'Worker',
  'SharedWorker',
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'postMessage',
  'close',
] as const;

/** Removes `names` from `scope` and its prototypes; returns the names still reachable (should be none). */
export function neutralise(scope: object, names: readonly string[] = BLOCKED): string[] {
  for (const name of names) {
    for (let o: object | null = scope; o; o = Object.getPrototypeOf(o)) {
      if (!Object.prototype.hasOwnProperty.call(o, name)) continue;
      try {
        delete (o as Record<string, unknown>)[name];
      } catch {
        /* not configurable: pinned below */
      }
    }
    try {
      Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false });
    } catch {
      /* already pinned */
    }
  }
  return names.filter((n) => (scope as Record<string, unknown>)[n] !== undefined);
}
