import { describe, expect, it } from 'vitest';
import { lighthouseTable, lighthouseVerdict, type RouteScores } from '../../../src/cli/lighthouseVerdict';

// Hand-made scores around issue 18's thresholds (performance ≥ 90, TBT ≤ 200 ms, a11y and best practices 100).
const passing: RouteScores = { route: '#/', performance: 90, tbtMs: 200, accessibility: 100, bestPractices: 100, seo: 82, failing: [] };

describe('lighthouseVerdict', () => {
  it('a route exactly at every threshold passes, whatever its SEO score', () => {
    expect(lighthouseVerdict(passing)).toEqual([]);
  });

  it('a route one point or one millisecond past a threshold misses it, and says which', () => {
    const r = { ...passing, performance: 89, tbtMs: 201, accessibility: 99, bestPractices: 96 };
    expect(lighthouseVerdict(r)).toEqual(['performance 89 < 90', 'TBT 201 ms > 200 ms', 'accessibility 99 < 100', 'best practices 96 < 100']);
  });

  it('the table has a row per route and names the failing audits of the route that misses', () => {
    const bad = { ...passing, route: '#/demo/clip', performance: 66, tbtMs: 612, failing: ['errors-in-console'] };
    const text = lighthouseTable([passing, bad]);
    expect(text.split('\n').filter((l) => l.startsWith('#/'))).toHaveLength(3); // two rows, one miss line
    expect(text).toContain('1 of 2 routes miss:');
    expect(text).toContain('#/demo/clip: performance 66 < 90, TBT 612 ms > 200 ms (audits: errors-in-console)');
  });
});
