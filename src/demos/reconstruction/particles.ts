import { classAverages } from '../../kernels/classAverages';
import { crossCorrelation, peakShift, shift2d } from '../../kernels/crossCorrelation';
import { normal, randInt, randomSeeded } from '../../kernels/random';
import { phantom, SHEPP_LOGAN_MODIFIED, type Ellipse } from '../../kernels/sheppLogan';
import type { JobProgress } from '../shared/serveJobs';

export const BOX = 32; // particle box, pixels
export const MAX_SHIFT = 3; // particles are off-centre by up to this many pixels each way
export const VIEW_TURNS = [0, 60, 120]; // degrees: the "views" the particles come from
const VIEW_SCALE = 0.72; // shrinks the phantom so that a shifted copy stays inside the box

/** Ellipses turned by `deg` counterclockwise about the origin and scaled by `scale` (centres and axes). */
export function turnEllipses(ellipses: readonly Ellipse[], deg: number, scale = 1): Ellipse[] {
  const t = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  return ellipses.map((e) => ({
    ...e,
    x0: scale * (c * e.x0 - s * e.y0),
    y0: scale * (s * e.x0 + c * e.y0),
    a: scale * e.a,
    b: scale * e.b,
    angle: e.angle + deg,
  }));
}

/** The views, BOX² each: the phantom turned by each of VIEW_TURNS. */
export function particleViews(): Float64Array[] {
  return VIEW_TURNS.map((deg) => phantom(BOX, turnEllipses(SHEPP_LOGAN_MODIFIED, deg, VIEW_SCALE)));
}

/**
 * The largest normalised cross-correlation of two images over every circular shift: both are
 * centred on their means, so at the best shift this is the Pearson correlation. It is how well a
 * class average matches a view wherever the average ended up in the box.
 */
export function bestCorrelation(a: ArrayLike<number>, b: ArrayLike<number>, n: number): number {
  const centred = (x: ArrayLike<number>) => {
    const c = Float64Array.from(x);
    const mean = c.reduce((s, v) => s + v, 0) / c.length;
    return c.map((v) => v - mean);
  };
  const [ca, cb] = [centred(a), centred(b)];
  const norm = (x: Float64Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0));
  const d = norm(ca) * norm(cb);
  return d === 0 ? 0 : peakShift(crossCorrelation(ca, cb, n, n), n, n).value / d;
}

export interface ClassRequest {
  perView: number; // particles per view
  noise: number; // white-noise sd relative to the views' pixel sd
  classes: number;
  iterations: number;
  seed: number;
}

export interface ClassResult {
  request: ClassRequest;
  views: Float64Array[];
  particles: Float64Array[]; // every particle (noisy, shifted)
  truth: Int32Array; // the view each particle came from
  averages: Float64Array[];
  members: number[]; // particles per class
  match: { view: number; correlation: number }[]; // per class: the best-matching view
  purity: number; // fraction of particles in a class matched to their own view
  singleCorrelation: number; // mean best correlation of one particle with its own view
  ms: number;
}

function sd(x: Float64Array): number {
  const m = x.reduce((a, v) => a + v, 0) / x.length;
  return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / x.length);
}

/** Noisy, shifted particles of the three views, classified by the reference-free kernel after `iterations` rounds. */
export function classify(req: ClassRequest, progress: (p: JobProgress) => void = () => {}): ClassResult {
  const t0 = performance.now();
  progress({ done: 0, total: 2, stage: 'particles' });
  const views = particleViews();
  const rand = randomSeeded(req.seed);
  const signal = views.reduce((a, v) => a + sd(v), 0) / views.length;
  const truth: number[] = [];
  const particles = views.flatMap((v, k) =>
    Array.from({ length: req.perView }, () => {
      truth.push(k);
      const moved = shift2d(v, BOX, BOX, randInt(rand, -MAX_SHIFT, MAX_SHIFT), randInt(rand, -MAX_SHIFT, MAX_SHIFT));
      return moved.map((x) => x + req.noise * signal * normal(rand));
    }),
  );
  progress({ done: 1, total: 2, stage: `classifying, ${req.iterations} iterations` });
  const { averages, assignment } = classAverages(particles, BOX, BOX, { classes: req.classes, iterations: req.iterations, rand: randomSeeded(req.seed + 1) });
  const members = averages.map((_, k) => assignment.filter((a) => a === k).length);
  const match = averages.map((avg) => {
    const c = views.map((v) => bestCorrelation(avg, v, BOX));
    const view = c.indexOf(Math.max(...c));
    return { view, correlation: c[view] };
  });
  const purity = truth.filter((k, p) => match[assignment[p]].view === k).length / truth.length;
  // A sample of particles is enough for the single-particle baseline (each costs an FFT correlation).
  const sample = particles.map((_, p) => p).filter((p) => p % 5 === 0);
  const singleCorrelation = sample.reduce((a, p) => a + bestCorrelation(particles[p], views[truth[p]], BOX), 0) / sample.length;
  progress({ done: 2, total: 2, stage: 'done' });
  return { request: req, views, particles, truth: Int32Array.from(truth), averages, members, match, purity, singleCorrelation, ms: performance.now() - t0 };
}
