import { confusionMatrix } from '../../kernels/confusionMatrix';
import { precisionRecallCurve } from '../../kernels/precisionRecallCurve';
import { perClassScores, precisionRecallF1 } from '../../kernels/precisionRecallF1';
import { randInt, randomSeeded } from '../../kernels/random';
import { softmax } from '../../kernels/softmax';
import { featureSet, type FeatureSet } from './shapeFeatures';
import { fitSoftmaxRegression, logitsOf } from './softmaxRegression';

/**
 * The imbalance comparison: one training set with the given class ratio (ratio × `perUnit`
 * objects per class), five ways to learn from it, each scored on a validation set with the same
 * class mix (the deployment mix: 4× larger, disjoint objects). Threshold moving reuses the plain
 * model and divides its probabilities by the training prior, argmax p_c/π_c (Saerens et al. 2002
 * towards a uniform prior), so it changes decisions, never the ranking.
 */
export const METHODS = ['plain', 'weighted', 'resampled', 'focal', 'threshold'] as const;
export type Method = (typeof METHODS)[number];

export interface ImbalanceRequest {
  ratios: number[]; // [K] non-negative integers, e.g. 100 : 10 : 1
  gamma: number;
  seed: number;
  perUnit: number; // training objects per unit of ratio
}

export interface MethodResult {
  method: Method;
  recall: number[]; // [K], NaN for a class absent from validation
  precision: number[];
  macroF1: number; // over the classes present (sklearn)
  accuracy: number;
  curve: { recall: number[]; precision: number[] }; // one-vs-rest PR curve of the rarest class
  point: { recall: number; precision: number }; // that class at the method's decisions
  finalLoss: number;
  regions: number[]; // [MAP_ROWS · MAP_COLS] predicted class over the feature plane, row 0 at the top
}

/** The feature plane the decision regions are drawn on, and a sample of validation points on it. */
export interface FeatureMap {
  x: [number, number]; // fill of the bounding box
  y: [number, number]; // boundary px / √area
  cols: number;
  rows: number;
  points: { x: number; y: number; label: number }[]; // up to MAP_POINTS per class
}

export interface ImbalanceResult {
  counts: { train: number[]; val: number[] };
  rare: number; // the rarest class present in training
  majority: { class: number; accuracy: number; macroF1: number }; // "always predict the largest class"
  methods: MethodResult[];
  map: FeatureMap;
}

const STEPS = 300;
const LR = 0.05;
const VAL_FACTOR = 4;
const MAP_COLS = 48;
const MAP_ROWS = 32;
const MAP_POINTS = 150;

