import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './site';

/** Tab presses from the toolbar's presenter button until `target` has focus (gives up at `limit`). */
async function tabsTo(page: Page, target: string, limit = 500): Promise<number> {
  await page.locator('[data-present-toggle]').focus();
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.locator(target).evaluate((e) => e === document.activeElement)) return n;
  }
  return Infinity;
}
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

describe('tables and grids are one tab stop each', () => {
  test('clip: “New batch” is a few Tabs away even at n = 12, past the captions, both matrices and the map', async ({ site }) => {
    const w = await site.open('#/demo/clip?n=12');
    await w.page.waitForFunction(() => document.querySelector('[data-model-status]')?.getAttribute('data-result') === '2025/12', undefined, { timeout: 60000 });
    const n = await tabsTo(w.page, 'button:text-is("New batch")');
    console.log(`clip n=12: ${n} Tabs to "New batch"`);
    // Step bar, captions, two matrices, the reference check, the map's points, the seed box: about ten stops.
    expect(n).toBeLessThanOrEqual(15);
  });

  test('roi-align at out = 14: the settings are a few Tabs away, and arrow keys walk a matrix', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?out=14');
    const n = await tabsTo(w.page, 'select >> nth=0');
    console.log(`roi-align out=14: ${n} Tabs to the first setting`);
    expect(n).toBeLessThanOrEqual(15);
    const cells = w.page.locator('[aria-label="RoIAlign"] td');
    expect(await cells.evaluateAll((tds) => tds.filter((td) => td.getAttribute('tabindex') === '0').length)).toBe(1);
    await cells.first().focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await focusedCell(w.page)).toBe('1');
    await w.page.keyboard.press('ArrowDown');
    expect(await focusedCell(w.page)).toBe('15');
    await w.page.keyboard.press('End');
    expect(await focusedCell(w.page)).toBe('27');
    await w.page.keyboard.press('Control+End');
    expect(await focusedCell(w.page)).toBe(String(14 * 14 - 1));
    // Tab leaves the grid from wherever it is, and Shift+Tab comes back to that cell.
    await w.page.keyboard.press('Tab');
    expect(await focusedCell(w.page)).not.toBe(String(14 * 14 - 1));
    await w.page.keyboard.press('Shift+Tab');
    expect(await focusedCell(w.page)).toBe(String(14 * 14 - 1));
  });

  test('arrow keys inside a grid do not also change the presenter step', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?present=1');
    await w.page.locator('[aria-label="RoIAlign"] td').first().focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.locator('[aria-label="feature"]').focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await w.page.locator('[data-step]').getAttribute('data-step')).toBe('0');
  });
});
