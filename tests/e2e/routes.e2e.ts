import { describe, expect } from 'vitest';
import { screenshot, states, test } from './site';
import { notebooks, demoIds } from './catalogue';
import { nonEmpty } from '../nonEmpty';

describe('every route renders cleanly in Chromium', () => {
  test('the home page lists every notebook and marks live demos', async ({ site }) => {
    const w = await site.open('#/');
    expect(await w.page.locator('.home-notebook').count()).toBe(notebooks.length);
    expect(await w.page.locator('.question-list .live').count()).toBeGreaterThan(0);
    await screenshot(w, 'home');
  });

  test.for(nonEmpty(notebooks, 'notebook list'))('notebook #/%s reaches ready with its demos', async (slug, { site }) => {
    const w = await site.open(`#/${slug}`);
    expect(await states(w)).not.toContain('error');
    expect(await w.page.locator('.cell-question').count()).toBeGreaterThan(0);
  });

  test.for(nonEmpty(demoIds, 'demo list'))('demo #/demo/%s reaches ready on its own route', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}`);
    expect(await w.page.locator(`[data-demo="${id}"]`).getAttribute('data-state')).toBe('ready');
    await screenshot(w, `demo-${id}`);
  });

  test('a deep link scrolls to its question', async ({ site }) => {
    const w = await site.open('#/training/fine-tuning');
    const top = await w.page.locator('#fine-tuning').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
  });

  test('an unknown route and an unknown demo explain themselves instead of a blank page', async ({ site }) => {
    const w = await site.open('#/no-such-notebook');
    await expect.poll(() => w.page.getByRole('alert').textContent()).toMatch(/No notebook called/);
    await w.page.goto(`${w.page.url().split('#')[0]}#/demo/no-such-demo`);
    await w.page.locator('[data-demo="no-such-demo"][data-state="error"]').waitFor();
    expect(await w.page.locator('.demo-error').textContent()).toMatch(/no demo called "no-such-demo"/);
  });
});
