import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const cell = (page: Page, q: number) => page.locator(`.dp [data-cell="${q}"]`);
const attr = (page: Page, name: string) => page.locator(`[${name}]`).first().getAttribute(name);

describe('alignment demo', () => {
  test('reaches ready with the notebook’s worked table, its traceback and a recount that agrees', async ({ site }) => {
    const w = await site.open('#/demo/alignment');
    expect(await w.page.locator('[data-demo="alignment"]').getAttribute('data-state')).toBe('ready');
    // Rows of GCAT × GAT (match 1, mismatch −1, d = 2), as in the notebook: G 1 −1 −3, C −1 0 −2, A −3 0 −1, T −5 −2 1.
    const row = async (i: number) => (await Promise.all([1, 2, 3].map((j) => cell(w.page, i * 4 + j).textContent()))).map((t) => t!.replace(/[↖↑←\s]/g, ''));
    expect(await row(1)).toEqual(['1', '−1', '−3']);
    expect(await row(2)).toEqual(['−1', '0', '−2']);
    expect(await row(4)).toEqual(['−5', '−2', '1']);
    expect(await w.page.locator('.alignment pre').textContent()).toMatch(/GCAT\n\| \|\|\nG-AT/);
    expect(await attr(w.page, 'data-check')).toBe('agrees');
    expect(await w.page.locator('.dp .path').count()).toBe(5);
  });

  test('hovering a cell fills in its three candidate moves', async ({ site }) => {
    const w = await site.open('#/demo/alignment');
    await cell(w.page, 10).hover(); // (C, A)
    const text = (await w.page.locator('.cell-formula').textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/H\(1, 1\) \+ s\(C, A\) = 1 − 1 = 0/);
    expect(text).toMatch(/H\(1, 2\) − 2 = −3/);
    expect(text).toMatch(/H\(2, 1\) − 2 = −3/);
  });

  test('the matrix is one tab stop and the arrow keys move the selected cell', async ({ site }) => {
    const w = await site.open('#/demo/alignment');
    expect(await w.page.locator('.dp [tabindex="0"]').count()).toBe(1);
    await cell(w.page, 5).focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => w.page.url()).toMatch(/cell=10/);
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('10');
    expect(await w.page.locator('.dp [tabindex="0"]').count()).toBe(1);
  });

  test('fills cell by cell: back to start, step, and jump to the end', async ({ site }) => {
    const w = await site.open('#/demo/alignment');
    await w.page.getByRole('button', { name: 'Back to the empty table' }).click();
    await expect.poll(() => attr(w.page, 'data-filled')).toBe('0');
    expect((await cell(w.page, 5).textContent())!.trim()).toBe('');
    await w.page.getByRole('button', { name: 'Fill one more cell' }).click();
    await w.page.getByRole('button', { name: 'Fill one more cell' }).click();
    await expect.poll(() => w.page.url()).toMatch(/filled=2/);
    expect((await cell(w.page, 6).textContent())!.replace(/[↖↑←\s]/g, '')).toBe('−1');
    await w.page.getByRole('button', { name: 'Play the fill' }).click();
    await expect.poll(() => attr(w.page, 'data-filled'), { timeout: 15000 }).toBe('12');
    await w.page.getByRole('button', { name: 'Back to the empty table' }).click();
    await w.page.getByRole('button', { name: 'Jump to the end' }).click();
    await expect.poll(() => attr(w.page, 'data-filled')).toBe('12');
  });

  test('local, affine and protein settings change the table and the score', async ({ site }) => {
    const w = await site.open('#/demo/alignment?pair=local&mode=local');
    expect(await attr(w.page, 'data-score')).toBe('3'); // ACG/ACG, the notebook's Smith–Waterman example
    expect(await w.page.locator('.alignment pre').textContent()).toMatch(/^ACG\n\|\|\|\nACG$/);
    await w.page.getByLabel('Sequences').selectOption('globin');
    await expect.poll(() => w.page.url()).toMatch(/scoring=blosum62/);
    await w.page.getByRole('radio', { name: /affine/ }).check();
    await expect.poll(() => w.page.url()).toMatch(/gaps=affine/);
    expect(await attr(w.page, 'data-check')).toBe('agrees');
    await w.page.getByRole('radio', { name: /Y \(gap in a/ }).check();
    expect(await w.page.locator('.dp[role="grid"]').getAttribute('aria-label')).toMatch(/^Dynamic-programming matrix Y/);
  });

  test('typed sequences are cleaned and capped at 40 letters, with a message', async ({ site }) => {
    const w = await site.open('#/demo/alignment');
    await w.page.getByLabel(/Sequence a/).fill('acgt'.repeat(12) + '!!');
    await expect.poll(() => w.page.url()).toMatch(/pair=custom/);
    const notes = await w.page.locator('.notes').textContent();
    expect(notes).toMatch(/removed 2 symbols/);
    expect(notes).toMatch(/cut from 48 to the first 40 letters/);
    expect(await attr(w.page, 'data-total')).toBe(String(40 * 3));
    expect(await attr(w.page, 'data-check')).toBe('agrees');
  });

  test('repairs hostile URL params with a notice', async ({ site }) => {
    const w = await site.open('#/demo/alignment?pair=evil&filled=99999&cell=-5&extend=abc&open=1e9&mode=&junk=1');
    const text = await w.page.locator('[data-notice]').textContent();
    expect(text).toMatch(/pair="evil" is not one of/);
    expect(text).toMatch(/filled=99999 is too large, set to max 12/);
    expect(text).toMatch(/cell=-5 is too small, set to min -1/);
    expect(text).toMatch(/extend="abc" is not a number/);
    expect(text).toMatch(/open=1e9 is too large, set to max 20/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await w.page.locator('[data-demo="alignment"]').getAttribute('data-state')).toBe('ready');
    expect(await attr(w.page, 'data-filled')).toBe('12');
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/alignment?present=1');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => attr(w.page, 'data-filled')).toBe('0');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('.cell-formula').textContent()).toMatch(/H\(2, 2\), C against A/);
    await screenshot(w, 'presenter-alignment');
  });

  test('fits a 375 px phone without sideways scrolling, the globins’ 41×41 table included', async ({ site }) => {
    for (const q of ['', '?pair=globin&scoring=blosum62']) {
      const w = await site.open(`#/demo/alignment${q}`, { width: 375, height: 740 });
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), q).toBeLessThanOrEqual(1);
    }
  });
});
