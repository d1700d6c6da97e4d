import type { SceneObject } from './geometry';
import { COLOURS } from './palette';

/**
 * English captions for the shapes world. Every object's colour and shape is named; the
 * size word is given for small and large objects only. The spatial word comes from the
 * centres (y grows downwards):
 *   1 object  → "a small red circle"
 *   2 objects → "a small red circle above a blue square" (above/below when the vertical gap
 *               dominates, else "to the left of"/"to the right of")
 *   3 objects → "a red circle, a blue square and a large green triangle, from left to right"
 */
export function describeObject(o: SceneObject): string {
  const size = o.sizeClass === 'medium' ? '' : `${o.sizeClass} `;
  return `a ${size}${COLOURS[o.colour].name} ${o.shape}`;
}

/** Where `a` is relative to `b`. */
export function relation(a: SceneObject, b: SceneObject): string {
  const dx = a.cx - b.cx;
  const dy = a.cy - b.cy;
  if (Math.abs(dy) >= Math.abs(dx)) return dy < 0 ? 'above' : 'below';
  return dx < 0 ? 'to the left of' : 'to the right of';
}

export function describeScene(objects: SceneObject[]): string {
  if (objects.length === 0) return 'an empty picture';
  if (objects.length === 1) return describeObject(objects[0]);
  if (objects.length === 2) return `${describeObject(objects[0])} ${relation(objects[0], objects[1])} ${describeObject(objects[1])}`;
  const sorted = [...objects].sort((a, b) => a.cx - b.cx);
  const names = sorted.map(describeObject);
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}, from left to right`;
}
