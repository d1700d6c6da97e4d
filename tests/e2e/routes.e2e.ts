import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { expectClean, open, screenshot, states } from './site';
import { notebooks, demoIds } from './catalogue';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every route renders cleanly in Chromium', () => {
  it('the home page lists every notebook and marks live demos', async () => {
    const w = await open(browser, '#/');
    expect(await w.page.locator('.home-notebook').count()).toBe(notebooks.length);
    expect(await w.page.locator('.question-list .live').count()).toBeGreaterThan(0);
    await screenshot(w, 'home');
    expectClean(w);
    await w.page.context().close();
  });

  it.each(notebooks)('notebook #/%s reaches ready with its demos', async (slug) => {
    const w = await open(browser, `#/${slug}`);
    expect(await states(w)).not.toContain('error');
    expect(await w.page.locator('.cell-question').count()).toBeGreaterThan(0);
    expectClean(w);
    await w.page.context().close();
  });

  it.each(demoIds)('demo #/demo/%s reaches ready on its own route', async (id) => {
    const w = await open(browser, `#/demo/${id}`);
    expect(await w.page.locator(`[data-demo="${id}"]`).getAttribute('data-state')).toBe('ready');
    await screenshot(w, `demo-${id}`);
    expectClean(w);
    await w.page.context().close();
  });

  it('a deep link scrolls to its question', async () => {
    const w = await open(browser, '#/training/fine-tuning');
    const top = await w.page.locator('#fine-tuning').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    expectClean(w);
    await w.page.context().close();
  });

  it('an unknown route and an unknown demo explain themselves instead of a blank page', async () => {
    const w = await open(browser, '#/no-such-notebook');
    await expect.poll(() => w.page.getByRole('alert').textContent()).toMatch(/No notebook called/);
    await w.page.goto(`${w.page.url().split('#')[0]}#/demo/no-such-demo`);
    await w.page.waitForSelector('[data-demo="no-such-demo"][data-state="error"]');
    expect(await w.page.locator('.demo-error').textContent()).toMatch(/no demo called "no-such-demo"/);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});
