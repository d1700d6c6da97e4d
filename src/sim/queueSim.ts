import { randomSeeded } from '../kernels/random';
import { exponential, type Distribution } from './distributions';
import { EventQueue } from './eventQueue';
import type { EventRun, EventRunOptions } from './eventRun';
import { latencySummary, type LatencySummary } from './stats';

/**
 * A multi-server FIFO queue driven by an event list: Poisson arrivals at rate λ, c servers per
 * partition, any service distribution; optionally a bounded buffer (arrivals that find it full
 * are shed), batching (a server takes up to b waiting requests at once, or fewer once the oldest
 * has waited `timeout`), and k partitions with a hot key (share h of all traffic to partition 0,
 * the rest spread evenly over the others). With one partition, no batching and no bound this is
 * M/G/c, checked against Erlang C and Pollaczek–Khinchine in tests/unit/sim/queueSim.test.ts.
 *
 * Arrivals stop at `horizon`; the system then drains, so every admitted request has a wait and a
 * sojourn time. Time averages (L, Lq, utilisation, throughput) are over [warmup, horizon];
 * per-request figures are for requests arriving in that window. `maxEvents` bounds the run, so
 * an unstable queue (ρ ≥ 1) terminates too: it reports `stable: false` and its growing waits.
 */
export interface QueueOptions extends EventRunOptions {
  /** λ: total arrivals per unit time. */
  arrivalRate: number;
  /** c: servers per partition, an integer ≥ 1. */
  servers: number;
  service: Distribution;
  /** Most requests that may wait (not counting those in service) per partition; default Infinity. */
  buffer?: number;
  /** A batch of m requests takes one service sample + perItem·m. */
  batch?: { size: number; timeout: number; perItem?: number };
  partitions?: { count: number; hotShare?: number };
  horizon: number;
  warmup?: number;
}

export interface PartitionResult {
  share: number;
  arrivals: number;
  dropped: number;
  utilisation: number;
  meanSojourn: number;
}

export interface QueueResult extends EventRun {
  /** Offered utilisation of the busiest partition; ≥ 1 means no steady state exists (a bounded buffer sheds the excess instead). */
  rho: number;
  stable: boolean;
  /** Arrivals in the window, those shed by a full buffer, and those that completed. */
  arrivals: number;
  dropped: number;
  completed: number;
  /** Per request, in arrival order: time waiting for a server, and waiting + service. */
  waits: Float64Array;
  sojourns: Float64Array;
  wait: LatencySummary;
  sojourn: LatencySummary;
  /** Time-averaged number in system and in queue, busy fraction of all servers, completions per unit time. */
  l: number;
  lq: number;
  utilisation: number;
  throughput: number;
  /** Arrivals per unit time actually seen in the window (λ̂ for Little's law). */
  arrivalRateObserved: number;
  partitions: PartitionResult[];
  endTime: number;
}

const ARRIVAL = 0;
const DEPARTURE = 1;
const BATCH_TIMER = 2;

function check(o: QueueOptions): void {
  if (!Number.isInteger(o.servers) || o.servers < 1) {
    throw new RangeError(`servers must be a whole number ≥ 1, got ${o.servers}: with no server nothing is ever served`);
  }
  if (!(o.arrivalRate > 0) || !Number.isFinite(o.arrivalRate)) throw new RangeError(`arrival rate must be finite and > 0, got ${o.arrivalRate}`);
  if (!(o.horizon > 0) || !Number.isFinite(o.horizon)) throw new RangeError(`horizon must be finite and > 0, got ${o.horizon}`);
  if ((o.warmup ?? 0) < 0 || (o.warmup ?? 0) >= o.horizon) throw new RangeError(`warmup must be in [0, horizon), got ${o.warmup}`);
  if (o.batch && (!Number.isInteger(o.batch.size) || o.batch.size < 1 || !(o.batch.timeout >= 0))) {
    throw new RangeError(`batch needs an integer size ≥ 1 and a timeout ≥ 0, got ${JSON.stringify(o.batch)}`);
  }
  const k = o.partitions?.count ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`partition count must be a whole number ≥ 1, got ${k}`);
  const h = o.partitions?.hotShare ?? 1 / k;
  if (!(h >= 0 && h <= 1) || (k === 1 && h !== 1)) throw new RangeError(`hot share must be in [0, 1] (and 1 with one partition), got ${h}`);
  if (!((o.buffer ?? Infinity) >= 0)) throw new RangeError(`buffer must be ≥ 0, got ${o.buffer}`);
}

