import { randomSeeded } from '../kernels/random';
import { EventQueue } from './eventQueue';
import type { EventRun, EventRunOptions } from './eventRun';

/**
 * Producer → broker → consumer with fault injection, counting what the consumer's effect (say,
 * "charge the card") does per message. Every network hop (publish, publisher confirm, delivery,
 * ack) loses a message with probability `networkLoss`; each delivery crashes the consumer with
 * probability `crash`, half the time before the effect commits and half after it commits but
 * before the ack is sent; a crash aborts everything in progress and the consumer is down for
 * `restart`, dropping what arrives meanwhile.
 * - at-most-once: fire-and-forget publish, auto-ack on delivery (the broker forgets the message
 *   when it sends it): nothing is ever repeated, so faults become losses.
 * - at-least-once: the producer republishes until confirmed; the broker keeps each copy until
 *   acked and redelivers after `ackTimeout`; the consumer acks after the effect. Nothing is lost
 *   (within `maxAttempts`), but a lost confirm or ack, or a crash after commit, repeats the effect.
 * - effectively-once: at-least-once transport, and the consumer writes the message's idempotency
 *   key in the same transaction as the effect, skipping (and acking) a key it has already stored.
 * Bounded by `maxAttempts` per copy and `maxEvents`.
 */
export type Guarantee = 'at-most-once' | 'at-least-once' | 'effectively-once';

export interface DeliveryOptions extends EventRunOptions {
  messages: number;
  guarantee: Guarantee;
  networkLoss: number;
  crash: number;
  /** Time between publishes, per hop, to process one delivery, to wait for a confirm or ack, and to restart. */
  interval?: number;
  hop?: number;
  process?: number;
  ackTimeout?: number;
  restart?: number;
  maxAttempts?: number;
}

export interface DeliveryResult extends EventRun {
  /** How many times each message's effect was applied. */
  effects: Int32Array;
  /** Messages never applied, and extra applications beyond the first. */
  lost: number;
  duplicates: number;
  publishes: number;
  deliveries: number;
  crashes: number;
  /** Copies or messages abandoned after maxAttempts. */
  gaveUp: number;
}

const PUBLISH = 0;
const BROKER_RECV = 1;
const CONFIRM = 2;
const PUBLISH_TIMEOUT = 3;
const CONSUMER_RECV = 4;
const COMMIT = 5;
const CRASH = 6;
const ACK = 7;
const ACK_TIMEOUT = 8;

export function delivery(o: DeliveryOptions): DeliveryResult {
  for (const [k, p] of [
    ['networkLoss', o.networkLoss],
    ['crash', o.crash],
  ] as const) {
    if (!(p >= 0 && p < 1)) throw new RangeError(`${k} must be a probability in [0, 1), got ${p}`);
  }
  if (!Number.isInteger(o.messages) || o.messages < 0) throw new RangeError(`messages must be a whole number ≥ 0, got ${o.messages}`);
  const rand = randomSeeded(o.seed ?? 1);
  const [interval, hop, proc, ackTimeout, restart] = [o.interval ?? 1, o.hop ?? 1, o.process ?? 2, o.ackTimeout ?? 10, o.restart ?? 5];
  const maxAttempts = o.maxAttempts ?? 30;
  const maxEvents = o.maxEvents ?? 4_000_000;
  const reliable = o.guarantee !== 'at-most-once';
  const lose = () => rand() < o.networkLoss;

  const effects = new Int32Array(o.messages);
  const confirmed = new Uint8Array(o.messages);
  const publishCount = new Int32Array(o.messages);
  const keys = new Set<number>(); // the consumer's idempotency-key table, committed with each effect
  // A broker copy: its message, deliveries so far, acked. A delivery: its copy, the consumer epoch it started in, crash point.
  const copy = { msg: [] as number[], sent: [] as number[], acked: [] as boolean[] };
  const dlv = { copy: [] as number[], epoch: [] as number[], crashAfter: [] as boolean[] };
  let [epoch, downUntil, publishes, deliveries, crashes, gaveUp, events] = [0, -1, 0, 0, 0, 0, 0];
  const eq = new EventQueue(1024);

  const publish = (m: number, t: number) => {
    publishCount[m]++;
    publishes++;
    if (!lose()) eq.push(t + hop, BROKER_RECV, m);
    if (reliable) eq.push(t + ackTimeout, PUBLISH_TIMEOUT, m);
  };
  const deliver = (c: number, t: number) => {
    copy.sent[c]++;
    deliveries++;
    if (!lose()) eq.push(t + hop, CONSUMER_RECV, c);
    if (reliable) eq.push(t + ackTimeout, ACK_TIMEOUT, c);
  };
  const crashNow = (t: number) => {
    crashes++;
    epoch++;
    downUntil = t + restart;
  };

  for (let m = 0; m < o.messages; m++) eq.push(m * interval, PUBLISH, m);
  while (events < maxEvents && eq.pop()) {
    events++;
    const t = eq.now;
    const a = eq.arg;
    switch (eq.kind) {
      case PUBLISH:
        publish(a, t);
        break;
      case BROKER_RECV: {
        const c = copy.msg.length;
        copy.msg.push(a);
        copy.sent.push(0);
        copy.acked.push(false);
        if (reliable && !lose()) eq.push(t + hop, CONFIRM, a);
        deliver(c, t);
        break;
      }
      case CONFIRM:
        confirmed[a] = 1;
        break;
      case PUBLISH_TIMEOUT:
        if (confirmed[a]) break;
        if (publishCount[a] < maxAttempts) publish(a, t);
        else gaveUp++;
        break;
      case CONSUMER_RECV: {
        if (t < downUntil) break;
        const d = dlv.copy.length;
        const willCrash = rand() < o.crash;
        const after = willCrash && rand() < 0.5;
        dlv.copy.push(a);
        dlv.epoch.push(epoch);
        dlv.crashAfter.push(after);
        if (willCrash && !after) eq.push(t + rand() * proc, CRASH, epoch);
        eq.push(t + proc, COMMIT, d);
        break;
      }
      case CRASH:
        if (a === epoch) crashNow(t);
        break;
      case COMMIT: {
        if (dlv.epoch[a] !== epoch) break; // the consumer crashed mid-flight: the transaction rolled back
        const m = copy.msg[dlv.copy[a]];
        if (o.guarantee !== 'effectively-once') effects[m]++;
        else if (!keys.has(m)) {
          keys.add(m);
          effects[m]++;
        }
        if (dlv.crashAfter[a]) crashNow(t);
        else if (reliable && !lose()) eq.push(t + hop, ACK, dlv.copy[a]);
        break;
      }
      case ACK:
        copy.acked[a] = true;
        break;
      case ACK_TIMEOUT:
        if (copy.acked[a]) break;
        if (copy.sent[a] < maxAttempts) deliver(a, t);
        else gaveUp++;
        break;
    }
  }
  let [lost, duplicates] = [0, 0];
  for (const e of effects) {
    if (e === 0) lost++;
    else duplicates += e - 1;
  }
  return { effects, lost, duplicates, publishes, deliveries, crashes, gaveUp, events, truncated: eq.size > 0 };
}
