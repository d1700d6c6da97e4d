import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const root = (page: Page) => page.locator('[data-demo="ctf"]');
const firstZero = (page: Page) => page.locator('[data-first-zero]').getAttribute('data-first-zero');

describe('ctf demo', () => {
  test('reaches ready with the first zero at 17.37 Å and the notebook table confirmed', async ({ site }) => {
    const w = await site.open('#/demo/ctf');
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
    // 300 kV, Cs 2.7 mm, A 0.07, 1.5 µm: the notebook prints ≈ 17.4 Å.
    expect(await firstZero(w.page)).toBe('17.37');
    expect(await w.page.locator('[data-notebook-table] td.ok').count()).toBe(3);
    expect(await w.page.locator('[data-notebook-table] td.bad').count()).toBe(0);
    // CTF(0) = +A: the curve's caption and the formula both say so.
    expect(await w.page.locator('[data-curve-readout]').textContent()).toMatch(/CTF\(0\) = 0\.07\b/);
    await screenshot(w, 'ctf');
  });

  test('the defocus slider moves the zeros, writes the URL and keeps the table honest', async ({ site }) => {
    const w = await site.open('#/demo/ctf');
    const slider = w.page.getByRole('slider', { name: /Defocus ΔfU/ });
    await slider.focus();
    for (let i = 0; i < 10; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/dfU=1\.6\b/);
    // More defocus: the first zero moves to lower resolution (a larger spacing).
    await expect.poll(() => firstZero(w.page).then(Number)).toBeGreaterThan(17.37);
    // The table does not depend on the defocus slider, so it still matches the notebook.
    expect(await w.page.locator('[data-notebook-table] td.ok').count()).toBe(3);
    await w.page.getByRole('radio', { name: '200 kV' }).check();
    await expect.poll(() => w.page.locator('[data-notebook-table] td.ok').count()).toBe(0);
    expect(await w.page.locator('[data-notebook-table]').textContent()).toMatch(/now \(200 kV/);
  });

  test('phase flipping raises the correlation with the particle', async ({ site }) => {
    const w = await site.open('#/demo/ctf?dfU=2&dfV=2');
    const [recorded, flipped] = await w.page.locator('[data-correlation]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-correlation'))));
    expect(flipped).toBeGreaterThan(recorded + 0.05);
  });

  test('agrees with RELION’s getCTF written out in the page, astigmatism and phase shift included', async ({ site }) => {
    const w = await site.open('#/demo/ctf?kv=200&dfU=2.1&dfV=1.7&astAngle=35&cs=2&ac=0.1&bf=80&phase=20');
    await w.page.getByRole('button', { name: /Check against RELION/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 30000 });
    expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
  });

  test('clamps garbage URL params and says what it fixed', async ({ site }) => {
    const w = await site.open('#/demo/ctf?kv=250&dfU=99&ac=-1&curve=bogus&junk=1');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/kv="250" is not one of 100, 120, 200, 300/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/dfU=99 is too large, set to max 5/);
    expect(text).toMatch(/ac=-1 is too small, set to min 0/);
    expect(text).toMatch(/curve="bogus"/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.url()).toMatch(/dfU=5\b/);
  });

  test('extreme optics stay drawable: no zero before Nyquist, Cs 0, A 0.5, a 180° phase plate', async ({ site }) => {
    const w = await site.open('#/demo/ctf?dfU=0.1&dfV=0.1&pixel=4');
    expect(await firstZero(w.page)).toBe('none');
    expect(await w.page.locator('[data-zero-table]').textContent()).toMatch(/No zero before Nyquist/);
    const w2 = await site.open('#/demo/ctf?cs=0&ac=0.5&phase=180&bf=400&dfU=5&dfV=0.1&pixel=0.5');
    expect(await root(w2.page).getAttribute('data-state')).toBe('ready');
    expect(Number(await firstZero(w2.page))).toBeGreaterThan(0);
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/ctf?present=1');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => firstZero(w.page)).toBe('17.37');
    await w.page.keyboard.press('ArrowRight');
    // Step 2: Δf 2.5 µm, the first zero at lower resolution.
    await expect.poll(() => firstZero(w.page).then(Number)).toBeGreaterThan(20);
    await expect.poll(() => w.page.url()).toMatch(/step=2/);
    await screenshot(w, 'presenter-ctf');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/ctf', { width: 375, height: 740 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