export function compareMethods(r: ImbalanceRequest, progress: (done: number, stage: string) => void = () => {}): ImbalanceResult {
  const K = r.ratios.length;
  const train = featureSet(
    r.seed,
    r.ratios.map((q) => q * r.perUnit),
    0,
  );
  const valCounts = r.ratios.map((q) => q * r.perUnit * VAL_FACTOR);
  const val = featureSet(r.seed, valCounts, 1_000_000); // disjoint object indices
  const trainCounts = r.ratios.map((q) => q * r.perUnit);
  const present = trainCounts.map((c, k) => (c > 0 ? k : -1)).filter((k) => k >= 0);
  if (present.length < 2) throw new Error('at least two classes need a ratio above 0');
  const n = train.y.length;
  const rare = present.reduce((a, k) => (trainCounts[k] < trainCounts[a] ? k : a), present[0]);
  const largest = present.reduce((a, k) => (trainCounts[k] > trainCounts[a] ? k : a), present[0]);
  const balanced = balancedWeights(trainCounts);
  const prior = trainCounts.map((c) => c / n);
  const fit = (set: FeatureSet, gamma: number, weights: number[] | null) => fitSoftmaxRegression(set.x, set.y, K, 2, { gamma, weights, steps: STEPS, lr: LR });

  const models = {} as Record<Exclude<Method, 'threshold'>, ReturnType<typeof fit>>;
  progress(0, 'plain cross-entropy');
  models.plain = fit(train, 0, null);
  progress(1, 'class weights');
  models.weighted = fit(train, 0, balanced);
  progress(2, 'resampling');
  models.resampled = fit(oversample(train, trainCounts, r.seed), 0, null);
  progress(3, `focal loss (γ = ${r.gamma})`);
  models.focal = fit(train, r.gamma, null);
  progress(4, 'scoring');

  const classify = (method: Method, x: Float64Array) => {
    const n = x.length / 2;
    const z = logitsOf(models[method === 'threshold' ? 'plain' : method], x, n);
    const probs = new Float64Array(n * K);
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = softmax(z.subarray(i * K, (i + 1) * K));
      probs.set(p, i * K);
      let best = 0;
      for (let c = 1; c < K; c++) if (decision(p, c, method, prior) > decision(p, best, method, prior)) best = c;
      pred[i] = best;
    }
    return { probs, pred };
  };
  const map = featureMap(val);
  const grid = Float64Array.from({ length: 2 * MAP_ROWS * MAP_COLS }, (_, k) => {
    const cell = k >> 1;
    const [i, j] = [Math.floor(cell / MAP_COLS), cell % MAP_COLS];
    return k % 2 === 0 ? map.x[0] + ((j + 0.5) / MAP_COLS) * (map.x[1] - map.x[0]) : map.y[1] - ((i + 0.5) / MAP_ROWS) * (map.y[1] - map.y[0]);
  });

  const score = (method: Method): MethodResult => {
    const m = models[method === 'threshold' ? 'plain' : method];
    const nv = val.y.length;
    const { probs, pred } = classify(method, val.x);
    const cm = confusionMatrix(val.y, pred, K);
    const s = perClassScores(cm);
    const pr = precisionRecallCurve(
      Array.from({ length: nv }, (_, i) => probs[i * K + rare]),
      Array.from(val.y, (y) => (y === rare ? 1 : 0)),
    );
    return {
      method,
      recall: Array.from(s.recall, (v, c) => (s.support[c] > 0 ? v : NaN)),
      precision: Array.from(s.precision, (v, c) => (s.predicted[c] > 0 ? v : NaN)),
      macroF1: precisionRecallF1(cm, 'macro').f1,
      accuracy: nv ? Array.from(pred).filter((p, i) => p === val.y[i]).length / nv : NaN,
      curve: { recall: Array.from(pr.recall), precision: Array.from(pr.precision) },
      point: { recall: s.recall[rare], precision: s.precision[rare] },
      finalLoss: m.losses[m.losses.length - 1],
      regions: Array.from(classify(method, grid).pred),
    };
  };
  const nv = val.y.length;
  const always = confusionMatrix(val.y, new Int32Array(nv).fill(largest), K);
  return {
    counts: { train: trainCounts, val: valCounts },
    rare,
    majority: { class: largest, accuracy: valCounts[largest] / nv, macroF1: precisionRecallF1(always, 'macro').f1 },
    methods: METHODS.map(score),
    map,
  };
}

/** The plane spanned by the validation features (padded by 5 %) and the first MAP_POINTS points of each class (a random sample: objects are drawn at random). */
function featureMap(val: FeatureSet): FeatureMap {
  const span = (d: number): [number, number] => {
    let [lo, hi] = [Infinity, -Infinity];
    for (let i = d; i < val.x.length; i += 2) [lo, hi] = [Math.min(lo, val.x[i]), Math.max(hi, val.x[i])];
    const pad = 0.05 * (hi - lo || 1);
    return [lo - pad, hi + pad];
  };
  const taken: number[] = [];
  const points: FeatureMap['points'] = [];
  val.y.forEach((label, i) => {
    taken[label] = (taken[label] ?? 0) + 1;
    if (taken[label] <= MAP_POINTS) points.push({ x: val.x[2 * i], y: val.x[2 * i + 1], label });
  });
  return { x: span(0), y: span(1), cols: MAP_COLS, rows: MAP_ROWS, points };
}

/** sklearn's class_weight='balanced': n / (K_present · n_c), with K_present the non-empty classes; an empty class gets 0. */
export function balancedWeights(counts: readonly number[]): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  const present = counts.filter((c) => c > 0).length;
  return counts.map((c) => (c > 0 ? n / (present * c) : 0));
}

/** A class's decision score: its probability, or for threshold moving its probability over the training prior. */
function decision(p: Float32Array, c: number, method: Method, prior: number[]): number {
  if (method !== 'threshold') return p[c];
  return prior[c] > 0 ? p[c] / prior[c] : -Infinity; // a class never seen in training is never predicted
}

/** Random oversampling with replacement: every present class drawn up to the largest class's count. */
function oversample(set: FeatureSet, counts: number[], seed: number): FeatureSet {
  const rand = randomSeeded(seed + 17);
  const target = Math.max(...counts);
  const byClass = counts.map((_, c) => Array.from(set.y.keys()).filter((i) => set.y[i] === c));
  const idx = byClass.flatMap((rows) =>
    rows.length ? Array.from({ length: target }, (_, k) => (k < rows.length ? rows[k] : rows[randInt(rand, 0, rows.length - 1)])) : [],
  );
  return { x: Float64Array.from(idx.flatMap((i) => [set.x[2 * i], set.x[2 * i + 1]])), y: Int32Array.from(idx, (i) => set.y[i]) };
}
