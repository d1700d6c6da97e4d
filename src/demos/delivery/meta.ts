import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const deliveryParams = defineParams({
  guarantee: {
    type: 'enum',
    default: 'at-least-once',
    options: {
      'at-most-once': 'at-most-once (auto-ack, no retry)',
      'at-least-once': 'at-least-once (confirms, acks, redelivery)',
      'effectively-once': 'effectively-once (at-least-once + idempotency key)',
    },
    label: 'Delivery guarantee',
  },
  loss: { type: 'number', default: 0.05, min: 0, max: 0.45, step: 0.01, label: 'Network loss per hop' },
  crash: { type: 'number', default: 0.05, min: 0, max: 0.45, step: 0.01, label: 'Consumer crash per delivery' },
  messages: { type: 'int', default: 1000, min: 10, max: 10000, step: 10, label: 'Messages' },
  ttl: { type: 'number', default: 30, min: 0.1, max: 1000, scale: 'log', label: 'Cache TTL', unit: 's' },
  reads: { type: 'number', default: 50, min: 1, max: 1000, scale: 'log', label: 'Reads', unit: '/s' },
  writes: { type: 'number', default: 1, min: 0, max: 50, step: 0.5, label: 'Writes', unit: '/s' },
  keys: { type: 'int', default: 100, min: 1, max: 1000, label: 'Keys' },
  zipf: { type: 'number', default: 1, min: 0, max: 2, step: 0.1, label: 'Key popularity: Zipf exponent (0 = uniform)' },
  invalidate: { type: 'bool', default: false, label: 'Delete the cache entry on write' },
  seed: { type: 'int', default: 1, min: 1, max: 99999, label: 'Seed' },
});

export const deliveryMeta: DemoMeta<typeof deliveryParams> = {
  id: 'delivery',
  title: 'Delivery guarantees: lost, duplicated, or exactly one effect',
  claim:
    'Over a lossy network a sender cannot tell a lost message from a lost ack, so delivery is at-most-once or at-least-once; an idempotency key stored with the effect makes at-least-once effectively once.',
  questions: ['software/rabbitmq-redis-sql', 'software/rest-apis', 'system-design/high-throughput-streams'],
  params: deliveryParams,
  steps: () => [
    {
      say: 'No faults: all three guarantees apply every message exactly once. The difference only shows when something fails.',
      patch: { loss: 0, crash: 0, guarantee: 'at-most-once' },
      show: 'pipeline',
    },
    { say: '5% loss on every hop: at-most-once (fire and forget, auto-ack) loses about one message in ten and never repeats one.', patch: { loss: 0.05 } },
    {
      say: 'At-least-once: publisher confirms and consumer acks with redelivery lose nothing, but a lost confirm or ack makes a copy: duplicates.',
      patch: { guarantee: 'at-least-once' },
    },
    { say: 'Add 5% consumer crashes: a crash after the effect commits but before the ack is redelivered and applied again.', patch: { crash: 0.05 } },
    {
      say: 'Effectively-once: the consumer stores the message id in the same transaction as the effect and skips ids it has seen. Zero lost, zero duplicated.',
      patch: { guarantee: 'effectively-once' },
    },
    { say: 'Faults at 30%: more attempts on the wire, still exactly one effect per message.', patch: { loss: 0.3, crash: 0.3 } },
    {
      say: 'Cache-aside: 50 reads/s and 1 write/s over 100 keys (Zipf 1), TTL 30 s. Most reads hit; a hit after a write, before the TTL runs out, is stale.',
      patch: { loss: 0.05, crash: 0.05, ttl: 30, invalidate: false },
      show: 'cache',
    },
    { say: 'TTL 300 s: more hits, and more of them stale. The TTL is the bound on how stale an entry can get.', patch: { ttl: 300 } },
    { say: 'Delete the entry on every write: no stale reads, at the price of a miss after each write.', patch: { invalidate: true } },
  ],
};
