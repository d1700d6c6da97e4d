import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'monolith-to-microservices': [
    {
      id: 'decouple-order',
      kind: 'order',
      prompt: 'Put the incremental decoupling steps in order.',
      steps: [
        'Map the domain into bounded contexts',
        'Make the monolith modular along those seams',
        'Put a gateway in front and extract one capability at a time (strangler fig)',
        'Give each service its own data, with sagas and a transactional outbox',
      ],
      explain: 'Modularising inside the monolith is where most of the real decoupling work happens; splitting the data comes last and is the hard part.',
    },
    {
      id: 'dual-write',
      kind: 'choice',
      prompt: '“Update the DB, then publish an event” fails when the process crashes between the two. What is the fix?',
      options: [
        {
          text: 'Write the event into an outbox table in the same transaction; a relay publishes it, and consumers deduplicate on the event id',
          correct: true,
        },
        { text: 'Publish first, then update the DB', why: 'A crash (or a failed commit) then leaves an event for a change that never happened.' },
        { text: 'Retry the publish until it succeeds', why: 'A crash before the retry loses the event: the retry state lives in the dead process.' },
        {
          text: 'Use a two-phase commit across every service',
          why: 'It couples the availability of every participant; sagas with an outbox are the usual answer.',
        },
      ],
      explain: 'The outbox turns the dual write into one local transaction; the relay may publish twice, so consumers deduplicate.',
    },
    {
      id: 'distributed-monolith',
      kind: 'choice',
      prompt: 'Which coupling turns microservices into a “distributed monolith”?',
      options: [
        { text: 'A shared database', correct: true },
        {
          text: 'An API gateway in front of the services',
          why: 'A gateway is a normal entry point (TLS, auth, routing); it does not couple the services’ data.',
        },
        { text: 'One CI pipeline per service', why: 'Per-service pipelines are what independence needs.' },
        { text: 'Asynchronous events between services', why: 'Events decouple availability; they are part of the cure.' },
      ],
      explain: 'Shared tables mean lock-step schema changes and deploys; each service must own its data.',
    },
  ],
  'microservices-tradeoffs': [
    {
      id: 'availability-series',
      kind: 'numeric',
      prompt: 'A request synchronously needs 5 services, each available 99.9% of the time. What fraction of requests succeed? (A = aⁿ)',
      answer: 0.995,
      tolerance: 0.0005,
      // 0.999⁵ = 0.99501; ±0.0005 rejects 0.999 (one service); the linear estimate 1 − 5·0.001 = 0.995 is close enough here.
      explain: '0.999⁵ ≈ 0.995: about 3.6 hours of downtime a month instead of 43 minutes.',
    },
    {
      id: 'fan-out-tail',
      kind: 'numeric',
      prompt: 'Each backend is slow 1% of the time. A request fans out to 100 backends. What is the probability it sees at least one slow response?',
      answer: 0.634,
      tolerance: 0.005,
      // 1 − 0.99¹⁰⁰ = 0.634; ±0.005 rejects 0.366 (0.99¹⁰⁰) and 0.01.
      explain: '1 − 0.99¹⁰⁰ ≈ 0.634: at that fan-out the backend p99 becomes the request’s typical case.',
    },
    {
      id: 'retry-storm',
      kind: 'numeric',
      prompt: 'Three layers each retry up to 3 attempts. How many calls can one user request cause at the bottom service?',
      answer: 27,
      tolerance: 0.5,
      unit: 'calls',
      explain: '3³ = 27, just when that service is struggling: retry at one layer only, with backoff, jitter and budgets.',
    },
    {
      id: 'circuit-breaker',
      kind: 'choice',
      prompt: 'What does a circuit breaker do?',
      options: [
        { text: 'After enough failures it fails calls immediately, then lets a few trial calls through to detect recovery', correct: true },
        { text: 'It retries every failed call with exponential backoff', why: 'That is a retry policy; a breaker stops calling a failing dependency instead.' },
        { text: 'It splits traffic between two versions of a service', why: 'That is canary or blue-green routing.' },
        { text: 'It limits each client to N requests per second', why: 'That is rate limiting (e.g. a token bucket).' },
      ],
      explain: 'Open, then half-open: failing fast protects both the caller and the struggling dependency.',
    },
  ],
  'real-time-processing': [
    {
      id: 'littles-law',
      kind: 'numeric',
      prompt: 'Four cameras at 30 fps feed workers that take 20 ms per frame. By Little’s law, how many frames are in service on average?',
      answer: 2.4,
      tolerance: 0.05,
      // 120/s × 0.020 s = 2.4; ±0.05 rejects 2,400 (ms not converted to s) and 3 (rounded up to whole workers).
      unit: 'frames',
      explain: 'L = λW = 120 frames/s × 0.020 s = 2.4, so at least 3 workers, and more to stay well below full utilisation.',
    },
    {
      id: 'mm1',
      kind: 'numeric',
      prompt: 'An M/M/1 server with capacity μ = 50/s receives λ = 40/s. What is the mean time in the system? (W = 1/(μ − λ))',
      answer: 100,
      tolerance: 1,
      // 1/(50 − 40) s = 100 ms; ±1 rejects 20 ms (service alone) and 80 ms (waiting alone).
      unit: 'ms',
      explain: '1/(50 − 40) s = 100 ms, although service itself takes only 20 ms: the rest is queueing, which explodes near 100% load.',
    },
    {
      id: 'deadline',
      kind: 'numeric',
      prompt: 'Parts move at 0.5 m/s and the reject gate is 0.25 m after the camera. What is the deadline from capture to actuation?',
      answer: 500,
      tolerance: 1,
      unit: 'ms',
      explain: '0.25 m / 0.5 m/s = 0.5 s; split it into per-stage budgets designed to the p99.',
    },
    {
      id: 'latest-frame',
      kind: 'choice',
      prompt: 'Under overload, what should a live-video inference queue do?',
      options: [
        { text: 'Drop stale frames: latest frame wins, with a bounded queue', correct: true },
        { text: 'Queue every frame so none is lost', why: 'An unbounded queue in front of a deadline guarantees missed deadlines under overload.' },
        { text: 'Process frames in random order', why: 'Order does not help; stale frames are worthless whatever their order.' },
        { text: 'Switch to the mean latency as the SLO', why: 'The mean hides the tail; use a high percentile and the miss rate.' },
      ],
      explain: 'Freshness beats completeness for live video; give firm real-time systems a safe default when a deadline passes.',
    },
  ],
  'high-throughput-streams': [
    {
      id: 'idle-consumers',
      kind: 'numeric',
      prompt: 'A Kafka topic has 12 partitions and its consumer group runs 20 consumers. How many consumers sit idle?',
      answer: 8,
      tolerance: 0.5,
      unit: 'consumers',
      explain: 'Each partition goes to exactly one consumer of a group, so parallelism is at most P = 12.',
    },
    {
      id: 'effectively-once',
      kind: 'choice',
      prompt: 'How do you get “exactly-once” results from a stream?',
      options: [
        { text: 'At-least-once delivery plus idempotent or transactional writes (effectively-once)', correct: true },
        {
          text: 'Turn on exactly-once delivery in the broker',
          why: 'Exactly-once delivery across arbitrary systems is a myth; the sink still has to be idempotent or transactional.',
        },
        { text: 'At-most-once delivery', why: 'That loses messages on failure.' },
        { text: 'One partition per consumer', why: 'Partitioning sets parallelism and ordering, not delivery guarantees.' },
      ],
      explain: 'Duplicates are delivered; making their effect idempotent is what makes the result exactly-once.',
    },
    {
      id: 'hot-key',
      kind: 'choice',
      prompt: 'One camera produces 10× the events of the others and overloads its Kafka partition. What do you do?',
      options: [
        { text: 'Salt that key (camera-7#3) or split the entity across partitions', correct: true },
        { text: 'Add more consumers to the group', why: 'A partition is read by one consumer of a group; more consumers do not split a hot partition.' },
        { text: 'Lower the replication factor', why: 'Replication is durability; it does not spread load across partitions.' },
        { text: 'Switch the producer to acks=0', why: 'That risks losing writes and does nothing for the hot partition.' },
      ],
      explain: 'Keys map to partitions by hash(key) mod P, so one heavy key lands on one partition unless it is salted (at the cost of per-key ordering).',
    },
  ],
};
