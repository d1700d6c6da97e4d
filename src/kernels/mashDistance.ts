/**
 * Mash distance (Ondov et al. 2016, Genome Biol 17:132, eq. 4; marbl/Mash CommandDistance.cpp):
 * D = −(1/k)·ln(2j/(1+j)) for a k-mer Jaccard index j, an estimate of the per-base mutation rate
 * under a Poisson model of substitutions. D = 0 when j = 1, 1 when nothing is shared, capped at 1.
 */
export function mashDistance(j: number, k: number): number {
  if (j >= 1) return 0;
  if (j <= 0) return 1;
  return Math.min(-Math.log((2 * j) / (1 + j)) / k, 1);
}
