import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

/** 300 scenes through two models on a loaded 2-core machine: minutes, not seconds. */
const RUN_MS = 300000;
/** Waits until both models' readings on screen are for `key` ("none/0", "noise/0.5") and the fusion table is drawn. */
const result = (page: Page, key: string) =>
  page.waitForFunction(
    (k) => document.querySelector('[data-model-status]')?.getAttribute('data-result') === k && document.querySelector('[data-fused-accuracy]') !== null,
    key,
    { timeout: RUN_MS, polling: 1000 },
  );
const attr = async (page: Page, sel: string, name: string) => Number(await page.locator(sel).first().getAttribute(name));
const fused = (page: Page) => attr(page, '[data-fused-accuracy]', 'data-fused-accuracy');

describe('multi-model demo', () => {
  test(
    'reaches ready; the weight slider moves the fused accuracy between the two models; a missing prompt is vetoed by the product only; a corruption re-renders the scenes',
    async ({ site }) => {
      const w = await site.open('#/demo/multi-model?w=1&missing=triangle');
      expect(await w.page.locator('[data-demo="multi-model"]').getAttribute('data-state')).toBe('ready');
      await result(w.page, 'none/0');
      const t0 = Date.now();
      const vit = await attr(w.page, '[data-vit-accuracy]', 'data-vit-accuracy');
      const clip = await attr(w.page, '[data-clip-accuracy]', 'data-clip-accuracy');
      // w = 1 is the ViT alone, exactly: a weight of 0 drops CLIP, −∞ and all.
      expect(await fused(w.page)).toBe(vit);
      // Three shapes: chance is 1/3; the trained ViT is well above it on clean scenes.
      expect(vit).toBeGreaterThan(0.5);
      expect(vit).toBeLessThanOrEqual(1);

      // Keyboard on the slider: Home is w = 0, CLIP alone.
      await w.page.getByRole('slider', { name: /Weight on the ViT/ }).focus();
      await w.page.keyboard.press('Home');
      await expect.poll(() => w.page.url()).toMatch(/w=0(?![.\d])/);
      await expect.poll(() => fused(w.page)).toBe(clip);
      // A class CLIP has no prompt for: at w = 0.5 the product never names it, the mixture can.
      await w.page.getByRole('slider', { name: /Weight on the ViT/ }).fill('0.5');
      // 0.5 is the default, which the URL leaves out.
      await expect.poll(() => w.page.url()).not.toMatch(/[?&]w=/);
      await expect.poll(() => attr(w.page, '[data-missing-fused]', 'data-missing-fused')).toBe(0);
      const product = await fused(w.page);
      await w.page
        .locator('[data-panel="failure"]')
        .getByRole('radio', { name: /mixture/ })
        .check();
      await expect.poll(() => w.page.url()).toMatch(/rule=linear/);
      await expect.poll(() => attr(w.page, '[data-missing-fused]', 'data-missing-fused')).toBeGreaterThan(0);
      const mixture = await fused(w.page);
      console.log(
        `multi-model clean: ViT ${vit}, CLIP (no triangle prompt) ${clip}; w = 0.5 product ${product}, mixture ${mixture}; page updates took ${Date.now() - t0} ms`,
      );
      expect(await w.page.locator('.multi-model').textContent()).not.toMatch(/NaN/);
      await screenshot(w, 'multi-model-light');

      await w.page.getByLabel('Corruption of the input').selectOption('noise');
      await result(w.page, 'noise/0.5');
      const noisy = await attr(w.page, '[data-vit-accuracy]', 'data-vit-accuracy');
      console.log(`multi-model ViT accuracy: clean ${vit}, noise 0.5 ${noisy}`);
      expect(noisy).not.toBe(vit);
      expect(await w.page.locator('[data-escalated]').count()).toBe(1);
    },
    3 * RUN_MS,
  );

  test('hostile URL params are repaired with a notice', async ({ site }) => {
    const w = await site.open('#/demo/multi-model?w=7&rule=sum&corruption=fire&level=-3&missing=dog&tau=NaN&scene=99999');
    const text = (await w.page.locator('[data-notice]').textContent()) ?? '';
    console.log(`multi-model notice: ${text}`);
    expect(text).toMatch(/w=7 is too large, set to max 1/);
    expect(text).toMatch(/rule="sum"/);
    expect(text).toMatch(/corruption="fire"/);
    expect(text).toMatch(/level=-3/);
    expect(text).toMatch(/missing="dog"/);
    expect(text).toMatch(/tau/);
    expect(text).toMatch(/scene=99999/);
    expect(await w.page.locator('[data-demo="multi-model"]').getAttribute('data-state')).toBe('ready');
  });

  test(
    'on a 375 px phone in dark mode every panel fits the width',
    async ({ site }) => {
      const w = await site.open('#/demo/multi-model', { width: 375, height: 800, colorScheme: 'dark' });
      await result(w.page, 'none/0');
      const over = await w.page.evaluate(() =>
        [...document.querySelectorAll('.multi-model .panel')].map((p) => ({ panel: p.getAttribute('data-panel'), overflow: p.scrollWidth - p.clientWidth })),
      );
      console.log(`multi-model at 375 px: ${JSON.stringify(over)}`);
      expect(over).toHaveLength(4);
      // Tables scroll inside their own box; the panel itself must not be wider than the screen.
      for (const o of over) expect(o.overflow, o.panel ?? '').toBeLessThanOrEqual(1);
      await w.page.locator('[data-panel="scenes"]').scrollIntoViewIfNeeded();
      await screenshot(w, 'multi-model-phone-dark');
    },
    RUN_MS + 60000,
  );
});
