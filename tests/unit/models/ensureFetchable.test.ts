import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureFetchable, knownUnavailable, OfflineUnavailable } from '../../../src/models/runtime/ensureFetchable';

/**
 * The decisions, against a hand-made browser: a Cache Storage holding `stored`, a network that is
 * up or down, and a record of every request made (the browser logs each failed one as an error,
 * so "no request" is part of the contract). The real service worker is covered by offline.e2e.ts.
 */
const URL_ = 'http://site.test/assets/ort-wasm-simd-threaded-abc.wasm';

function browser(opts: { stored: string[]; online: boolean; networkUp: boolean; controlled?: boolean }) {
  const requests: { url: string; method: string }[] = [];
  vi.stubGlobal('location', { href: 'http://site.test/index.html' });
  vi.stubGlobal('navigator', { onLine: opts.online, serviceWorker: { controller: opts.controlled === false ? null : {} } });
  vi.stubGlobal('caches', { match: async (url: string) => (opts.stored.includes(url) ? new Response('') : undefined) });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, method: init?.method ?? 'GET' });
    if (!opts.networkUp) throw new TypeError('Failed to fetch'); // what fetch rejects with when no response comes
    return new Response(null, { status: 200 });
  });
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('ensureFetchable', () => {
  it('a stored file passes offline without any request', async () => {
    const requests = browser({ stored: [URL_], online: false, networkUp: false });
    await expect(ensureFetchable(URL_, 'the wasm')).resolves.toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('offline and not stored, it fails with the plain message and makes no request', async () => {
    const requests = browser({ stored: [], online: false, networkUp: false });
    const error = await ensureFetchable(URL_, 'the wasm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineUnavailable);
    expect((error as Error).message).toBe('You are offline and the wasm is not stored yet: connect once, or use “Make available offline” on the home page.');
    expect(requests).toEqual([]);
  });

  it('online but not stored, one HEAD request decides, and no download starts', async () => {
    const requests = browser({ stored: [], online: true, networkUp: true });
    await expect(ensureFetchable(URL_, 'the wasm')).resolves.toBeUndefined();
    expect(requests).toEqual([{ url: URL_, method: 'HEAD' }]);
  });

  it('online, in a context no service worker controls, it makes no request (the file comes from the network as usual)', async () => {
    const requests = browser({ stored: [], online: true, networkUp: true, controlled: false });
    await expect(ensureFetchable(URL_, 'the wasm')).resolves.toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('a network that says it is up but answers nothing gives the same plain message', async () => {
    browser({ stored: [], online: true, networkUp: false });
    await expect(ensureFetchable(URL_, 'the wasm')).rejects.toBeInstanceOf(OfflineUnavailable);
  });

  it('a relative URL is looked up in the cache as the absolute one the service worker stored', async () => {
    const requests = browser({ stored: [URL_], online: false, networkUp: false });
    await expect(ensureFetchable('assets/ort-wasm-simd-threaded-abc.wasm', 'the wasm')).resolves.toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('without Cache Storage (Node, an insecure origin) it checks nothing', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('no request expected')));
    expect(typeof caches).toBe('undefined');
    await expect(ensureFetchable(URL_, 'the wasm')).resolves.toBeUndefined();
    expect(await knownUnavailable(URL_)).toBe(false);
  });
});

describe('knownUnavailable', () => {
  it('is true only offline for a file not stored', async () => {
    browser({ stored: [URL_], online: false, networkUp: false });
    expect(await knownUnavailable(URL_)).toBe(false);
    expect(await knownUnavailable('http://site.test/assets/other.onnx')).toBe(true);
    browser({ stored: [], online: true, networkUp: false });
    expect(await knownUnavailable(URL_)).toBe(false);
  });
});
