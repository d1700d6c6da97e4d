import { describe, expect } from 'vitest';
import { errors } from 'playwright-core';
import { test } from './site';
import { demoIds } from './catalogue';
import { nonEmpty } from '../nonEmpty';

/**
 * Cumulative layout shift as Chromium reports it (layout-shift entries without recent input,
 * grouped in session windows: gaps under 1 s, windows at most 5 s; CLS is the largest window).
 * The figures that fill in after a demo shows keep their room, so reading a demo that loads does
 * not jump. 0.1 is web.dev's "good"; Lighthouse scores the same number.
 */
const GOOD_CLS = 0.1;
const NETWORK_IDLE_MS = 20000;

describe('no layout shift while a demo loads', () => {
  test.for(nonEmpty(demoIds, 'demo list'))('#/demo/%s keeps its layout while its panels fill in', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}`);
    // Models, workers and their first results: what fills the panels after the demo reports ready.
    // Bounded: on a loaded CI host a download can keep the network busy past Playwright's 30 s
    // default; the shifts that happened by then are still measured. Any other error still fails.
    await w.page.waitForLoadState('networkidle', { timeout: NETWORK_IDLE_MS }).catch((e: unknown) => {
      if (!(e instanceof errors.TimeoutError)) throw e;
    });
    await w.page.waitForTimeout(1500);
    const shifts = await w.page.evaluate(
      () =>
        new Promise<{ t: number; v: number }[]>((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            const all = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(all.filter((e) => !e.hadRecentInput).map((e) => ({ t: e.startTime, v: e.value })));
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all means no shift: the observer then never calls back.
          setTimeout(() => resolve([]), 500);
        }),
    );
    let [cls, window, start, last] = [0, 0, -Infinity, -Infinity];
    for (const s of shifts) {
      if (s.t - last > 1000 || s.t - start > 5000) [window, start] = [0, s.t];
      window += s.v;
      last = s.t;
      cls = Math.max(cls, window);
    }
    process.stderr.write(`layout shift ${id}: CLS ${cls.toFixed(3)} (${shifts.length} shifts)\n`);
    expect(cls, `CLS of #/demo/${id}`).toBeLessThanOrEqual(GOOD_CLS);
  });
});
