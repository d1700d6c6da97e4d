/**
 * The future-event list of a discrete-event simulation: a binary min-heap on event time.
 *
 * An event is (time, kind, arg): `kind` says what happens (the model's own enum) and `arg` whom it
 * happens to (a request id, a server index). Events are numbers in one Float64Array, four slots per
 * heap node (time, sequence, kind, arg), not objects: no garbage-collector pauses, and a node is
 * one cache line, which is what lets 10⁶ events run in well under a second.
 * Ties in time pop in insertion order (a sequence number breaks them), so a seeded run is
 * reproducible and two events scheduled for the same instant happen in the order they were caused.
 */
export class EventQueue {
  private h: Float64Array;
  private n = 0;
  private nextSeq = 0;
  /** The event just popped. */
  now = 0;
  kind = 0;
  arg = 0;

  constructor(capacity = 1024) {
    this.h = new Float64Array(4 * Math.max(16, capacity));
  }

  get size(): number {
    return this.n;
  }

  /** Time of the next event, Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.h[0] : Infinity;
  }

  push(time: number, kind: number, arg = 0): void {
    if (!(time >= 0)) throw new RangeError(`EventQueue: event time must be a number ≥ 0, got ${time}`);
    if (4 * this.n === this.h.length) {
      const g = new Float64Array(this.h.length * 2);
      g.set(this.h);
      this.h = g;
    }
    const h = this.h;
    const s = this.nextSeq++;
    let i = this.n++;
    // Sift up: move parents down until the new event's slot is found, then write it once.
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[4 * p] < time || (h[4 * p] === time && h[4 * p + 1] < s)) break;
      this.move(p, i);
      i = p;
    }
    this.set(i, time, s, kind, arg);
  }

  /** Removes the earliest event into `now`, `kind`, `arg`; false when the queue is empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const h = this.h;
    this.now = h[0];
    this.kind = h[2];
    this.arg = h[3];
    const last = --this.n;
    if (last === 0) return true;
    const t = h[4 * last];
    const s = h[4 * last + 1];
    const k = h[4 * last + 2];
    const a = h[4 * last + 3];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      const d = c + 1;
      if (d < last && (h[4 * d] < h[4 * c] || (h[4 * d] === h[4 * c] && h[4 * d + 1] < h[4 * c + 1]))) c = d;
      if (t < h[4 * c] || (t === h[4 * c] && s < h[4 * c + 1])) break;
      this.move(c, i);
      i = c;
    }
    this.set(i, t, s, k, a);
    return true;
  }

  clear(): void {
    this.n = 0;
  }

  private move(from: number, to: number): void {
    const h = this.h;
    h[4 * to] = h[4 * from];
    h[4 * to + 1] = h[4 * from + 1];
    h[4 * to + 2] = h[4 * from + 2];
    h[4 * to + 3] = h[4 * from + 3];
  }

  private set(i: number, t: number, s: number, k: number, a: number): void {
    const h = this.h;
    h[4 * i] = t;
    h[4 * i + 1] = s;
    h[4 * i + 2] = k;
    h[4 * i + 3] = a;
  }
}
