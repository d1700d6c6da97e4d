import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ORIGIN, settled, test } from './site';

/** The colour-blind-safe palette option: a top-bar toggle, kept in localStorage, settable by `?palette=`. */
const toggle = (page: Page) => page.getByRole('button', { name: 'Colour-blind safe' });
const root = (page: Page) =>
  page.evaluate(() => ({
    palette: document.documentElement.dataset.palette ?? null,
    series0: getComputedStyle(document.documentElement).getPropertyValue('--series-0').trim(),
  }));
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('concept-notebook.palette'));
const square = (page: Page) =>
  page
    .locator('.legend .swatch')
    .nth(2)
    .evaluate((e) => getComputedStyle(e).backgroundColor);
const scoreCell = (page: Page) =>
  page
    .locator('table.matrix td[data-cell="0"]')
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);

describe('colour-blind-safe palette', () => {
  test('Enter on the toggle switches series and U-Net class colours at once, and the choice survives a reload', async ({ site }) => {
    const w = await site.open('#/demo/unet');
    expect(await toggle(w.page).getAttribute('aria-pressed')).toBe('false');
    expect(await root(w.page)).toEqual({ palette: null, series0: '#1864ab' });
    expect(await square(w.page)).toBe('rgb(255, 168, 77)');
    await toggle(w.page).focus();
    await w.page.keyboard.press('Enter');
    expect(await toggle(w.page).getAttribute('aria-pressed')).toBe('true');
    expect(await root(w.page)).toEqual({ palette: 'safe', series0: '#0068a5' });
    expect(await square(w.page)).toBe('rgb(230, 159, 0)'); // Okabe & Ito orange
    expect(await stored(w.page)).toBe('safe');
    await w.page.reload();
    await settled(w);
    expect(await root(w.page)).toEqual({ palette: 'safe', series0: '#0068a5' });
    await toggle(w.page).press('Space');
    expect(await root(w.page)).toEqual({ palette: null, series0: '#1864ab' });
    expect(await stored(w.page)).toBe('standard');
  });

  test('?palette=safe sets it for a link or a test, in dark too, and a colour-mapped matrix redraws when it is switched off', async ({ site }) => {
    const w = await site.open('?palette=safe#/demo/alignment', { colorScheme: 'dark' });
    expect(await root(w.page)).toEqual({ palette: 'safe', series0: '#56b4e9' });
    const safe = await scoreCell(w.page);
    await toggle(w.page).click();
    await expect.poll(() => scoreCell(w.page)).not.toBe(safe);
  });

  test('?palette=standard wins over a stored choice; a junk value falls back to it', async ({ site }) => {
    const w = await site.open('#/');
    await w.page.evaluate(() => localStorage.setItem('concept-notebook.palette', 'safe'));
    await w.page.goto(`${ORIGIN}/?palette=standard#/`);
    await settled(w);
    expect((await root(w.page)).palette).toBeNull();
    await w.page.evaluate(() => localStorage.setItem('concept-notebook.palette', '<script>'));
    await w.page.goto(`${ORIGIN}/?palette=%3Cb%3E#/`);
    await settled(w);
    expect((await root(w.page)).palette).toBeNull();
  });

  test('on a 375 px phone the toggle is an icon with the same name, and the top bar does not scroll sideways', async ({ site }) => {
    const w = await site.open('#/', { width: 375, height: 740 });
    const box = (await toggle(w.page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
