export interface Match {
  query: number; // row of a
  train: number; // row of b
  distance: number; // Euclidean
}

export interface MatchOptions {
  ratio?: number; // Lowe's ratio test: keep if d₁ < ratio·d₂ (default 0.75; Lowe 2004 suggests 0.8)
  crossCheck?: boolean; // also require a's match to be b's nearest neighbour back (OpenCV BFMatcher crossCheck)
}

/** Nearest and second-nearest rows of b for one row of a, by squared L2 over d dimensions. */
function nearest2(a: ArrayLike<number>, i: number, b: ArrayLike<number>, nb: number, d: number): [number, number, number] {
  let [j1, d1, d2] = [-1, Infinity, Infinity];
  for (let j = 0; j < nb; j++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (a[i * d + k] - b[j * d + k]) ** 2;
    if (s < d1) [j1, d1, d2] = [j, s, d1];
    else if (s < d2) d2 = s;
  }
  return [j1, Math.sqrt(d1), Math.sqrt(d2)];
}

/**
 * Brute-force descriptor matching of a [na, d] against b [nb, d] (row-major), as OpenCV's
 * BFMatcher(NORM_L2) with knnMatch(k = 2) and Lowe's ratio test (IJCV 60(2), 2004, §7.1): a match
 * survives when its nearest neighbour is clearly nearer than the second. With crossCheck the
 * match must also be mutual. Returns matches ordered by query row.
 */
export function matchDescriptors(a: ArrayLike<number>, b: ArrayLike<number>, d: number, opts: MatchOptions = {}): Match[] {
  const [na, nb] = [a.length / d, b.length / d];
  if (!Number.isInteger(na) || !Number.isInteger(nb)) throw new Error(`matchDescriptors: ${a.length} and ${b.length} values are not rows of ${d}`);
  const ratio = opts.ratio ?? 0.75;
  const out: Match[] = [];
  for (let i = 0; i < na; i++) {
    const [j, d1, d2] = nearest2(a, i, b, nb, d);
    if (j < 0 || !(nb < 2 || d1 < ratio * d2)) continue;
    if (opts.crossCheck && nearest2(b, j, a, na, d)[0] !== i) continue;
    out.push({ query: i, train: j, distance: d1 });
  }
  return out;
}
