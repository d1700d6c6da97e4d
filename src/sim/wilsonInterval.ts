/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3): unlike
 * p̂ ± z·√(p̂(1 − p̂)/n) it stays inside [0, 1] and does not collapse to a point when every trial
 * succeeds or none does, which is exactly where the fan-out demo's slow share ends up (n = 10⁴).
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): { lo: number; hi: number } {
  if (!(trials > 0)) return { lo: 0, hi: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
