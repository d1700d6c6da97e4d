import { isNetworkFailure, knownUnavailable, OfflineUnavailable } from './ensureFetchable';

/**
 * Downloads a model file with progress. Content-Length gives the total when the server sends it
 * (Vite's preview and any static host do); otherwise progress reports bytes only.
 */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

export async function fetchModel(url: string, onProgress?: (p: LoadProgress) => void): Promise<Uint8Array> {
  const what = `the model file ${url.replace(/^.*\//, '')}`;
  if (await knownUnavailable(url)) throw new OfflineUnavailable(what);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    // No response at all: the service worker had no stored copy (it answers those offline) and the network is down.
    throw isNetworkFailure(e) ? new OfflineUnavailable(what) : e;
  }
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress?.({ loaded: bytes.length, total: bytes.length });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}
