import { delivery, type DeliveryResult, type Guarantee } from '../delivery';
import type { Job } from './job';

/**
 * The three delivery guarantees under the same faults and seed, so losses and duplicates can be
 * read side by side, with the per-message effect counts of the first `strip` messages for the
 * demo's message strip (0 lost, 1 once, 2+ duplicated).
 */
export interface DeliveryParams {
  messages: number;
  networkLoss: number;
  crash: number;
  strip: number;
  seed: number;
}

/** One guarantee's counters as delivery reports them, its effect counts cut to the strip. */
export interface DeliveryRow extends Omit<DeliveryResult, 'effects'> {
  guarantee: Guarantee;
  effects: number[];
}

export const GUARANTEES: readonly Guarantee[] = ['at-most-once', 'at-least-once', 'effectively-once'];

export const deliveryCompare: Job<DeliveryParams, { rows: DeliveryRow[] }> = function* (p) {
  const rows: DeliveryRow[] = [];
  for (const [i, guarantee] of GUARANTEES.entries()) {
    const r = delivery({ messages: p.messages, guarantee, networkLoss: p.networkLoss, crash: p.crash, seed: p.seed });
    rows.push({ ...r, guarantee, effects: Array.from(r.effects.subarray(0, p.strip)) });
    yield { done: i + 1, total: GUARANTEES.length };
  }
  return { rows };
};
