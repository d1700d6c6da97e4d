import type { Method } from '../../models/imbalance/compareMethods';

/** Okabe–Ito colours with a dash each (colour is never the only cue), as the optimizers demo. */
export const STYLE: Record<Method, { color: string; dash: string; name: string }> = {
  plain: { color: '#0072b2', dash: '', name: 'plain cross-entropy' },
  weighted: { color: '#e69f00', dash: '6 3', name: 'class weights' },
  resampled: { color: '#009e73', dash: '2 3', name: 'resampling' },
  focal: { color: '#cc79a7', dash: '8 3 2 3', name: 'focal loss' },
  threshold: { color: '#d55e00', dash: '', name: 'threshold moving' },
};

/** A ratio as a percentage with one decimal, or a dash where it is undefined (an empty class). */
export const percent = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : '—');

/** At most `max` points of a curve, evenly spaced, keeping both ends: the PR curve has one point per validation object. */
export function thin<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => points[Math.round(k * step)]);
}
