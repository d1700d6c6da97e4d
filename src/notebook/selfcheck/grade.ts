import { randInt, randomSeeded } from '../../kernels/random';
import type { ChoiceItem, NumericItem, OrderItem } from './types';

export function gradeChoice(item: ChoiceItem, picked: number): boolean {
  return item.options[picked]?.correct === true;
}

/** Inclusive: an answer exactly `tolerance` away counts. Non-finite input never does. */
export function gradeNumeric(item: NumericItem, value: number): boolean {
  return Number.isFinite(value) && Math.abs(value - item.answer) <= item.tolerance + 1e-12;
}

/** `order` lists indices into `item.steps` as the reader arranged them. */
export function gradeOrder(item: OrderItem, order: number[]): boolean {
  return order.length === item.steps.length && order.every((s, i) => s === i);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The order an "order the steps" item starts in: seeded by its id (same every visit), never already solved. */
export function startingOrder(id: string, n: number): number[] {
  const rand = randomSeeded(hash(id));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randInt(rand, 0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  if (n > 1 && order.every((s, i) => s === i)) order.reverse();
  return order;
}