/** Float64Array that doubles when full. */
class Grow {
  a = new Float64Array(1024);
  at(i: number, v: number): void {
    if (i >= this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = v;
  }
}

export function queueSim(o: QueueOptions): QueueResult {
  check(o);
  const rand = randomSeeded(o.seed ?? 1);
  const c = o.servers;
  const k = o.partitions?.count ?? 1;
  const hot = o.partitions?.hotShare ?? 1 / k;
  const share = Array.from({ length: k }, (_, p) => (k === 1 ? 1 : p === 0 ? hot : (1 - hot) / (k - 1)));
  const b = o.batch?.size ?? 1;
  const timeout = o.batch?.timeout ?? 0;
  const perItem = o.batch?.perItem ?? 0;
  const buffer = o.buffer ?? Infinity;
  const { horizon, service } = o;
  const warmup = o.warmup ?? 0;
  const maxEvents = o.maxEvents ?? 4_000_000;
  const gap = exponential(o.arrivalRate);
  // Full batches are the most a server can do: ρ per partition = λ·share·(E[S] + b·perItem)/(b·c).
  const rho = Math.max(...share.map((s) => (o.arrivalRate * s * (service.mean + b * perItem)) / (b * c)));

  const arrival = new Grow();
  const start = new Grow();
  const finish = new Grow();
  const partOf = new Grow();
  let n = 0;
  const queue: number[][] = share.map(() => []);
  const head = new Array<number>(k).fill(0);
  const idle: number[][] = share.map((_, p) => Array.from({ length: c }, (_, s) => p * c + s));
  // The requests each server is serving: server s holds batchIds[s·b .. s·b + batchLen[s]).
  const batchIds = new Float64Array(k * c * b);
  const batchLen = new Int32Array(k * c);
  const timerFor = new Array<number>(k).fill(-1);
  const part = { arrivals: new Array<number>(k).fill(0), dropped: new Array<number>(k).fill(0), busy: new Array<number>(k).fill(0) };
  const busyArea = new Array<number>(k).fill(0);
  const busySince = new Array<number>(k).fill(0);
  let [inSystem, waiting, last, areaN, areaQ, completedInWindow, arrivals, dropped] = [0, 0, 0, 0, 0, 0, 0, 0];

  const clip = (t: number) => Math.min(Math.max(t, warmup), horizon);
  const advance = (t: number) => {
    const dt = clip(t) - clip(last);
    areaN += inSystem * dt;
    areaQ += waiting * dt;
    last = t;
  };
  const setBusy = (p: number, t: number, delta: number) => {
    busyArea[p] += part.busy[p] * (clip(t) - clip(busySince[p]));
    busySince[p] = t;
    part.busy[p] += delta;
  };
  const eq = new EventQueue(k * c + 16);

  const dispatch = (p: number, t: number) => {
    const q = queue[p];
    while (idle[p].length > 0 && q.length > head[p]) {
      const len = q.length - head[p];
      const oldest = q[head[p]];
      // Compared as the timer was scheduled: t − arrival < timeout can round below timeout at the timer itself.
      if (len < b && t < arrival.a[oldest] + timeout) {
        // Wait for a fuller batch, but not past the oldest request's timeout.
        if (timerFor[p] !== oldest) eq.push(arrival.a[oldest] + timeout, BATCH_TIMER, p);
        timerFor[p] = oldest;
        return;
      }
      const s = idle[p].pop()!;
      const m = Math.min(b, len);
      for (let j = 0; j < m; j++) {
        const id = q[head[p]++];
        start.at(id, t);
        batchIds[s * b + j] = id;
      }
      batchLen[s] = m;
      waiting -= m;
      setBusy(p, t, 1);
      eq.push(t + service.sample(rand) + (o.batch ? perItem * m : 0), DEPARTURE, s);
      // Drop the served prefix now and then, so the queue array does not grow without bound.
      if (head[p] > 4096 && head[p] * 2 > q.length) {
        q.splice(0, head[p]);
        head[p] = 0;
      }
    }
  };

  eq.push(gap.sample(rand), ARRIVAL);
  let events = 0;
  while (events < maxEvents && eq.pop()) {
    events++;
    const t = eq.now;
    advance(t);
    if (eq.kind === ARRIVAL) {
      const u = rand();
      const p = k === 1 ? 0 : u < hot ? 0 : 1 + Math.min(k - 2, Math.floor(((u - hot) / (1 - hot)) * (k - 1)));
      const id = n++;
      arrival.at(id, t);
      start.at(id, NaN);
      finish.at(id, NaN);
      partOf.at(id, p);
      const inWindow = t >= warmup;
      if (inWindow) {
        arrivals++;
        part.arrivals[p]++;
      }
      const len = queue[p].length - head[p];
      // Shed only when the request would have to wait and the buffer is full.
      if (len >= buffer && idle[p].length <= len) {
        if (inWindow) {
          dropped++;
          part.dropped[p]++;
        }
      } else {
        queue[p].push(id);
        inSystem++;
        waiting++;
        dispatch(p, t);
      }
      const next = t + gap.sample(rand);
      if (next <= horizon) eq.push(next, ARRIVAL);
    } else if (eq.kind === DEPARTURE) {
      const s = eq.arg;
      const p = Math.floor(s / c);
      for (let j = 0; j < batchLen[s]; j++) {
        const id = batchIds[s * b + j];
        finish.at(id, t);
        if (t >= warmup && t <= horizon) completedInWindow++;
      }
      inSystem -= batchLen[s];
      batchLen[s] = 0;
      idle[p].push(s);
      setBusy(p, t, -1);
      dispatch(p, t);
    } else {
      dispatch(eq.arg, t);
    }
  }
  for (let p = 0; p < k; p++) setBusy(p, last, 0);

  let served = 0;
  for (let id = 0; id < n; id++) if (arrival.a[id] >= warmup && finish.a[id] >= 0) served++;
  const waits = new Float64Array(served);
  const sojourns = new Float64Array(served);
  let w = 0;
  const partSojourn = new Array<number>(k).fill(0);
  const partDone = new Array<number>(k).fill(0);
  for (let id = 0; id < n; id++) {
    const a = arrival.a[id];
    if (a < warmup || !(finish.a[id] >= 0)) continue;
    waits[w] = start.a[id] - a;
    sojourns[w++] = finish.a[id] - a;
    partSojourn[partOf.a[id]] += finish.a[id] - a;
    partDone[partOf.a[id]]++;
  }
  // A truncated run only observed up to its last event.
  const truncated = eq.size > 0;
  const span = Math.max((truncated ? Math.min(horizon, last) : horizon) - warmup, Number.MIN_VALUE);
  return {
    rho,
    stable: rho < 1,
    arrivals,
    dropped,
    completed: sojourns.length,
    waits,
    sojourns,
    wait: latencySummary(waits),
    sojourn: latencySummary(sojourns),
    l: areaN / span,
    lq: areaQ / span,
    utilisation: busyArea.reduce((x, y) => x + y, 0) / (k * c * span),
    throughput: completedInWindow / span,
    arrivalRateObserved: arrivals / span,
    partitions: share.map((s, p) => ({
      share: s,
      arrivals: part.arrivals[p],
      dropped: part.dropped[p],
      utilisation: busyArea[p] / (c * span),
      meanSojourn: partDone[p] > 0 ? partSojourn[p] / partDone[p] : NaN,
    })),
    events,
    endTime: last,
    truncated,
  };
}
