import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const root = (page: Page) => page.locator('[data-demo="registration"]');
const settledResult = (page: Page) => expect.poll(() => page.locator('[data-pending]').getAttribute('data-pending'), { timeout: 30000 }).toBe('false');
const recovered = async (page: Page) => (await page.locator('[data-recovered]').getAttribute('data-recovered'))!.split(',').map(Number);
const attr = (page: Page, name: string) => page.locator(`[${name}]`).first().getAttribute(name);

describe('registration demo', () => {
  test('reaches ready; phase correlation recovers the default (6.5, −3.25) px shift within 0.25 px', async ({ site }) => {
    const w = await site.open('#/demo/registration');
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
    // Parabolic sub-pixel peak with noise 0.1: measured errors 0.04–0.15 px on this scene.
    expect(Number(await attr(w.page, 'data-error'))).toBeLessThan(0.25);
    await screenshot(w, 'registration-phase');
  });

  test('the shift sliders move b, and the recovered shift follows them', async ({ site }) => {
    const w = await site.open('#/demo/registration');
    const slider = w.page.getByRole('slider', { name: /True shift x/ });
    await slider.focus();
    for (let i = 0; i < 14; i++) await w.page.keyboard.press('ArrowLeft'); // 6.5 − 14 × 0.25 = 3
    await expect.poll(() => w.page.url()).toMatch(/dx=3\b/);
    await settledResult(w.page);
    await expect.poll(async () => Math.abs((await recovered(w.page))[0] - 3)).toBeLessThan(0.25);
    await w.page.getByRole('combobox', { name: /^Sub-pixel peak/ }).selectOption('none');
    await settledResult(w.page);
    await expect.poll(async () => (await recovered(w.page)).join(',')).toBe('3,-3');
  });

  test('a rotation breaks phase correlation; Fourier–Mellin recovers 8° and 1.15× and then the shift', async ({ site }) => {
    const w = await site.open('#/demo/registration?angle=8');
    expect(Number(await attr(w.page, 'data-error'))).toBeGreaterThan(1);
    const m = await site.open('#/demo/registration?view=mellin&angle=8&scale=1.15');
    // 512 angle rows of 0.7° and 128 log-radius columns of 3.2%: the kernel's tests bound it by 0.3° and 1%.
    expect(Math.abs(Number(await attr(m.page, 'data-angle')) - 8)).toBeLessThan(0.3);
    expect(Math.abs(Number(await attr(m.page, 'data-scale')) / 1.15 - 1)).toBeLessThan(0.01);
    const [dx, dy] = (await attr(m.page, 'data-shift'))!.split(',').map(Number);
    // The shift after undoing an estimated rotation and scale: 0.5 px (the estimate's own error moves content by ~0.3 px at the edges).
    expect(Math.hypot(dx - 6.5, dy + 3.25)).toBeLessThan(0.5);
    await screenshot(m, 'registration-mellin');
  });

  test('steps through RANSAC: first, next, last; the final homography lands within 1.5 px of the truth', async ({ site }) => {
    const w = await site.open('#/demo/registration?view=ransac&angle=4&scale=1.05');
    const shown = () => attr(w.page, 'data-shown').then(Number);
    const total = Number(await attr(w.page, 'data-iterations'));
    expect(total).toBeGreaterThan(1);
    expect(await shown()).toBe(total);
    // Harris corners to about a pixel over a 128 px image: 1.5 px at the corners, a wrong model is off by tens.
    expect(Number(await attr(w.page, 'data-corner-error'))).toBeLessThan(1.5);
    await w.page.getByRole('button', { name: 'first' }).click();
    await expect.poll(shown).toBe(1);
    await expect.poll(() => w.page.url()).toMatch(/iter=1\b/);
    await w.page.getByRole('button', { name: 'next →' }).click();
    await expect.poll(shown).toBe(2);
    expect(await w.page.locator('.ransac .formula-panel').textContent()).toMatch(/N = log\(1 − p\) \/ log\(1 − w⁴\) = log\(1 − 0\.99\)/);
    await w.page.getByRole('button', { name: 'last' }).click();
    await expect.poll(shown).toBe(total);
    await screenshot(w, 'registration-ransac');
  });

  test('more false matches need more iterations, as N = log(1 − p)/log(1 − w⁴) says', async ({ site }) => {
    const few = await site.open('#/demo/registration?view=ransac&outliers=0.2');
    const many = await site.open('#/demo/registration?view=ransac&outliers=0.7');
    const [a, b] = [Number(await attr(few.page, 'data-iterations')), Number(await attr(many.page, 'data-iterations'))];
    expect(b).toBeGreaterThan(3 * a);
  });

  test('clamps garbage URL params and says what it fixed', async ({ site }) => {
    const w = await site.open('#/demo/registration?view=affine&dx=1e9&scale=0&subpixel=magic&iter=-5&seed=2.5&junk=1');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/view="affine" is not one of phase, mellin, ransac/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/dx=1e9 is too large, set to max 24/);
    expect(text).toMatch(/scale=0 is too small, set to min 0\.75/);
    expect(text).toMatch(/subpixel="magic"/);
    expect(text).toMatch(/iter=-5 is too small, set to min 1/);
    expect(text).toMatch(/seed=2\.5 is not a whole number; rounded to 3/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
  });

  test('extreme settings stay on screen: the largest shift, rotation, scale and noise, and 85% false matches', async ({ site }) => {
    for (const q of [
      '?dx=24&dy=-24&noise=1.5',
      '?view=mellin&angle=-60&scale=0.75&noise=1.5',
      '?view=ransac&outliers=0.85&angle=60&scale=1.35',
      '?scene=shapes&view=ransac',
    ]) {
      const w = await site.open(`#/demo/registration${q}`);
      expect(await root(w.page).getAttribute('data-state'), q).toBe('ready');
    }
  });

  test('steps through the argument in presenter mode', async ({ site }) => {
    const w = await site.open('#/demo/registration?present=1');
    const view = () => w.page.locator('[data-view]').getAttribute('data-view');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await settledResult(w.page);
    await expect.poll(async () => (await recovered(w.page)).join(',')).toBe('6,-3');
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(view).toBe('mellin');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(view).toBe('ransac');
    await settledResult(w.page);
    await expect.poll(() => attr(w.page, 'data-shown')).toBe('1');
    await screenshot(w, 'presenter-registration');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    for (const view of ['phase', 'mellin', 'ransac']) {
      const w = await site.open(`#/demo/registration?view=${view}`, { width: 375, height: 740 });
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, view).toBeLessThanOrEqual(1);
    }
  });
});
