import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const attr = (page: Page, name: string) => page.locator(`[${name}]`).first().getAttribute(name);
const minhashDone = (page: Page) => page.locator('[data-size]').count();

describe('minimizers demo', () => {
  test('reaches ready with the minimizers marked and the guarantee holding on w + k − 1 shared bases', async ({ site }) => {
    const w = await site.open('#/demo/minimizers');
    expect(await w.page.locator('[data-demo="minimizers"]').getAttribute('data-state')).toBe('ready');
    expect(Number(await attr(w.page, 'data-minimizers'))).toBeGreaterThan(10);
    expect(await attr(w.page, 'data-fits')).toBe('yes');
    expect(Number(await attr(w.page, 'data-common'))).toBeGreaterThan(0);
    expect(await w.page.locator('.guarantee').textContent()).toMatch(/✓/);
  });

  test('the arrow keys move the window and its k-mers are listed with the winner', async ({ site }) => {
    const w = await site.open('#/demo/minimizers');
    await w.page.getByRole('group', { name: /Sequence a/ }).focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/win=2\b/);
    await expect.poll(() => w.page.locator('.window-panel tbody tr').count()).toBe(6);
    expect(await w.page.locator('.window-panel tr.win').count()).toBe(1);
    await w.page.keyboard.press('End');
    await expect.poll(() => w.page.url()).toMatch(/win=110\b/); // 120 − 5 − 6 + 1
  });

  test('one shared base fewer than w + k − 1: no whole window fits and the page says so', async ({ site }) => {
    const w = await site.open('#/demo/minimizers?shared=9');
    expect(await attr(w.page, 'data-fits')).toBe('no');
    expect(await w.page.locator('.guarantee').textContent()).toMatch(/L < 10: no whole window fits/);
  });

  test('MinHash estimates converge on the exact Jaccard and the Mash distance is filled in', async ({ site }) => {
    const w = await site.open('#/demo/minimizers?mlen=3000');
    expect(await minhashDone(w.page)).toBe(0); // below the fold: nothing hashed yet
    await w.page.locator('[data-panel="minhash"]').scrollIntoViewIfNeeded();
    await expect.poll(() => minhashDone(w.page), { timeout: 60000 }).toBe(1);
    const panel = await w.page.locator('.minhash .formula-panel').textContent();
    expect(panel).toMatch(/Mash distance D = −\(1\/k\)·ln\(2ĵ\/\(1\+ĵ\)\) = −\(1\/21\)/);
    await w.page.getByRole('radio', { name: '5000' }).check();
    await expect.poll(() => w.page.url()).toMatch(/smax=5000/);
    await expect.poll(() => attr(w.page, 'data-size'), { timeout: 60000 }).toBe('5000');
  });

  test('a typed genome with junk and too many bases is cleaned, with notes', async ({ site }) => {
    const w = await site.open('#/demo/minimizers');
    await w.page.getByRole('textbox', { name: /Genome a/ }).fill('ACGTXACGT'.repeat(50));
    const notes = await w.page.locator('.notes').textContent();
    expect(notes).toMatch(/50 symbols outside ACGT became N/);
    expect(notes).toMatch(/cut from 450 to the first 400 bases/);
    await w.page.getByRole('button', { name: 'Back to the seeded genome' }).click();
    expect(await w.page.locator('.notes').count()).toBe(0);
  });

  test('repairs hostile URL params with a notice and copes with w and k at their limits', async ({ site }) => {
    const w = await site.open('#/demo/minimizers?k=99&w=0&shared=999&win=5000&mlen=1e12&smax=7&canonical=maybe&x=1');
    const text = await w.page.locator('[data-notice]').textContent();
    expect(text).toMatch(/k=99 is too large, set to max 15/);
    expect(text).toMatch(/w=0 is too small, set to min 1/);
    expect(text).toMatch(/shared=999 is too large, set to max 60/);
    expect(text).toMatch(/win=5000 is too large, set to max/);
    expect(text).toMatch(/smax="7" is not one of 1000, 5000/);
    expect(text).toMatch(/canonical="maybe" is not true\/false/);
    expect(await w.page.locator('[data-demo="minimizers"]').getAttribute('data-state')).toBe('ready');
    const x = await site.open('#/demo/minimizers?length=30&k=15&w=20&shared=30');
    expect(await x.page.locator('[data-demo="minimizers"]').getAttribute('data-state')).toBe('ready');
    expect(await attr(x.page, 'data-fits')).toBe('no'); // 30 < 20 + 15 − 1
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/minimizers?present=1');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('.window-panel h3').textContent()).toMatch(/^Window 0:/);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => attr(w.page, 'data-fits')).toBe('no');
    await screenshot(w, 'presenter-minimizers');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/minimizers', { width: 375, height: 740 });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  });
});
