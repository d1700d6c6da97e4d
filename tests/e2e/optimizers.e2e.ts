import { describe, expect } from 'vitest';
import { screenshot, test } from './site';

describe('optimizers demo', () => {
  test('reaches ready with six paths, a results row each and a loss chart', async ({ site }) => {
    const w = await site.open('#/demo/optimizers');
    expect(await w.page.locator('[data-demo="optimizers"]').getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('.surface-plot .track').count()).toBe(6);
    expect(await w.page.locator('.results tbody tr').count()).toBe(6);
    expect(await w.page.locator('.line-chart path').count()).toBeGreaterThanOrEqual(6);
    await screenshot(w, 'optimizers-default');
  });

  test('a rate past SGD’s limit shows "diverged" with its step, and normalising makes it stable again', async ({ site }) => {
    const w = await site.open('#/demo/optimizers?lr=0.5');
    await expect.poll(() => w.page.locator('.results tr', { hasText: 'SGD' }).first().textContent()).toMatch(/diverged at step \d+/);
    await w.page.getByLabel(/Normalise the features/).check();
    await expect.poll(() => w.page.url()).toMatch(/norm=1|norm=true/);
    await expect.poll(() => w.page.locator('.results tr', { hasText: 'SGD' }).first().textContent()).not.toMatch(/diverged/);
  });

  test('agrees with tfjs’s own optimisers in the page', async ({ site }) => {
    const w = await site.open('#/demo/optimizers?surface=rosenbrock&lr=0.001&steps=200');
    await w.page.getByRole('button', { name: /Check against tfjs/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
    expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
  });

  test('repairs hostile parameters with a notice and stays ready', async ({ site }) => {
    const w = await site.open('#/demo/optimizers?lr=1e9&steps=-4&surface=everest&constructor=1&__proto__=x');
    expect(await w.page.locator('[data-demo="optimizers"]').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.locator('[data-notice]').textContent()).toMatch(/lr=1e9 is too large/);
  });
});
