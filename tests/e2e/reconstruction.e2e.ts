import { mainThreadTrace } from './mainThreadTrace';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

/** The settings the figure currently shows (the worker's answer for exactly these), or null while computing. */
const shown = async (page: Page) => {
  const r = await page.locator('[data-result]').getAttribute('data-result');
  return r ? (JSON.parse(r) as { size: number; angles: number; noise: number; filter: string }) : null;
};
/** The workers' answers can take seconds on a loaded machine. */
const WORKER = { timeout: 60000 };
const resolution = (page: Page) => page.locator('[data-resolution]').getAttribute('data-resolution').then(Number);

describe('reconstruction demo', () => {
  test('reaches ready with the phantom, three reconstructions, the sinogram, the FRC and the class averages', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction');
    expect(await w.page.locator('[data-demo="reconstruction"]').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => shown(w.page), WORKER).toMatchObject({ size: 128, angles: 90, filter: 'ram-lak' });
    await expect.poll(() => w.page.locator('[data-image]').count(), WORKER).toBe(4);
    expect(await w.page.getByText(/Sinogram: 90 projections × 183 detector bins/).count()).toBe(1);
    // 90 angles at 2% noise: the halves (45 angles each) agree to well past a quarter of Nyquist.
    const res = await resolution(w.page);
    expect(res).toBeGreaterThan(2);
    expect(res).toBeLessThan(8);
    await expect.poll(() => w.page.locator('[data-iteration]').getAttribute('data-iteration'), WORKER).toBe('5');
  });

  test('fewer angles and more noise change the figure, the URL and the resolution', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction');
    await expect.poll(() => shown(w.page), WORKER).not.toBeNull();
    const before = await resolution(w.page);
    await w.page.getByRole('radio', { name: /Shepp–Logan/ }).check();
    await expect.poll(() => w.page.url()).toMatch(/filter=shepp-logan/);
    await expect.poll(async () => (await shown(w.page))?.filter, WORKER).toBe('shepp-logan');
    const noise = w.page.getByRole('slider', { name: /Projection noise/ });
    await noise.focus();
    for (let i = 0; i < 13; i++) await w.page.keyboard.press('ArrowRight'); // 2% → 15%
    await expect.poll(() => w.page.url()).toMatch(/noise=0\.15/);
    await expect.poll(async () => (await shown(w.page))?.noise, WORKER).toBe(0.15);
    expect(await resolution(w.page)).toBeGreaterThan(before); // a coarser resolution, in pixels
  });

  test('a 256² reconstruction runs in the worker with a progress bar while the page stays responsive', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction?angles=180');
    await expect.poll(() => shown(w.page), WORKER).not.toBeNull();
    await w.page.getByRole('combobox', { name: 'Image size' }).selectOption('256');
    await expect.poll(() => w.page.locator('[data-busy="true"]').count(), WORKER).toBeGreaterThan(0);
    // While the worker computes, the main thread stays free: its longest task, in CPU time, is far below the
    // reconstruction's (a 256² filtered back-projection on the main thread would be one task of seconds).
    const trace = await mainThreadTrace(w.page);
    await expect.poll(async () => (await shown(w.page))?.size, WORKER).toBe(256);
    const longest = await trace.longestTaskMs();
    console.log(`reconstruction: longest main-thread task while the worker reconstructed at 256²: ${longest.toFixed(1)} ms CPU`);
    expect(longest).toBeLessThan(100);
  });

  test('the projection-slice check agrees with the 2-D DFT', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction?size=64');
    await expect.poll(() => shown(w.page), WORKER).not.toBeNull();
    await w.page.getByRole('button', { name: /Check against the 2-D DFT/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor();
    expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
  });

  test('steps through the classification iterations with the buttons', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction?iter=0');
    await expect.poll(() => w.page.locator('[data-iteration]').getAttribute('data-iteration'), WORKER).toBe('0');
    await w.page.getByRole('button', { name: 'Next iteration' }).click();
    await expect.poll(() => w.page.url()).toMatch(/iter=1/);
    await expect.poll(() => w.page.locator('[data-iteration]').getAttribute('data-iteration'), WORKER).toBe('1');
    expect(await w.page.getByText(/Class averages after iteration 1/).count()).toBe(1);
  });

  test('repairs hostile URL params with a notice and handles the extremes', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction?size=100&angles=99999&noise=abc&iter=-3&classes=0&junk=%3Cscript%3E');
    const text = await w.page.locator('[data-notice]').textContent();
    expect(text).toMatch(/size="100" is not one of 64, 128, 256/);
    expect(text).toMatch(/angles=99999 is too large, set to max 360/);
    expect(text).toMatch(/noise="abc" is not a number/);
    expect(text).toMatch(/iter=-3 is too small, set to min 0/);
    expect(text).toMatch(/unknown parameter "<script>"|unknown parameter "junk"/);
    await expect.poll(() => shown(w.page), WORKER).toMatchObject({ angles: 360, noise: 0.02 });
    expect(w.page.url()).not.toMatch(/junk|abc/);
    // Two angles and maximal noise: still a (poor) picture and a finite resolution, no error.
    const x = await site.open('#/demo/reconstruction?angles=2&noise=0.5&size=64&pnoise=5&per=5&classes=6');
    await expect.poll(() => shown(x.page), WORKER).toMatchObject({ angles: 2, noise: 0.5 });
    expect(Number.isFinite(await resolution(x.page))).toBe(true);
    expect(await x.page.locator('[data-demo="reconstruction"]').getAttribute('data-state')).toBe('ready');
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/reconstruction?present=1');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shown(w.page))?.angles, WORKER).toBe(4);
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shown(w.page))?.angles, WORKER).toBe(16);
    await screenshot(w, 'presenter-reconstruction');
  });

  test('fits a 375 px phone without sideways scrolling, in light and dark', async ({ site }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await site.open('#/demo/reconstruction', { width: 375, height: 740, colorScheme });
      await expect.poll(() => shown(w.page), WORKER).not.toBeNull();
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), colorScheme).toBeLessThanOrEqual(1);
    }
  });
});
