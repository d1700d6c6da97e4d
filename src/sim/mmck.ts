/**
 * M/M/c/K: c exponential servers and room for K requests in all (K − c waiting); an arrival that
 * finds K present is turned away. This is queueSim with `buffer = K − c`, and the closed form the
 * queueing demo puts next to its load-shedding numbers. The stationary distribution is the
 * birth–death one (Kleinrock 1975, §3.6; Gross & Harris): p_n ∝ aⁿ/n! for n ≤ c and
 * a^c/c!·(a/c)^{n−c} above, a = λ/μ. Computed as logarithms of the ratios p_n/p_{n−1} = a/min(n, c),
 * so loads far above 1 and K in the thousands neither overflow nor underflow. Blocking is p_K
 * (Poisson arrivals see time averages); W and Wq follow from Little's law on the admitted rate.
 * K = c gives Erlang B; c = 1 gives M/M/1/K, p_K = (1 − ρ)ρ^K/(1 − ρ^{K+1}).
 */
export interface LossQueueMetrics {
  /** Share of arrivals turned away (= p_K). */
  blocking: number;
  /** Admitted rate λ(1 − p_K), which is also the departure rate. */
  throughput: number;
  l: number;
  lq: number;
  w: number;
  wq: number;
  /** Busy fraction per server: throughput/(cμ). */
  utilisation: number;
}

export function mmck(lambda: number, mu: number, c: number, capacity: number): LossQueueMetrics {
  if (!(lambda > 0) || !(mu > 0)) throw new RangeError(`arrival and service rates must be > 0, got λ = ${lambda}, μ = ${mu}`);
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`servers must be a whole number ≥ 1, got ${c}`);
  if (!Number.isInteger(capacity) || capacity < c) throw new RangeError(`capacity must be a whole number ≥ servers (${c}), got ${capacity}`);
  const a = lambda / mu;
  const logP = new Float64Array(capacity + 1);
  for (let n = 1; n <= capacity; n++) logP[n] = logP[n - 1] + Math.log(a / Math.min(n, c));
  let top = -Infinity;
  for (const v of logP) top = Math.max(top, v);
  let [z, l, lq] = [0, 0, 0];
  const p = logP.map((v) => Math.exp(v - top));
  for (let n = 0; n <= capacity; n++) z += p[n];
  for (let n = 0; n <= capacity; n++) {
    p[n] /= z;
    l += n * p[n];
    lq += Math.max(0, n - c) * p[n];
  }
  const blocking = p[capacity];
  const throughput = lambda * (1 - blocking);
  return { blocking, throughput, l, lq, w: l / throughput, wq: lq / throughput, utilisation: throughput / (c * mu) };
}
