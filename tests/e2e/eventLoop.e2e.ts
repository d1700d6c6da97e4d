import { describe, expect } from 'vitest';
import { test } from './site';
import type { Site } from './site';

/** Opens the demo and waits until every panel has its first simulated result (the demo reports ready before that). */
async function drawn(site: Site, hash: string, opts?: Parameters<Site['open']>[1]) {
  const w = await site.open(hash, opts);
  await w.page.locator('[data-drawn]').waitFor({ timeout: 60000 });
  return w;
}

const root = '[data-demo="event-loop"]';

describe('event-loop demo', () => {
  test('reaches ready; stepping runs nextTick before promises and shows the queues in between', async ({ site }) => {
    const w = await drawn(site, '#/demo/event-loop');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    const step = w.page.getByRole('button', { name: 'Step →' });
    for (let i = 0; i < 3; i++) await step.click();
    await expect.poll(() => w.page.url()).toMatch(/at=3/);
    expect(await w.page.locator('.now-line').textContent()).toMatch(/nextTick ran from the nextTick queue/);
    expect(await w.page.locator('[data-queue="microtasks"] li').allTextContents()).toEqual(['promise', 'queueMicrotask']);
    expect(await w.page.locator('[data-queue="check"] li').allTextContents()).toEqual(['immediate']);
    expect(await w.page.locator('.program [data-hit]').textContent()).toMatch(/console\.log\("nextTick"\)/);
  });

  test('a right prediction is confirmed, a wrong one names the first mistake', async ({ site }) => {
    const w = await drawn(site, '#/demo/event-loop?script=tick-in-promise');
    const order = (await w.page.locator('.event-loop').getAttribute('data-order'))!.split(',');
    expect(order).toEqual(['T1', 'P1', 'P2', 'T2']);
    for (const l of order) await w.page.getByRole('button', { name: l, exact: true }).click();
    expect(await w.page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('right');
    await w.page.getByRole('button', { name: 'Clear' }).click();
    for (const l of ['P1', 'T1', 'P2', 'T2']) await w.page.getByRole('button', { name: l, exact: true }).click();
    expect(await w.page.locator('[data-verdict]').textContent()).toMatch(/The first 0 are right; Node prints T1 next, not P1/);
  });

  test('repairs hostile URL params and says what it fixed', async ({ site }) => {
    const w = await drawn(site, '#/demo/event-loop?script=nope&at=999');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/script="nope" is not one of/);
    expect(text).toMatch(/at=999 is too large, set to max (64|7)/);
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('[data-at]').getAttribute('data-at')).toBe('7');
  });

  test('presenter step 2 has run A, B and the nextTick', async ({ site }) => {
    const w = await drawn(site, '#/demo/event-loop?step=2');
    await expect.poll(() => w.page.locator('[data-at]').getAttribute('data-at')).toBe('3');
    expect(await w.page.locator('.now-line').textContent()).toMatch(/nextTick ran from the nextTick queue/);
  });

  test('fits a 375 px phone without sideways scrolling, in dark mode', async ({ site }) => {
    const w = await drawn(site, '#/demo/event-loop', { width: 375, height: 800, colorScheme: 'dark' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  });
});
