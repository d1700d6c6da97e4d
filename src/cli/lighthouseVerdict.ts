/**
 * What `npm run lighthouse` demands of every route (issue 18): desktop performance at least 90,
 * total blocking time at most 200 ms, accessibility and best practices 100. SEO is reported, not judged.
 */
export const THRESHOLDS = { performance: 90, tbtMs: 200, accessibility: 100, bestPractices: 100 };

export interface RouteScores {
  route: string;
  performance: number; // 0-100, Lighthouse's category score × 100
  tbtMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that cost points in accessibility or best practices, by id (what to fix). */
  failing: string[];
}

/** The thresholds a route misses, as short phrases; empty when it passes. */
export function lighthouseVerdict(s: RouteScores): string[] {
  const misses: string[] = [];
  if (s.performance < THRESHOLDS.performance) misses.push(`performance ${s.performance} < ${THRESHOLDS.performance}`);
  if (s.tbtMs > THRESHOLDS.tbtMs) misses.push(`TBT ${Math.round(s.tbtMs)} ms > ${THRESHOLDS.tbtMs} ms`);
  if (s.accessibility < THRESHOLDS.accessibility) misses.push(`accessibility ${s.accessibility} < ${THRESHOLDS.accessibility}`);
  if (s.bestPractices < THRESHOLDS.bestPractices) misses.push(`best practices ${s.bestPractices} < ${THRESHOLDS.bestPractices}`);
  return misses;
}

/** The report: one row per route, then what each missing route misses and the audits behind it. */
export function lighthouseTable(rows: RouteScores[]): string {
  const width = Math.max(5, ...rows.map((r) => r.route.length));
  const head = `${'route'.padEnd(width)}  perf    TBT ms  a11y  best-pr  SEO`;
  const body = rows.map(
    (r) =>
      `${r.route.padEnd(width)}  ${String(r.performance).padStart(4)}  ${String(Math.round(r.tbtMs)).padStart(8)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(7)}  ${String(r.seo).padStart(3)}`,
  );
  const misses = rows
    .map((r) => ({ r, m: lighthouseVerdict(r) }))
    .filter(({ m }) => m.length > 0)
    .map(({ r, m }) => `${r.route}: ${m.join(', ')}${r.failing.length ? ` (audits: ${r.failing.join(', ')})` : ''}`);
  return [head, ...body, '', misses.length ? `${misses.length} of ${rows.length} routes miss:` : `all ${rows.length} routes pass`, ...misses].join('\n');
}
