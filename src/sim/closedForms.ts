/**
 * The closed forms the simulators are checked against (sources: REFERENCE.md §18–20).
 * Times are in the caller's unit; rates are per that unit. ρ ≥ 1 gives Infinity, never NaN,
 * so a demo can print "unstable" from the number itself.
 */

export interface QueueMetrics {
  /** Utilisation per server, λ/(cμ). */
  rho: number;
  stable: boolean;
  /** Mean wait in queue and mean time in system (wait + service). */
  wq: number;
  w: number;
  /** Mean number waiting and mean number in system (Little: Lq = λWq, L = λW). */
  lq: number;
  l: number;
}

function rates(lambda: number, mu: number): void {
  if (!(lambda > 0) || !(mu > 0)) throw new RangeError(`arrival and service rates must be > 0, got λ = ${lambda}, μ = ${mu}`);
}

/** M/M/1 (LINE `qsys_mm1`, Kleinrock 1975): W = 1/(μ − λ), Wq = ρ/(μ − λ). */
export function mm1(lambda: number, mu: number): QueueMetrics {
  return mmc(lambda, mu, 1);
}

/**
 * Erlang C: probability that an arrival waits in M/M/c with offered load a = λ/μ (Octave `erlangc`).
 * Computed through the Erlang B recursion B_k = a·B_{k−1}/(k + a·B_{k−1}), C = c·B/(c − a(1 − B)),
 * which equals the factorial formula but neither overflows for c in the thousands nor loses digits.
 */
export function erlangC(c: number, a: number): number {
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`Erlang C needs an integer number of servers ≥ 1, got ${c}`);
  if (a >= c) return 1;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return (c * b) / (c - a * (1 - b));
}

/** M/M/c: Wq = C(c, a)/(cμ − λ), W = Wq + 1/μ. */
export function mmc(lambda: number, mu: number, c: number): QueueMetrics {
  rates(lambda, mu);
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`M/M/c needs an integer number of servers ≥ 1, got ${c}`);
  const rho = lambda / (c * mu);
  const stable = rho < 1;
  const wq = stable ? erlangC(c, lambda / mu) / (c * mu - lambda) : Infinity;
  const w = wq + 1 / mu;
  return { rho, stable, wq, w, lq: lambda * wq, l: lambda * w };
}

/**
 * M/G/1 by Pollaczek–Khinchine: Wq = ρ·(1 + cs²)/(2(1 − ρ))·E[S], where cs² is the squared
 * coefficient of variation of service. cs² = 1 gives M/M/1, cs² = 0 gives M/D/1 (half the wait).
 */
export function mg1(lambda: number, meanService: number, cv2: number): QueueMetrics {
  rates(lambda, 1 / meanService);
  const rho = lambda * meanService;
  const stable = rho < 1;
  const wq = stable ? ((rho * (1 + cv2)) / (2 * (1 - rho))) * meanService : Infinity;
  const w = wq + meanService;
  return { rho, stable, wq, w, lq: lambda * wq, l: lambda * w };
}

/**
 * The tail at scale (Dean & Barroso 2013): if each of n independent leaves is slow with
 * probability p, a request that waits for all of them is slow with probability 1 − (1 − p)ⁿ.
 * Written with log1p/expm1 so p = 10⁻⁴, n = 2000 keeps its digits.
 */
export function tailAtScale(p: number, n: number): number {
  if (p >= 1) return n > 0 ? 1 : 0;
  return -Math.expm1(n * Math.log1p(-p));
}

/** The exponential ceiling AWS's backoff simulator jitters: min(cap, base·2^attempt). */
export function expo(base: number, cap: number, attempt: number): number {
  return Math.min(cap, base * 2 ** attempt);
}

/** Full jitter sleeps U(0, expo): mean expo/2, range [0, expo). */
export function fullJitterMean(base: number, cap: number, attempt: number): number {
  return expo(base, cap, attempt) / 2;
}

/** Equal jitter sleeps expo/2 + U(0, expo/2): mean 3·expo/4, range [expo/2, expo). */
export function equalJitterMean(base: number, cap: number, attempt: number): number {
  return (3 * expo(base, cap, attempt)) / 4;
}

/**
 * Cache-aside with TTL T for one key, Poisson reads at rate r and writes at rate w (no
 * invalidation on write). A miss fills the cache and starts a TTL window; the window holds
 * Poisson(rT) hits at uniform times, and the next read after it misses again. So
 * hit ratio = rT/(1 + rT), and a hit at age u is stale when some write fell in (0, u):
 * stale reads per read = r·(T − (1 − e^{−wT})/w)/(1 + rT).
 */
export function ttlCache(readRate: number, writeRate: number, ttl: number): { hitRatio: number; staleRatio: number } {
  const rt = readRate * ttl;
  const staleHits = writeRate > 0 ? readRate * (ttl + Math.expm1(-writeRate * ttl) / writeRate) : 0;
  return { hitRatio: rt / (1 + rt), staleRatio: staleHits / (1 + rt) };
}
