import { delivery, type Guarantee } from '../delivery';
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

export interface DeliveryRow {
  guarantee: Guarantee;
  lost: number;
  duplicates: number;
  publishes: number;
  deliveries: number;
  crashes: number;
  gaveUp: number;
  effects: number[];
  truncated: boolean;
}

export const GUARANTEES: readonly Guarantee[] = ['at-most-once', 'at-least-once', 'effectively-once'];

export const deliveryCompare: Job<DeliveryParams, { rows: DeliveryRow[] }> = function* (p) {
  const rows: DeliveryRow[] = [];
  for (const [i, guarantee] of GUARANTEES.entries()) {
    const r = delivery({ messages: p.messages, guarantee, networkLoss: p.networkLoss, crash: p.crash, seed: p.seed });
    rows.push({
      guarantee,
      lost: r.lost,
      duplicates: r.duplicates,
      publishes: r.publishes,
      deliveries: r.deliveries,
      crashes: r.crashes,
      gaveUp: r.gaveUp,
      effects: Array.from(r.effects.subarray(0, p.strip)),
      truncated: r.truncated,
    });
    yield { done: i + 1, total: GUARANTEES.length };
  }
  return { rows };
};
