import { afterAll, describe, expect, it } from 'vitest';
import { test } from './site';
import { clickAndTime, exercisePlaces, setCode } from './cellPage';
import { exercises } from '../../src/cells/exercises/registry';
import { solutions } from '../unit/cells/solutions';

/** Exercises grouped by the notebook that embeds them, so each notebook page loads once. */
const byNotebook = new Map<string, string[]>();
for (const [id, p] of exercisePlaces) byNotebook.set(p.slug, [...(byNotebook.get(p.slug) ?? []), id]);
const timings: Record<string, { pageMs: number; workerMs: number }> = {};

describe('every exercise in Chromium', () => {
  it('every registered exercise is embedded in some notebook', () => {
    expect([...exercisePlaces.keys()].sort()).toEqual(Object.keys(exercises).sort());
  });

  test.for([...byNotebook.entries()])(
    '%s: the reference solution passes every case; each plausible mistake fails where it should',
    async ([slug, ids], { site }) => {
      const w = await site.open(`#/${slug}`);
      for (const id of ids) {
        const root = w.page.locator(`[data-exercise="${id}"]`);
        expect(await root.getAttribute('data-state'), id).toBe('idle');

        await setCode(w.page, root, solutions[id].solution);
        const ok = await clickAndTime(root, 'run-tests');
        expect(ok.state, `${id}: ${await root.locator('.case-table, .cell-output').allTextContents()}`).toBe('passed');
        const rows = root.locator('[data-case]');
        expect(await rows.count()).toBeGreaterThan(5);
        expect(await root.locator('[data-case-status="fail"]').count()).toBe(0);
        timings[id] = { pageMs: Math.round(ok.ms), workerMs: Number(await root.getAttribute('data-run-ms')) };

        for (const wrong of solutions[id].wrong) {
          await setCode(w.page, root, wrong.code);
          const bad = await clickAndTime(root, 'run-tests');
          // 'error' when the mistake makes the code throw (e.g. reading row −1); the table still shows the case.
          expect(['failed', 'error'], `${id}: ${wrong.what}`).toContain(bad.state);
          expect(await root.locator(`[data-case="${wrong.fails}"]`).getAttribute('data-case-status'), `${id}: ${wrong.what}`).toBe('fail');
          const first = root.locator('[data-first-failure]');
          expect(await first.count()).toBe(1);
          expect(await first.getAttribute('data-case-status')).toBe('fail');
          expect((await first.locator('.why').textContent())?.length ?? 0).toBeGreaterThan(3);
        }
      }
    },
  );

  afterAll(() => {
    // Measured, not asserted: click → verdict drawn in the page, and runSandbox request → verdict (a warm spare worker is taken when one is ready).
    const ids = Object.keys(timings);
    if (!ids.length) return;
    console.log('Run tests with the reference solution (ms):');
    for (const id of ids)
      console.log(`  ${id.padEnd(22)} page ${String(timings[id].pageMs).padStart(5)}   sandbox ${timings[id].workerMs} (runSandbox request → verdict)`);
    const sorted = ids.map((id) => timings[id].pageMs).sort((a, b) => a - b);
    console.log(`  median ${sorted[sorted.length >> 1]} ms, max ${sorted[sorted.length - 1]} ms over ${ids.length} exercises`);
  });
});
