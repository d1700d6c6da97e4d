import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';
const tokenCount = (page: Page) => page.locator('[data-tokens]').getAttribute('data-tokens').then(Number);
const stripLength = (page: Page) => page.locator('.strip button').count();

describe('vit-patching demo', () => {
  test('reaches ready on its own route with 64 + 1 tokens and no console error', async ({ site }) => {
    const w = await site.open('#/demo/vit-patching');
    expect(await w.page.locator('[data-demo="vit-patching"]').getAttribute('data-state')).toBe('ready');
    expect(await tokenCount(w.page)).toBe(65);
    expect(await stripLength(w.page)).toBe(64);
    expect(await w.page.locator('.formula').textContent()).toMatch(/\(64·64\)\/8² = 4,096\/64 = 64 patches/);
  });

  test('changing P updates the token count, the strip and the URL, keeping the selection in place', async ({ site }) => {
    const w = await site.open('#/demo/vit-patching');
    const group = w.page.getByRole('radiogroup', { name: 'Patch size P' });
    await group.getByRole('radio', { name: '16' }).check();
    await expect.poll(() => tokenCount(w.page)).toBe(17);
    expect(await stripLength(w.page)).toBe(16);
    await expect.poll(() => w.page.url()).toMatch(/p=16/);
    // Patch 20 at P = 8 is row 2, column 4: its centre (36, 20) px lies in patch 6 (row 1, column 2) at P = 16.
    expect(w.page.url()).toMatch(/sel=6/);
    await group.getByRole('radio', { name: '4' }).check();
    await expect.poll(() => tokenCount(w.page)).toBe(257);
    await expect.poll(() => w.page.url()).toMatch(/p=4/);
  });

  test('agrees with onnxruntime-web Conv and Resize in the page', async ({ site }) => {
    for (const q of ['', '?p=16&size=96&align=align_corners', '?p=4&size=32&image=gradient&pos=random&base=96']) {
      const w = await site.open(`#/demo/vit-patching${q}`);
      await w.page.getByRole('button', { name: /Check against onnxruntime/ }).click();
      await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
      expect(await w.page.locator('.reference-check output').textContent(), q).toMatch(/within tolerance/);
    }
  });

  test('clamps garbage URL params and says what it fixed', async ({ site }) => {
    const w = await site.open('#/demo/vit-patching?p=7&size=1000&sel=99999&interp=maybe&junk=1');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/p="7" is not one of 4, 8, 16/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/size="1000" is not one of 32, 48, 64, 96/);
    // The grid on screen (64 px at P = 8) has 64 patches, so the selection is clamped to the last of them.
    expect(text).toMatch(/sel=99999 is too large, set to max 63 \(a 64 px image at P = 8 has 64 patches/);
    expect(text).toMatch(/interp="maybe"/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await w.page.locator('[data-demo="vit-patching"]').getAttribute('data-state')).toBe('ready');
    expect(await tokenCount(w.page)).toBe(65); // defaults: 64 px, P = 8
    await expect.poll(() => w.page.url()).toMatch(/sel=63\b/);
    expect(w.page.url()).not.toMatch(/p=7|junk|maybe/);
  });

  test('walks the token strip with the arrow keys', async ({ site }) => {
    const w = await site.open('#/demo/vit-patching');
    await w.page.getByRole('button', { name: 'Token 21: patch 20' }).focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/sel=22/);
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Token 23: patch 22');
    await w.page.keyboard.press('End');
    await expect.poll(() => w.page.url()).toMatch(/sel=63/);
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/vit-patching?present=1');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => tokenCount(w.page)).toBe(5);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => tokenCount(w.page)).toBe(17);
    for (let i = 0; i < 4; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-pos-status]').getAttribute('data-pos-status')).toBe('mismatch');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-pos-status]').getAttribute('data-pos-status')).toBe('interpolated');
    await screenshot(w, 'presenter-vit-patching');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    for (const q of ['', '?p=4&size=96']) {
      const w = await site.open(`#/demo/vit-patching${q}`, { width: 375, height: 740 });
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, q).toBeLessThanOrEqual(1);
    }
  });
});
