import { describe, expect } from 'vitest';
import { test } from './site';
import type { Site } from './site';

/** Opens the demo and waits until every panel has its first simulated result (the demo reports ready before that). */
async function drawn(site: Site, hash: string, opts?: Parameters<Site['open']>[1]) {
  const w = await site.open(hash, opts);
  await w.page.locator('[data-drawn]').waitFor({ timeout: 60000 });
  return w;
}

const root = '[data-demo="fan-out"]';

describe('fan-out demo', () => {
  test('reaches ready with 1 − 0.99¹⁰⁰ = 63.4% and the simulated share next to it', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    const panel = w.page.locator('[data-exact]');
    expect(await panel.getAttribute('data-exact')).toBe('63.4');
    // 4,000 requests: the simulated share's sd is 0.76 points; 3 points is ~4 sd.
    expect(Math.abs(Number(await panel.getAttribute('data-simulated')) - 63.4)).toBeLessThan(3);
    // Hedging: 1 − (1 − p²)ⁿ ≈ 1%.
    expect(Number(await w.page.locator('[data-hedged-slow]').getAttribute('data-hedged-slow'))).toBeLessThan(2);
  });

  test('n = 10⁴ services is capped by the call budget, with a note, not a hang', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out');
    await w.page.getByLabel(/Fan-out n/).selectOption('10000');
    await expect
      .poll(() => w.page.locator('.tail .formula-panel').textContent(), { timeout: 60000 })
      .toMatch(/capped at 400,000 service calls, so 40 requests/);
    await expect.poll(() => w.page.url()).toMatch(/n=10000/);
  });

  test('the breaker opens in the storm and closes after it, on a timeline and in a table', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out?breaker=1');
    await w.page.getByText("Table: the breaker's state changes").click();
    const states = await w.page.locator('.storm details:last-of-type td:nth-child(2)').allTextContents();
    expect(states).toContain('open');
    expect(states.at(-1)).toBe('closed');
    const storm = await drawn(site, '#/demo/fan-out');
    // No breaker: the storm outlives the slowdown, and every request uses ~4 attempts.
    expect(Number(await storm.page.locator('[data-amplification]').getAttribute('data-amplification'))).toBeGreaterThan(3);
    expect(Number(await storm.page.locator('[data-recovery]').getAttribute('data-recovery'))).toBeLessThan(0.1);
  });

  test('repairs hostile URL params and says what it fixed', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out?n=7&p=2&backoff=random&retries=1.5');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/n="7" is not one of/);
    expect(text).toMatch(/p=2 is too large, set to max 0.5/);
    expect(text).toMatch(/backoff="random" is not one of/);
    expect(text).toMatch(/retries=1.5 is not a whole number; rounded to 2/);
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
  });

  test('presenter step 4 sets 2,000 services at 1 in 10,000: 1 − 0.9999²⁰⁰⁰ = 18.1%', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out?step=4');
    await expect.poll(() => w.page.locator('[data-exact]').getAttribute('data-exact')).toBe('18.13');
  });

  test('fits a 375 px phone without sideways scrolling, in dark mode', async ({ site }) => {
    const w = await drawn(site, '#/demo/fan-out', { width: 375, height: 800, colorScheme: 'dark' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  });
});
