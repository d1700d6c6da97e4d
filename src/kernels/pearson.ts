/** Pearson correlation of two equal-length arrays (0 when either is constant): the reconstruction and class-average quality score. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`pearson: lengths differ (${a.length} vs ${b.length})`);
  const n = a.length;
  let [ma, mb] = [0, 0];
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  [ma, mb] = [ma / n, mb / n];
  let [sab, saa, sbb] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [da, db] = [a[i] - ma, b[i] - mb];
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}
