import { createSession, runSession } from '../../models/runtime/ort';
import { fetchModel } from '../../models/runtime/fetchModel';

/**
 * Median wall time of one batch-1 inference of an ONNX classifier in onnxruntime-web (wasm), in
 * this browser: `warmup` untimed runs (the first run allocates and plans), then `runs` timed ones.
 * On a page the session lives in onnxruntime's worker (src/models/runtime/ort.ts), so each time
 * includes the round trip to it: a copy of the input and two messages, small next to a conv net.
 */
export async function measureLatency(url: string, side: number, runs = 15, warmup = 3): Promise<{ medianMs: number; minMs: number }> {
  const session = await createSession(await fetchModel(url));
  try {
    const image = { data: new Float32Array(3 * side * side).fill(0.5), shape: [1, 3, side, side] };
    for (let i = 0; i < warmup; i++) await runSession(session, { image });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await runSession(session, { image });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0] };
  } finally {
    await session.release();
  }
}
