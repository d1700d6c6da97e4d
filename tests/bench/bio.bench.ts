import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { smithWaterman } from '../../src/kernels/pairwiseAlign';
import { BLOSUM62 } from '../../src/kernels/blosum62';
import { fbp } from '../../src/kernels/fbp';
import { directFourier } from '../../src/kernels/directFourier';
import { defaultDetectorCount, projectionAngles, radon } from '../../src/kernels/radon';
import { phantom } from '../../src/kernels/sheppLogan';
import { randInt, randomSeeded } from '../../src/kernels/random';

/**
 * Smith–Waterman on two random 1,000-residue proteins (BLOSUM62, BLAST gaps 11/1, full H/X/Y
 * matrices and traceback kept, as the alignment demo needs them) and filtered back-projection of a
 * 256² Shepp–Logan phantom from 180 angles (Ram-Lak, spatial convolution over 363 bins), with
 * direct Fourier inversion of the same sinogram for comparison. The sinogram is made once outside
 * the timed functions. No ORT or tfjs operator does either job, so the yardsticks are the goals of
 * issue 16 (≤ 200 ms and ≤ 1 s); wall and CPU time are both printed because the machine is shared.
 */
const rand = randomSeeded(1);
const protein = (n: number) => Array.from({ length: n }, () => 'ARNDCQEGHILKMFPSTWYV'[randInt(rand, 0, 19)]).join('');
const [A, B] = [protein(1000), protein(1000)];
const N = 256;
const ANGLES = projectionAngles(180);
const NDET = defaultDetectorCount(N, N);
const SINOGRAM = radon(phantom(N), N, N, ANGLES, NDET);

const times: Record<string, { wall: number[]; cpu: number[] }> = { sw: { wall: [], cpu: [] }, fbp: { wall: [], cpu: [] }, dfi: { wall: [], cpu: [] } };
const timed = (key: string, f: () => void) => () => {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  f();
  const u = process.cpuUsage(c0);
  times[key].wall.push(performance.now() - t0);
  times[key].cpu.push((u.user + u.system) / 1000);
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const row = (name: string, key: string, goal: number) =>
    `\n  ${name.padEnd(44)} ${median(times[key].wall).toFixed(1).padStart(7)} ms wall ${median(times[key].cpu).toFixed(1).padStart(7)} ms cpu` +
    (goal ? `   goal ≤ ${goal} ms: ${median(times[key].cpu) <= goal ? 'met' : 'MISSED'} (cpu)` : '');
  writeSync(
    2,
    `\nbio / reconstruction kernels — medians` +
      row('Smith–Waterman 1000×1000, BLOSUM62, 11/1', 'sw', 200) +
      row(`FBP 256², 180 angles, ${NDET} bins, Ram-Lak`, 'fbp', 1000) +
      row('direct Fourier inversion, same sinogram', 'dfi', 0) +
      '\n\n',
  );
}

describe('bio and reconstruction kernels', () => {
  bench(
    'Smith–Waterman 1000×1000',
    timed('sw', () => smithWaterman(A, B, { scoring: BLOSUM62, gapOpen: 11, gapExtend: 1 })),
    { iterations: 10, warmupIterations: 2, setup: resetOnRun(times.sw.wall, times.sw.cpu) },
  );
  bench(
    'FBP 256² from 180 angles',
    timed('fbp', () => fbp(SINOGRAM, ANGLES, NDET, N, N)),
    { iterations: 5, warmupIterations: 1, setup: resetOnRun(times.fbp.wall, times.fbp.cpu) },
  );
  bench(
    'direct Fourier inversion 256² from 180 angles',
    timed('dfi', () => directFourier(SINOGRAM, ANGLES, NDET, N, N)),
    { iterations: 5, warmupIterations: 1, setup: resetOnRun(times.dfi.wall, times.dfi.cpu), teardown: report },
  );
});
