import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './site';
import type { Site } from './site';

/** Opens the demo and waits until every panel has its first simulated result (the demo reports ready before that). */
async function drawn(site: Site, hash: string, opts?: Parameters<Site['open']>[1]) {
  const w = await site.open(hash, opts);
  await w.page.locator('[data-drawn]').waitFor({ timeout: 60000 });
  return w;
}

const root = '[data-demo="delivery"]';
const row = (page: Page, g: string) => page.locator(`tr[data-guarantee="${g}"]`);
const counts = async (page: Page, g: string) => [
  Number(await row(page, g).getAttribute('data-lost')),
  Number(await row(page, g).getAttribute('data-duplicates')),
];

describe('delivery demo', () => {
  test('reaches ready: at-most-once only loses, at-least-once only duplicates, the idempotency key does neither', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    const [amoLost, amoDup] = await counts(w.page, 'at-most-once');
    const [aloLost, aloDup] = await counts(w.page, 'at-least-once');
    expect(amoLost).toBeGreaterThan(0);
    expect(amoDup).toBe(0);
    expect(aloLost).toBe(0);
    expect(aloDup).toBeGreaterThan(0);
    expect(await counts(w.page, 'effectively-once')).toEqual([0, 0]);
    expect(await w.page.getByRole('gridcell').count()).toBe(200);
  });

  test('without faults every guarantee applies each message once; the guarantee radio moves the highlight and the URL', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery?loss=0&crash=0');
    for (const g of ['at-most-once', 'at-least-once', 'effectively-once']) expect(await counts(w.page, g)).toEqual([0, 0]);
    await w.page.getByRole('radio', { name: /effectively-once/ }).check();
    await expect.poll(() => w.page.url()).toMatch(/guarantee=effectively-once/);
    await expect.poll(() => w.page.locator('tr.chosen').getAttribute('data-guarantee')).toBe('effectively-once');
  });

  test('deleting the cache entry on write leaves no stale reads, and the message strip reads out by keyboard', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery?invalidate=1');
    expect(await w.page.locator('[data-stale]').getAttribute('data-stale')).toBe('0');
    await w.page.getByRole('gridcell').first().focus();
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^message 26: /);
  });

  test('repairs hostile URL params and says what it fixed', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery?loss=0.9&guarantee=exactly-once&messages=0');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/loss=0.9 is too large, set to max 0.45/);
    expect(text).toMatch(/guarantee="exactly-once" is not one of/);
    expect(text).toMatch(/messages=0 is too small, set to min 10/);
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
  });

  test('presenter step 5 switches to effectively-once under 5% faults: nothing lost or duplicated', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery?step=5');
    await expect.poll(() => w.page.locator('tr.chosen').getAttribute('data-guarantee')).toBe('effectively-once');
    expect(await counts(w.page, 'effectively-once')).toEqual([0, 0]);
  });

  test('fits a 375 px phone without sideways scrolling, in dark mode', async ({ site }) => {
    const w = await drawn(site, '#/demo/delivery', { width: 375, height: 800, colorScheme: 'dark' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  });
});
