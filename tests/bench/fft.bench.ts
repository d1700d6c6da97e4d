import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { fft2d, type Complex } from '../../src/kernels/fft';
import { randomSeeded } from '../../src/kernels/random';
import { dft2dModel } from '../../src/models/onnx/reference/dft';
import { createSession, loadOrt } from '../../src/models/runtime/ort';

/**
 * 2-D complex FFT, 512×512 (radix-2) and 500×500 (Bluestein), pure TS in float64, against
 * onnxruntime-web's DFT (two chained nodes, float32, wasm, one thread), and against the naive DFT
 * timed at a small size and extrapolated: the definition Σ over all h·w inputs for each of h·w
 * outputs scales as (hw)², the row–column naive DFT as hw(h + w). The ORT session and tensors are
 * built outside the timed function.
 */
const SIZES = [512, 500];
const rand = randomSeeded(3);
const planes = new Map<number, Complex>();
for (const n of SIZES)
  planes.set(n, { re: Float64Array.from({ length: n * n }, () => rand() - 0.5), im: Float64Array.from({ length: n * n }, () => rand() - 0.5) });

/** Milliseconds per run of the definition (direct 2-D) and of the row–column naive DFT at size n. */
function naiveMs(n: number, direct: boolean): number {
  const re = Float64Array.from({ length: n * n }, () => rand());
  const out = new Float64Array(n * n * 2);
  const t0 = performance.now();
  if (direct) {
    for (let k = 0; k < n; k++)
      for (let l = 0; l < n; l++) {
        let [sr, si] = [0, 0];
        for (let s = 0; s < n; s++)
          for (let t = 0; t < n; t++) {
            const a = (-2 * Math.PI * (((k * s) % n) * n + ((l * t) % n) * n)) / (n * n);
            sr += re[s * n + t] * Math.cos(a);
            si += re[s * n + t] * Math.sin(a);
          }
        out[2 * (k * n + l)] = sr;
        out[2 * (k * n + l) + 1] = si;
      }
  } else {
    // Rows then columns, each a length-n naive DFT with precomputed twiddles.
    const [cr, ci] = [new Float64Array(n), new Float64Array(n)];
    for (let k = 0; k < n; k++) [cr[k], ci[k]] = [Math.cos((-2 * Math.PI * k) / n), Math.sin((-2 * Math.PI * k) / n)];
    const [tr, ti] = [new Float64Array(n * n), new Float64Array(n * n)];
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) {
        let [sr, si] = [0, 0];
        for (let t = 0; t < n; t++) {
          const q = (k * t) % n;
          sr += re[i * n + t] * cr[q];
          si += re[i * n + t] * ci[q];
        }
        [tr[i * n + k], ti[i * n + k]] = [sr, si];
      }
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++) {
        let [sr, si] = [0, 0];
        for (let s = 0; s < n; s++) {
          const q = (k * s) % n;
          sr += tr[s * n + j] * cr[q] - ti[s * n + j] * ci[q];
          si += tr[s * n + j] * ci[q] + ti[s * n + j] * cr[q];
        }
        [out[2 * (k * n + j)], out[2 * (k * n + j) + 1]] = [sr, si];
      }
  }
  return performance.now() - t0;
}

// vitest 4 runs no beforeAll/afterAll in bench mode and swallows console output (see roiAlign.bench.ts).
const ort = await loadOrt();
const sessions = new Map<number, Awaited<ReturnType<typeof createSession>>>();
const feeds = new Map<number, Record<string, InstanceType<typeof ort.Tensor>>>();
for (const n of SIZES) {
  sessions.set(n, await createSession(dft2dModel(n, n)));
  const p = planes.get(n)!;
  const data = new Float32Array(n * n * 2);
  for (let i = 0; i < n * n; i++) [data[2 * i], data[2 * i + 1]] = [p.re[i], p.im[i]];
  feeds.set(n, { x: new ort.Tensor('float32', data, [1, n, n, 2]) });
}
const times = new Map(SIZES.flatMap((n) => [`ours${n}`, `ort${n}`].map((key): [string, number[]] => [key, []])));
const record = (key: string, ms: number) => times.get(key)!.push(ms);

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  // Naive references, measured now at small sizes (a few runs each, median), extrapolated to 512².
  const small = { direct: 24, rowCol: 96 };
  const direct = median([0, 1, 2].map(() => naiveMs(small.direct, true)));
  const rowCol = median([0, 1, 2].map(() => naiveMs(small.rowCol, false)));
  const big = 512;
  const directAt512 = direct * (big / small.direct) ** 4;
  const rowColAt512 = rowCol * (big / small.rowCol) ** 3;
  let text = `\n2-D complex FFT — medians of ${times.get('ours512')?.length} runs`;
  for (const n of SIZES) {
    const [o, r] = [median(times.get(`ours${n}`)!), median(times.get(`ort${n}`)!)];
    text += `\n  ${n}×${n}: pure-TS fft2d ${o.toFixed(1)} ms, onnxruntime-web DFT×2 (wasm, ${ort.env.wasm.numThreads} thread) ${r.toFixed(1)} ms, RATIO ours/ORT = ${(o / r).toFixed(2)}×`;
  }
  const o512 = median(times.get('ours512')!);
  text +=
    `\n  naive 2-D DFT by definition: ${direct.toFixed(1)} ms at ${small.direct}² → ${(directAt512 / 1000).toFixed(0)} s extrapolated ×(512/${small.direct})⁴ to 512²; RATIO naive/ours = ${(directAt512 / o512).toExponential(2)}` +
    `\n  naive row–column DFT: ${rowCol.toFixed(1)} ms at ${small.rowCol}² → ${(rowColAt512 / 1000).toFixed(1)} s extrapolated ×(512/${small.rowCol})³; RATIO naive/ours = ${(rowColAt512 / o512).toFixed(0)}\n\n`;
  writeSync(2, text);
  for (const s of sessions.values()) void s.release();
}

describe('2-D FFT', () => {
  for (const n of SIZES) {
    bench(
      `pure-TS fft2d ${n}×${n}`,
      () => {
        const t0 = performance.now();
        fft2d(planes.get(n)!, n, n);
        record(`ours${n}`, performance.now() - t0);
      },
      { iterations: 10, warmupIterations: 2, setup: resetOnRun(times.get(`ours${n}`)!) },
    );
    bench(
      `onnxruntime-web DFT ${n}×${n}`,
      async () => {
        const t0 = performance.now();
        const out = await sessions.get(n)!.run(feeds.get(n)!);
        record(`ort${n}`, performance.now() - t0);
        for (const t of Object.values(out)) t.dispose();
      },
      { iterations: 10, warmupIterations: 2, setup: resetOnRun(times.get(`ort${n}`)!), teardown: n === SIZES[SIZES.length - 1] ? report : undefined },
    );
  }
});
