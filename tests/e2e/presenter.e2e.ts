import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './site';

const stepOf = (page: Page) => page.locator('[data-step]').getAttribute('data-step').then(Number);
/** The demo's settings as the URL holds them, without the presenter flag (sorted, to compare). */
const settings = (page: Page) => {
  const q = new URLSearchParams(page.url().split('?')[1] ?? '');
  q.delete('present');
  q.sort();
  return q.toString();
};
/** Presses a key and waits until the step and the URL both show step `k`. */
async function press(page: Page, key: string, k: number) {
  await page.keyboard.press(key);
  // Generous: the URL is written 150 ms after the last change, later still on a loaded machine.
  await expect.poll(() => stepOf(page), { timeout: 10000 }).toBe(k);
  await expect.poll(() => new URLSearchParams(page.url().split('?')[1] ?? '').get('step') ?? '0', { timeout: 10000 }).toBe(String(k));
}
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.bottom > 0;
  });

describe('presenter steps', () => {
  test.for([
    ['bilinear', 6],
    ['training', 4],
    ['clip', 9],
  ] as const)('%s: every step looks the same walked forwards and backwards, and step 0 is the start again', async ([id, total], { site }) => {
    const w = await site.open(`#/demo/${id}?present=1`);
    const forward: string[] = [settings(w.page)];
    for (let k = 1; k <= total; k++) {
      await press(w.page, 'ArrowRight', k);
      forward.push(settings(w.page));
    }
    for (let k = total - 1; k >= 0; k--) {
      await press(w.page, 'ArrowLeft', k);
      expect(settings(w.page), `step ${k}`).toBe(forward[k]);
    }
  });

  test('a step scrolls the panel it changed into view (unet step 3: the schematic; clip step 7: zero-shot)', async ({ site }) => {
    const w = await site.open('#/demo/unet?present=1');
    expect(await inView(w.page, '[data-panel="schematic"]')).toBe(false);
    for (let k = 1; k <= 3; k++) await press(w.page, 'ArrowRight', k);
    await expect.poll(() => inView(w.page, '[data-panel="schematic"]')).toBe(true);
    const c = await site.open('#/demo/clip?present=1&step=6');
    expect(await inView(c.page, '[data-panel="zero-shot"]')).toBe(false);
    await press(c.page, 'ArrowRight', 7);
    await expect.poll(() => inView(c.page, '[data-panel="zero-shot"]')).toBe(true);
  });

  test('with reduced motion the scroll is instant', async ({ site }) => {
    const w = await site.open('#/demo/unet?present=1&step=2', { reducedMotion: 'reduce' });
    await press(w.page, 'ArrowRight', 3);
    await w.page.locator('[data-revealed="schematic"]').waitFor();
    // No smooth scroll in flight: over the next 400 ms scrollY takes at most two values. A smooth
    // scroll passes through a new value every frame; a late layout shift of a loading panel (seen on
    // a loaded CI machine: 1052 → 1597) is one jump, and the panel must still be in view after it.
    expect(await w.page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const seen = await w.page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const ys = new Set<number>([scrollY]);
          const end = performance.now() + 400;
          const tick = () => (ys.add(scrollY), performance.now() < end ? requestAnimationFrame(tick) : done([...ys]));
          requestAnimationFrame(tick);
        }),
    );
    expect(seen.length, `scroll positions ${seen.join(', ')}`).toBeLessThanOrEqual(2);
    await expect.poll(() => inView(w.page, '[data-panel="schematic"]')).toBe(true);
  });

  test('captions of different heights do not move the demo', async ({ site }) => {
    const w = await site.open('#/demo/bilinear', { width: 800 });
    const top = () => w.page.locator('.bilinear').evaluate((e) => e.getBoundingClientRect().top + scrollY);
    const start = await top();
    for (let k = 1; k <= 6; k++) {
      await w.page.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => stepOf(w.page)).toBe(k);
      expect(await top(), `step ${k}`).toBe(start);
    }
  });
});

describe('?present=1', () => {
  test('is honoured on in-app navigation and kept in the URL', async ({ site }) => {
    const w = await site.open('#/');
    const presenting = () =>
      w.page
        .locator('html')
        .getAttribute('class')
        .then((c) => /presenting/.test(c ?? ''));
    await w.page.evaluate(() => (location.hash = '#/demo/bilinear?present=1'));
    await w.page.locator('[data-demo="bilinear"][data-state="ready"]').waitFor();
    await expect.poll(presenting).toBe(true);
    await w.page.waitForTimeout(400); // past the URL writer's debounce
    expect(w.page.url()).toMatch(/present=1/);
    // From one demo to another: the link decides.
    await w.page.evaluate(() => (location.hash = '#/demo/roi-align'));
    await w.page.locator('[data-demo="roi-align"][data-state="ready"]').waitFor();
    await expect.poll(presenting).toBe(false);
    await w.page.evaluate(() => (location.hash = '#/demo/clip?present=1&n=4'));
    await w.page.locator('[data-demo="clip"][data-state="ready"]').waitFor();
    await expect.poll(presenting).toBe(true);
    await w.page.waitForTimeout(400);
    expect(w.page.url()).toMatch(/present=1/);
    expect(w.page.url()).toMatch(/n=4/);
  });
});

describe('bilinear controls', () => {
  test('the output row slider has a visible label, as every control does', async ({ site }) => {
    const w = await site.open('#/demo/bilinear');
    const row = w.page.getByRole('slider', { name: /^Output row/ });
    expect(await row.count()).toBe(1);
    const label = w.page.locator('label', { has: row });
    expect(await label.locator('span').first().textContent()).toMatch(/^Output row: 0 \(0–9\)/);
    expect(await label.locator('span').first().isVisible()).toBe(true);
  });
});
