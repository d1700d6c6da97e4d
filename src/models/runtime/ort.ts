/**
 * Lazy onnxruntime-web (wasm build only: the default entry adds WebGPU/WebGL and a 28 MB
 * .jsep.wasm we never use). One module instance per page; the thread count is fixed by the
 * first session, so decide it once: threads only when the page is cross-origin isolated.
 *
 * On a page, ORT's proxy mode runs everything heavy in its own worker: compiling the 14 MB wasm,
 * creating sessions and running them (on the main thread they were Lighthouse's 500-670 ms of
 * blocking time). The worker is ORT's own bundle chunk loaded from this origin, so the CSP's
 * `worker-src 'self'` covers it. ORT ignores the flag where there is no document (Node, our own
 * workers), which keep running it in-thread. Proxied calls transfer their buffers to the worker,
 * so `createSession` and `runSession` hand it copies: callers keep using what they passed.
 */
import { ensureFetchable } from './ensureFetchable';

export type Ort = typeof import('onnxruntime-web/wasm');

let ortPromise: Promise<Ort> | undefined;
/** True when ORT proxies to its worker (the same test ORT makes), so calls must not give away the caller's buffers. */
let proxied = false;

/** A failed start is forgotten, so the next demo (back online, or after "Retry") tries again. */
export function loadOrt(): Promise<Ort> {
  ortPromise ??= startOrt().catch((e: unknown) => {
    ortPromise = undefined;
    throw e;
  });
  return ortPromise;
}

async function startOrt(): Promise<Ort> {
  // In a browser (a page or a worker: both have `location`) the wasm URL is set to the one checked
  // here, the same asset ORT would pick itself; offline and not stored, the check's plain error
  // replaces emscripten's abort, which would disable ORT for the rest of the page.
  // Imported here, not at the top: Node (the CLIs run by tsx) cannot import a `?url`; only Vite can.
  const wasm =
    typeof location === 'undefined' ? undefined : new URL((await import('onnxruntime-web/ort-wasm-simd-threaded.wasm?url')).default, location.href).href;
  if (wasm) await ensureFetchable(wasm, "onnxruntime's WebAssembly");
  const ort = await import('onnxruntime-web/wasm');
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
  ort.env.wasm.numThreads = isolated ? Math.max(1, Math.min(4, cores)) : 1;
  ort.env.logLevel = 'error'; // the process-wide default logger; kernels warn through it
  ort.env.wasm.proxy = true;
  if (wasm) ort.env.wasm.wasmPaths = { wasm };
  proxied = (globalThis as { document?: unknown }).document !== undefined;
  return ort;
}

export interface Feed {
  data: Float32Array | BigInt64Array | Int32Array;
  shape: number[];
}

/** Creates a session from model bytes. The caller owns it and must `release()` it. */
export async function createSession(bytes: Uint8Array) {
  const ort = await loadOrt();
  // Severity 3 (errors only): ORT's warnings, such as RoiAlign's max-mode note, would otherwise
  // reach the console; the demos explain those behaviours themselves.
  return ort.InferenceSession.create(proxied ? bytes.slice() : bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all', logSeverityLevel: 3 });
}

/** Runs a session once and copies every output out as a plain Float32Array with its shape. */
export async function runSession(
  session: Awaited<ReturnType<typeof createSession>>,
  feeds: Record<string, Feed>,
): Promise<Record<string, { data: Float32Array; shape: number[] }>> {
  const ort = await loadOrt();
  const inputs: Record<string, InstanceType<Ort['Tensor']>> = {};
  for (const [name, f] of Object.entries(feeds)) {
    const type = f.data instanceof BigInt64Array ? 'int64' : f.data instanceof Int32Array ? 'int32' : 'float32';
    inputs[name] = new ort.Tensor(type, proxied ? f.data.slice() : f.data, f.shape);
  }
  const results = await session.run(inputs);
  const out: Record<string, { data: Float32Array; shape: number[] }> = {};
  for (const [name, t] of Object.entries(results)) {
    out[name] = { data: Float32Array.from(t.data as Float32Array), shape: [...t.dims] };
    t.dispose();
  }
  return out;
}

/** Builds a session, runs it once, releases it: for one-off reference checks. */
export async function runOnce(bytes: Uint8Array, feeds: Record<string, Feed>) {
  const session = await createSession(bytes);
  try {
    return await runSession(session, feeds);
  } finally {
    await session.release();
  }
}
