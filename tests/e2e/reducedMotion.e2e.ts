import { afterAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { watchedPage, type Watched } from './browser';
import { routes } from './catalogue';
import { codeCells } from './cellPage';
import { ORIGIN, expectClean, settled, test, type Site } from './site';
import { visit } from './walk';
import { installMotionProbe, motionOf, type Motion } from './motionProbe';

/**
 * prefers-reduced-motion: reduce stops everything that moves by itself. On every route, after it is
 * ready and left alone for a second: no running Web Animation, no rendered element with a computed
 * animation or transition longer than 0, no requestAnimationFrame loop, no live setInterval, no smooth
 * scrolling. One page walks every route by hash (the app loads once).
 *
 * rAF: one-shot frames are fine (demos time their redraw on the next frame, focus moves after a
 * render); a loop runs about 60 per second, so more than FRAME_SLACK in the quiet second is one.
 */
const FRAME_SLACK = 5;

let reduced: Promise<Watched> | undefined;
async function reducedPage(browser: Browser): Promise<Watched> {
  reduced ??= (async () => {
    const w = await watchedPage(browser, ORIGIN, { reducedMotion: 'reduce' });
    await installMotionProbe(w.page);
    return w;
  })();
  return reduced;
}
afterAll(async () => {
  if (reduced) expectClean(await reduced);
});

/** Everything in a report that counts as motion, as readable lines (empty = still). */
function moving(m: Motion): string[] {
  return [
    ...m.running.map((r) => `running: ${r}`),
    ...m.timed.map((t) => `timed: ${t}`),
    ...(m.frames > FRAME_SLACK ? [`${m.frames} animation frames in the quiet second`] : []),
    ...m.intervals.map((ms) => `live setInterval every ${ms} ms`),
    ...(m.scrollBehavior === 'smooth' ? ['smooth scrolling on the root'] : []),
  ];
}

describe('with prefers-reduced-motion: reduce nothing moves by itself', () => {
  test.for(routes)('%s is still once ready', async (route, { browser }) => {
    const w = await reducedPage(browser);
    await visit(w, route);
    // The labs that train on open (fitting, fine-tuning) are judged while they train: under reduce
    // their curves wait for the run's end, so nothing redraws frame after frame meanwhile.
    if (await w.page.locator('[data-run-status]').count()) await w.page.waitForTimeout(3000); // an auto-run starts once its panel is seen
    const during = await w.page.locator('[data-run-status="training"]').count();
    const m = await motionOf(w.page);
    if (during) console.error(`motion ${route}: judged during its auto-run`);
    console.error(`motion ${route}: ${m.running.length} running, ${m.timed.length} timed, ${m.frames} frames, ${m.intervals.length} intervals`);
    expect(moving(m)).toEqual([]);
  });
});

/** A fresh page on `hash` with the probe in place from its first script on. */
async function probed(site: Site, hash: string, reducedMotion: 'reduce' | 'no-preference'): Promise<Watched> {
  const w = await site.open(hash, { reducedMotion });
  await installMotionProbe(w.page);
  await w.page.reload();
  await settled(w);
  return w;
}

describe('the check sees motion where there is some', () => {
  // The one animation the site has: CodeMirror's blinking cursor in a focused code cell.
  const cell = codeCells[0];
  const focusEditor = async (w: Watched) => {
    await w.page.locator(`[data-cell="${cell.id}"] .cm-content`).click();
    await w.page.keyboard.press('End');
  };

  test('with motion allowed, a focused code cell blinks its cursor and the check reports it', async ({ site }) => {
    const w = await probed(site, `#/${cell.slug}/${cell.anchor}`, 'no-preference');
    await focusEditor(w);
    const found = moving(await motionOf(w.page));
    console.error(`motion allowed, focused cell: ${found.join('; ')}`);
    expect(found.some((f) => /^running: animation cm-blink2? on div\..*cm-cursorLayer/.test(f))).toBe(true);
  });

  test('with reduce, the same focused code cell shows a steady cursor', async ({ site }) => {
    const w = await probed(site, `#/${cell.slug}/${cell.anchor}`, 'reduce');
    await focusEditor(w);
    expect(moving(await motionOf(w.page))).toEqual([]);
    // The cursor is still drawn, steadily: reduced motion must not hide where typing goes.
    expect(await w.page.locator(`[data-cell="${cell.id}"] .cm-cursor-primary`).count()).toBe(1);
  });

  // What reduce allows: a simulation the reader starts. The alignment fill plays on a 40 ms timer in
  // whole cells (nothing is tweened); the probe sees that timer, and it is gone when the fill ends.
  test('with reduce, a fill the reader starts plays in whole cells, and its timer stops at the end', async ({ site }) => {
    const w = await probed(site, '#/demo/alignment', 'reduce');
    expect(moving(await motionOf(w.page))).toEqual([]);
    await w.page.getByRole('button', { name: 'Play the fill' }).click();
    expect((await motionOf(w.page, 100)).intervals).toEqual([40]);
    await expect.poll(() => w.page.locator('.fill-bar input[type="range"]').inputValue(), { timeout: 15000 }).toBe('12');
    await expect.poll(async () => moving(await motionOf(w.page, 300))).toEqual([]);
  });
});
