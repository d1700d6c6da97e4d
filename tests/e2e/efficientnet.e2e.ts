import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const macs = (page: Page) => page.locator('[data-block-macs]').getAttribute('data-block-macs').then(Number);
const params = (page: Page) => page.locator('[data-block-params]').getAttribute('data-block-params').then(Number);

describe('efficientnet demo', () => {
  test('reaches ready with B0’s stage-4 block, and graphCost agrees with the closed form', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet');
    expect(await w.page.locator('[data-demo="efficientnet"]').getAttribute('data-state')).toBe('ready');
    // Hand count at cin = cout = 40, e = 6, k = 5, r = 28, SE to 10: expand 28²·40·240 = 7,526,400;
    // depthwise 28²·240·25 = 4,704,000; SE 2·240·10 = 4,800; project 28²·240·40 = 7,526,400.
    expect(await macs(w.page)).toBe(7_526_400 + 4_704_000 + 4_800 + 7_526_400);
    expect(await w.page.locator('.check').getAttribute('data-agree')).toBe('true');
    await screenshot(w, 'efficientnet-light');
  });

  test('expansion, kernel, width and resolution change the counts as the formulas say', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet');
    const p0 = await params(w.page);
    const m0 = await macs(w.page);
    await w.page.getByRole('radiogroup', { name: 'Depthwise kernel k' }).getByRole('radio', { name: '3' }).check();
    await expect.poll(() => macs(w.page)).toBe(m0 - 28 * 28 * 240 * (25 - 9));
    await expect.poll(() => w.page.url()).toMatch(/kernel=3/);
    const slider = w.page.getByRole('slider', { name: /Input resolution r/ });
    await slider.fill('56');
    await expect.poll(() => w.page.url()).toMatch(/resolution=56/);
    expect(await params(w.page)).toBe(p0 - 240 * 16); // resolution adds no weights; k 5 → 3 took 240·16 of them
    await w.page.getByRole('radiogroup', { name: 'Expansion ratio e' }).getByRole('radio', { name: '1' }).check();
    await expect.poll(() => w.page.locator('[data-layer="expand"]').count()).toBe(0);
    expect(await w.page.locator('.check').getAttribute('data-agree')).toBe('true');
  });

  test('shows our φ = 1 grid search from its card, and a row loads its α, β, γ into the formulas', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet?phi=3');
    const grid = w.page.locator('[data-grid-candidates]');
    expect(Number(await grid.getAttribute('data-grid-candidates'))).toBeGreaterThan(0);
    // The table and the sliders hold two decimals (√2 shows as 1.41).
    const chosen = (await w.page.locator('[data-grid-chosen]').getAttribute('data-grid-chosen'))!.split(',').map((v) => Math.round(Number(v) * 100) / 100);
    expect(await w.page.locator('[data-grid-row="chosen"]').count()).toBe(1);
    await w.page.locator('[data-grid-row="chosen"]').getByRole('button', { name: 'use' }).click();
    await expect.poll(() => w.page.url()).not.toMatch(/phi=3/); // φ = 1 is the default, so it leaves the URL
    const [a, b, g] = chosen;
    await expect.poll(() => w.page.locator('[data-base]').textContent()).toBe((a * b * b * g * g).toFixed(3));
    expect(await w.page.locator('.verdict').textContent()).toMatch(/effnet-b1 and effnet-b2 use the paper’s values/);
  });

  test('fills in the compound-scaling formula', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet?phi=7');
    expect(await w.page.locator('[data-base]').textContent()).toBe('1.920');
    expect(Number(await w.page.locator('[data-flops-factor]').textContent())).toBeCloseTo((1.2 * 1.1 ** 2 * 1.15 ** 2) ** 7, 0);
    expect(await w.page.locator('tr.on th').textContent()).toBe('B7');
  });

  test('repairs hostile URL params and says so', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet?cin=99999&kernel=4&phi=-3&alpha=abc&resolution=0&x=1');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/cin=99999 is too large, set to max 320/);
    expect(text).toMatch(/kernel="4" is not one of 3, 5, 7/);
    expect(text).toMatch(/phi=-3 is too small/);
    expect(text).toMatch(/alpha="abc" is not a number/);
    expect(text).toMatch(/unknown parameter "x"/);
    expect(await w.page.locator('[data-demo="efficientnet"]').getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('.check').getAttribute('data-agree')).toBe('true');
  });

  test('the largest block (320 channels, e = 6, k = 7, 224 px) still counts and agrees', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet?cin=320&cout=320&kernel=7&resolution=224');
    expect(await macs(w.page)).toBeGreaterThan(1e10);
    expect(await w.page.locator('.check').getAttribute('data-agree')).toBe('true');
  });

  test('presenter steps walk from the block to compound scaling', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet?present=1');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-layer="expand"]').count()).toBe(0);
    for (let i = 0; i < 6; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/phi=7/);
    await screenshot(w, 'presenter-efficientnet');
  });

  test('plots the shipped family and measures each member’s latency in onnxruntime-web', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet');
    const family = w.page.locator('[data-panel="family"]');
    expect(Number(await family.getAttribute('data-members'))).toBe(9);
    expect(await family.locator('tr[data-member]').count()).toBe(9);
    await family.getByRole('button', { name: /Measure latency/ }).click();
    await expect.poll(() => family.locator('[data-latency-status]').getAttribute('data-latency-status'), { timeout: 120000 }).toBe('done');
    const cells = await family.locator('tr[data-member] td:nth-child(9)').allTextContents();
    expect(cells.every((t) => /^\d+\.\d\d ms$/.test(t))).toBe(true);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/efficientnet', { width: 375, height: 740 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
