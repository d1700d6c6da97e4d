import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';
import type { Site } from './site';
import { mainThreadTrace } from './mainThreadTrace';

/** Opens the demo and waits until every panel has its first simulated result (the demo reports ready before that). */
async function drawn(site: Site, hash: string, opts?: Parameters<Site['open']>[1]) {
  const w = await site.open(hash, opts);
  await w.page.locator('[data-drawn]').waitFor({ timeout: 60000 });
  return w;
}

const root = '[data-demo="queueing"]';
const idle = (page: Page) => page.locator('.queueing[data-sim="idle"]').waitFor({ timeout: 60000 });

describe('queueing demo', () => {
  test('reaches ready with the latency sweep, Little’s law and the closed-form check drawn, no console error', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    const check = await w.page.locator('.latency .check').getAttribute('data-check');
    expect(check).toMatch(/^\d+\/11$/);
    // 11 independent 95% intervals: 7 or fewer hits has probability 0.15%.
    expect(Number(check!.split('/')[0])).toBeGreaterThanOrEqual(8);
    // Little: at ρ = 0.8 on one 10 ms server, L = ρ/(1 − ρ) = 4; 5·10⁴ arrivals put the measured L within ~10%.
    const little = Number(await w.page.locator('[data-little]').getAttribute('data-little'));
    expect(little).toBeGreaterThan(3.4);
    expect(little).toBeLessThan(4.6);
    expect(await w.page.locator('.little .check').getAttribute('data-check')).toMatch(/inside|outside/);
    await screenshot(w, 'queueing');
  });

  test('a slider changes the servers, the view and the URL', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing');
    await w.page.getByRole('slider', { name: /Servers c/ }).focus();
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/servers=2/);
    await expect.poll(() => w.page.locator('.latency h3').textContent()).toMatch(/c = 2/);
    expect(Number(await w.page.locator('.queueing').getAttribute('data-rho'))).toBeCloseTo(0.4, 9);
  });

  test('the newest slider value wins, and the simulations never block the main thread', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing');
    const trace = await mainThreadTrace(w.page);
    const slider = w.page.getByRole('slider', { name: /Arrival rate/ });
    await slider.focus();
    for (let i = 0; i < 12; i++) await w.page.keyboard.press('ArrowLeft');
    // The log slider moves in log10(λ) and rounds to 3 significant digits, as ParamControl does.
    const rate = Number((10 ** Number(await slider.inputValue())).toPrecision(3));
    expect(rate).toBeLessThan(80);
    await expect.poll(() => w.page.locator('[data-result-rate]').getAttribute('data-result-rate').then(Number), { timeout: 60000 }).toBe(rate);
    await idle(w.page);
    await expect.poll(() => w.page.url()).toMatch(new RegExp(`rate=${rate}\\b`));
    // The busiest main-thread task, in CPU time (a shared machine preempts threads, so wall time would measure the neighbours).
    const longest = await trace.longestTaskMs();
    process.stderr.write(`queueing: longest main-thread task (CPU) during 12 slider steps and their simulations: ${longest.toFixed(1)} ms\n`);
    // Redrawing the charts is main-thread work; the 11-run sweep alone (~0.7 s CPU) on the main thread would be one task far above this.
    expect(longest).toBeLessThan(100);
    // The trace does see a blocking task: a fixed amount of arithmetic (about half a second of CPU here) in one
    // task is well above the bound in CPU time however loaded the machine is; a wall-clock busy-wait would not be.
    const check = await mainThreadTrace(w.page);
    await w.page.evaluate(() => {
      let x = 0;
      for (let i = 0; i < 2e7; i++) x = (x + i * i) % 1000003;
      return x;
    });
    expect(await check.longestTaskMs()).toBeGreaterThan(150);
  });

  test('ρ ≥ 1 says there is no steady state; a bounded queue sheds instead, never a hang', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing?rate=150');
    await expect.poll(() => w.page.locator('[data-unstable]').textContent()).toMatch(/ρ = 1\.5 ≥ 1.*no steady state/s);
    const w2 = await drawn(site, '#/demo/queueing?rate=150&bounded=1&buffer=20');
    expect(await w2.page.locator('[data-unstable]').count()).toBe(0);
    // M/M/1/21 at ρ = 1.5 sheds (ρ − 1)/ρ·(1 − ρ^−21)⁻¹ ≈ 33.3%.
    const shed = Number(await w2.page.locator('[data-shed]').getAttribute('data-shed'));
    expect(shed).toBeGreaterThan(30);
    expect(shed).toBeLessThan(37);
  });

  test('zero servers gives a message and nothing to simulate', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing?servers=0');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('[data-message="no-servers"]').textContent()).toMatch(/0 servers nothing is ever served/);
    expect(await w.page.locator('.latency').count()).toBe(0);
  });

  test('repairs hostile URL params and says what it fixed', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing?rate=abc&servers=-3&service=gamma&buffer=1e9&junk=1');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/rate="abc" is not a number/);
    expect(text).toMatch(/servers=-3 is too small, set to min 0/);
    expect(text).toMatch(/service="gamma" is not one of/);
    expect(text).toMatch(/buffer=1e9 is too large, set to max 1000/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('[data-message="no-servers"]').count()).toBe(1);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing', { width: 375, height: 800, colorScheme: 'dark' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
    await screenshot(w, 'queueing-375-dark');
  });

  test('presenter step 5 (λ = 120/s) is reached from the URL and shows the unstable message', async ({ site }) => {
    const w = await drawn(site, '#/demo/queueing?step=5');
    await expect.poll(() => w.page.locator('[data-unstable]').textContent()).toMatch(/ρ = 1\.2 ≥ 1/);
    expect(w.page.url()).toMatch(/step=5/);
  });
});
