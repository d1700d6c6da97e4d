import { describe, expect } from 'vitest';
import { screenshot, test } from './site';

describe('augmentation demo', () => {
  test('reaches ready with the original, the augmented scene, an object table and eight gallery draws', async ({ site }) => {
    const w = await site.open('#/demo/augmentation');
    expect(await w.page.locator('[data-demo="augmentation"]').getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('.pair .aug-image').count()).toBe(2);
    expect(await w.page.locator('.gallery li').count()).toBe(8);
    expect(await w.page.locator('.objects tbody tr').count()).toBeGreaterThan(0);
    expect(await w.page.locator('.note').textContent()).toMatch(/crop \d+×\d+ at/);
    await screenshot(w, 'augmentation-default');
  });

  test('label-breaking crops flag broken labels, and switching the transform changes the view', async ({ site }) => {
    const w = await site.open('#/demo/augmentation?op=crop');
    await w.page.getByLabel(/label-breaking/).check();
    await expect.poll(() => w.page.url()).toMatch(/breaking=1/);
    await expect.poll(() => w.page.locator('.gallery h3').textContent()).toMatch(/[1-8] of 8 break a label/);
    await w.page.getByRole('combobox', { name: /^Transform/ }).selectOption('rotate');
    await expect.poll(() => w.page.locator('.note').textContent()).toMatch(/rotate 45°/);
    await expect.poll(() => w.page.locator('.verdict').textContent()).toMatch(/box loose, IoU 0\.\d\d/);
  });

  test('every transform renders without error', async ({ site }) => {
    for (const op of ['flip', 'jitter', 'cutout', 'mixup', 'cutmix', 'mosaic']) {
      const w = await site.open(`#/demo/augmentation?op=${op}&breaking=1`);
      expect(await w.page.locator('[data-demo="augmentation"]').getAttribute('data-state')).toBe('ready');
      expect(await w.page.locator('.note').textContent()).not.toBe('');
    }
  });

  test('the bilinear warp agrees with tfjs’s tf.image.transform in the page', async ({ site }) => {
    const w = await site.open('#/demo/augmentation?op=rotate&angle=40&seed=9');
    await w.page.getByRole('button', { name: /Check against tfjs/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
    expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
  });

  test('repairs hostile parameters with a notice and stays ready', async ({ site }) => {
    const w = await site.open('#/demo/augmentation?op=explode&seed=-3&angle=1e9&__proto__=x');
    expect(await w.page.locator('[data-demo="augmentation"]').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.locator('[data-notice]').textContent()).toMatch(/angle=1e9 is too large/);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/augmentation?op=mosaic', { width: 375, height: 740 });
    expect(await w.page.locator('[data-demo="augmentation"]').getAttribute('data-state')).toBe('ready');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(w, 'augmentation-phone');
  });
});
