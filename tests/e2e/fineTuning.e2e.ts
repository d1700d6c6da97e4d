import { describe, expect } from 'vitest';
import { screenshot, test } from './site';
import { runEnd } from './liveRun';

const root = '.fine-tuning';
const accuracy = async (page: import('playwright-core').Page, variant: string) =>
  Number(/([\d.]+)%/.exec((await page.locator(`tr[data-variant="${variant}"] td`).nth(2).textContent())!)![1]);

describe('fine-tuning demo', () => {
  test('loads the shipped weights in the worker and trains four variants side by side on its own', async ({ site }) => {
    const w = await site.open('#/demo/fine-tuning');
    expect(await w.page.locator('[data-demo="fine-tuning"]').getAttribute('data-state')).toBe('ready');
    expect(await runEnd(w.page, root)).toBe('done');
    expect(await w.page.locator('.results tbody tr').count()).toBe(4);
    // The loaded backbone still names shapes (card: 99.85 %): the weights arrived intact.
    expect(Number(await w.page.locator('[data-shipped-accuracy]').getAttribute('data-shipped-accuracy'))).toBeGreaterThanOrEqual(0.9);
    const acc = Object.fromEntries(await Promise.all(['probe', 'last', 'full', 'scratch'].map(async (v) => [v, await accuracy(w.page, v)])));
    console.log(`fine-tuning default (round vs cornered, 24 images): ${JSON.stringify(acc)}`);
    // Node, same seed: probe 99 %, last 96 %, full 89 %, scratch 62 %. The claim is the order probe > scratch.
    expect(acc.probe).toBeGreaterThan(acc.scratch);
    await screenshot(w, 'fine-tuning-default');
  });

  test('changing the task restarts the run with the new classes', async ({ site }) => {
    const w = await site.open('#/demo/fine-tuning?steps=20');
    expect(await runEnd(w.page, root)).toBe('done');
    await w.page.getByRole('combobox', { name: /^New classes/ }).selectOption('colour');
    await expect.poll(() => w.page.url()).toMatch(/task=colour/);
    await expect.poll(() => w.page.locator(root).getAttribute('data-run-status')).toMatch(/starting|training/);
    expect(await runEnd(w.page, root)).toBe('done');
    await expect.poll(() => w.page.locator('.check').textContent()).toMatch(/Chance on the new task: 20%/);
  });

  test('a learning rate of 10 diverges with a clear message and a reset', async ({ site }) => {
    const w = await site.open('#/demo/fine-tuning?lr=10&ratio=1&steps=100');
    expect(await runEnd(w.page, root)).toBe('diverged');
    await expect.poll(() => w.page.getByRole('alert').textContent()).toMatch(/Diverged/);
    await w.page.getByRole('button', { name: /Reset to a learning rate/ }).click();
    await expect.poll(() => w.page.url()).not.toMatch(/lr=10/);
  });

  test('repairs hostile parameters with a notice and stays ready', async ({ site }) => {
    const w = await site.open('#/demo/fine-tuning?task=dogs&n=1e9&ratio=-3&steps=10&constructor=1');
    expect(await w.page.locator('[data-demo="fine-tuning"]').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.locator('[data-notice]').textContent()).toMatch(/n=1e9 is too large/);
    expect(await runEnd(w.page, root)).toBe('done');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/fine-tuning?steps=10', { width: 375, height: 740 });
    expect(await runEnd(w.page, root)).toBe('done');
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(w, 'fine-tuning-phone');
  });
});
