import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, test } from './site';

/**
 * The swap test panel: a typed caption beside its automatic object swap, both embedded and scored, with each one's attention grid.
 * It reads the caption once scrolled to, as a reader would reach it: the test scrolls there first.
 */
const ready = async (page: Page) => {
  await page.locator('[data-panel="swap"]').scrollIntoViewIfNeeded();
  await page.locator('[data-swap-ready="yes"]').waitFor({ timeout: 60000 });
};
const swapped = (page: Page) => page.locator('[data-swap-text]').textContent();

describe('clip swap test', () => {
  test('shows a caption beside its swap, their cosine below 1, a score per image, and a grid per text', async ({ site }) => {
    const w = await site.open('#/demo/clip');
    await ready(w.page);
    expect(await swapped(w.page)).toBe('a blue square above a red circle');
    const cos = Number(await w.page.locator('[data-swap-cos]').getAttribute('data-swap-cos'));
    console.log(`clip swap test: cos(caption, swap) = ${cos}`);
    // A bag of words gives exactly 1; the transformer must tell the two texts apart.
    expect(cos).toBeLessThan(0.9999);
    expect(await w.page.locator('[data-swap-scores] tbody tr').count()).toBe(8);
    // CLS + 7 words: an 8 × 8 grid for both texts.
    expect(await w.page.locator('[data-attention-tokens="8"]').count()).toBe(2);
    expectClean(w);
  });

  test('typing a caption updates the swap and the grids; an empty caption and a caption of unknown words say so', async ({ site }) => {
    const w = await site.open('#/demo/clip');
    await ready(w.page);
    const box = w.page.getByLabel(/Caption to test/);
    await box.fill('a photo of a small green triangle to the left of a yellow circle');
    await expect.poll(() => swapped(w.page)).toBe('a photo of a yellow circle to the left of a small green triangle');
    await expect.poll(() => w.page.url()).toMatch(/caption=a(\+|%20)photo/);
    await expect.poll(() => w.page.locator('[data-attention-tokens]').first().getAttribute('data-attention-tokens')).toBe('15');
    await box.fill('');
    await expect.poll(() => w.page.locator('[data-caption-problem]').textContent()).toMatch(/empty/);
    await box.fill('zebra giraffe');
    await expect.poll(() => w.page.locator('[data-caption-problem]').textContent()).toMatch(/None of these words.*zebra/);
    await box.fill('a purple square');
    await expect.poll(() => w.page.locator('[data-no-swap]').count()).toBe(1);
    await w.page.locator('[data-attention-tokens="4"]').waitFor({ timeout: 30000 });
    expectClean(w);
  });

  test('the attention grid is one tab stop: arrow keys move the cell and the readout names both tokens', async ({ site }) => {
    const w = await site.open('#/demo/clip?layer=0&head=2');
    await ready(w.page);
    const grid = w.page.locator('[data-attention-tokens] .matrix').first();
    expect(await grid.locator('td[tabindex="0"]').count()).toBe(1);
    await grid.locator('td[tabindex="0"]').focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowDown');
    const readout = w.page.locator('.readout').first();
    await expect.poll(() => readout.textContent()).toMatch(/“a” \(query 1\) gives [\d.]+% of its attention to “a” \(key 1\)/);
    // Rows are softmax rows: the hovered query's weights sum to 1.
    const sum = await grid.evaluate((t) => [...t.querySelectorAll('tbody tr')[1].querySelectorAll('td')].reduce((a, td) => a + Number(td.textContent), 0));
    expect(Math.abs(sum - 1)).toBeLessThan(0.06); // 8 cells shown to 2 decimals: ±0.005 each
    await w.page.getByLabel(/Attention head/).focus();
    expect(w.page.url()).toMatch(/head=2/);
    expectClean(w);
  });

  test('a 5,000-character caption word does not widen the page, and a hostile caption URL is cut with a notice', async ({ site }) => {
    const long = 'x'.repeat(5000);
    const w = await site.open(`#/demo/clip?caption=${long}`, { width: 375, height: 740 });
    await expect.poll(() => w.page.locator('[data-notice]').textContent()).toMatch(/caption is 5000 characters long; cut to the first 300/);
    await w.page.locator('[data-caption-problem]').waitFor();
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
