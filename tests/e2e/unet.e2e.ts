import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

/** Waits until the prediction on screen is the one for `key` ("scene/noise"). */
const result = (page: Page, key: string) =>
  page.waitForFunction((k) => document.querySelector('[data-model-status]')?.getAttribute('data-result') === k, key, { timeout: 60000 });
const miou = async (page: Page, model: string) => Number(await page.locator(`tr[data-model="${model}"]`).getAttribute('data-miou'));
const predictionPixels = (page: Page) => page.locator('[aria-label="U-Net prediction"] canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

describe('unet demo', () => {
  test('loads the shipped U-Net and segments the default scene about as well as its card says', async ({ site }) => {
    const w = await site.open('#/demo/unet');
    await result(w.page, '39/0.03');
    expect(await w.page.locator('[data-model-status]').getAttribute('data-model-status')).toBe('ready');
    // The card reports 94.7% mean IoU on 1,000 held-out scenes; one scene varies (0.95 for the default one).
    expect(await miou(w.page, 'U-Net')).toBeGreaterThanOrEqual(0.8);
    expect(await w.page.locator('.engine-badge').first().textContent()).toMatch(/onnxruntime-web/);
    await screenshot(w, 'unet-light');
  });

  test('hovering a mask reads out the class under the pointer, not the RGB of its colour', async ({ site }) => {
    const w = await site.open('#/demo/unet');
    await result(w.page, '39/0.03');
    for (const panel of ['U-Net prediction', 'Ground-truth mask']) {
      await w.page.locator(`[aria-label="${panel}"] .pixel-grid`).hover({ position: { x: 2, y: 2 } });
      const text = await w.page.locator(`[aria-label="${panel}"] output`).textContent();
      expect(text, panel).toMatch(/\(0, 0\) = (background|circle|square|triangle)$/);
    }
    // The input image is a photo-like RGB image: its readout stays numeric.
    await w.page.locator('[aria-label="Input image"] .pixel-grid').hover({ position: { x: 2, y: 2 } });
    expect(await w.page.locator('[aria-label="Input image"] output').textContent()).toMatch(/\(0, 0\) = [\d.]+, [\d.]+, [\d.]+$/);
  });

  test('a new scene updates the prediction and the URL', async ({ site }) => {
    const w = await site.open('#/demo/unet');
    await result(w.page, '39/0.03');
    const before = await predictionPixels(w.page);
    await w.page.getByRole('button', { name: 'Next scene' }).click();
    await expect.poll(() => w.page.url()).toMatch(/scene=40\b/);
    await result(w.page, '40/0.03');
    expect(await predictionPixels(w.page)).not.toBe(before);
  });

  test('compares with the network trained without skips: a second model, a second row of IoU', async ({ site }) => {
    const w = await site.open('#/demo/unet?compare=1', { colorScheme: 'dark' });
    await result(w.page, '39/0.03');
    await w.page.locator('tr[data-model="no skips"]').first().waitFor({ timeout: 60000 });
    const [withSkips, without] = [await miou(w.page, 'U-Net'), await miou(w.page, 'no skips')];
    expect(Number.isFinite(without)).toBe(true);
    expect(withSkips).toBeGreaterThanOrEqual(without);
    await screenshot(w, 'unet-dark-compare');
  });

  test('selects a schematic block from the keyboard and shows its layers', async ({ site }) => {
    const w = await site.open('#/demo/unet');
    await w.page.getByRole('button', { name: /^mid 4×4×64: Bottleneck/ }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.url()).toMatch(/block=mid/);
    expect(await w.page.locator('.details').textContent()).toMatch(/mid_b.*4×4×64/);
  });

  test('presenter steps walk to the no-skip comparison', async ({ site }) => {
    const w = await site.open('#/demo/unet?present=1');
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/compare=1/);
    await w.page.locator('tr[data-model="no skips"]').first().waitFor({ timeout: 60000 });
    await screenshot(w, 'presenter-unet');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/unet?compare=1', { width: 375, height: 740 });
    await result(w.page, '39/0.03');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
