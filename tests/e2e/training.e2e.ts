import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, screenshot, test } from './site';

const runStatus = (page: Page) => page.locator('[data-run-status]').getAttribute('data-run-status');
const finished = (page: Page, timeout = 180000) =>
  page.waitForFunction(
    () => ['done', 'stopped', 'diverged', 'error'].includes(document.querySelector('[data-run-status]')?.getAttribute('data-run-status') ?? ''),
    undefined,
    { timeout },
  );

describe('training demo', () => {
  test('trains the CNN from scratch in a worker and the loss falls; main-thread long tasks are recorded', async ({ site }) => {
    const w = await site.open('#/demo/training');
    // Long tasks (> 50 ms) on the main thread, recorded from the moment training starts.
    await w.page.evaluate(() => {
      const longTasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = longTasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ entryTypes: ['longtask'] });
    });
    await w.page.getByRole('button', { name: 'Train from scratch' }).click();
    await finished(w.page);
    expect(await runStatus(w.page)).toBe('done');
    expect(await w.page.locator('[data-backend]').getAttribute('data-backend')).toMatch(/wasm|cpu/);
    const status = (await w.page.locator('.status').textContent())!;
    const accuracy = Number(/validation accuracy ([\d.]+)%/.exec(status)![1]);
    const longTasks: number[] = await w.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    writeFileSync(resolve(ARTIFACTS, 'training-main-thread.json'), JSON.stringify({ status, accuracy, longTasks }, null, 2));
    console.log(`training: ${status.trim()}; main-thread long tasks (ms): [${longTasks.map((t) => t.toFixed(0)).join(', ')}]`);
    expect(accuracy).toBeGreaterThan(80); // 3 classes: chance is 33%; this seed reaches ~95% in 300 steps
    // Long tasks are measured and reported (artifact and log), not asserted: the brief keeps timings out of
    // test verdicts, and on a loaded 2-core machine a single task (onnxruntime compiling its wasm on the
    // main thread for the shipped-model panel) reached 614 ms while the training itself stayed in the worker.
    expect(await w.page.locator('[aria-label="Live predictions"] li').count()).toBeGreaterThan(0);
    await screenshot(w, 'training-done');
  });

  test('a learning rate of 10 diverges quickly and offers a reset', async ({ site }) => {
    const w = await site.open('#/demo/training?lr=10');
    await w.page.getByRole('button', { name: 'Train from scratch' }).click();
    await finished(w.page, 60000);
    expect(await runStatus(w.page)).toBe('diverged');
    await w.page.getByRole('button', { name: /Reset to a learning rate/ }).click();
    await expect.poll(() => runStatus(w.page)).toBe('idle');
    await expect.poll(() => w.page.url()).not.toMatch(/lr=10/);
  });

  test('a diverged run is drawn on the chart, and the status and the alert name the same step', async ({ site }) => {
    const w = await site.open('#/demo/training?lr=10');
    await w.page.getByRole('button', { name: 'Train from scratch' }).click();
    await finished(w.page, 60000);
    expect(await runStatus(w.page)).toBe('diverged');
    const alert = (await w.page.getByRole('alert').textContent())!;
    const status = (await w.page.locator('.status').textContent())!;
    const step = /Diverged at step (\d+)/.exec(alert)![1];
    expect(status).toMatch(new RegExp(`Step ${step} / `));
    console.log(`training lr=10: ${status.trim()} | ${alert.trim()}`);
    const chart = w.page.locator('[aria-label="loss against step"]');
    const marker = chart.locator('[data-marker="diverged"]');
    expect(await marker.count()).toBe(1);
    expect(await marker.textContent()).toMatch(new RegExp(`diverged at step ${step}`));
    // The exploding loss itself is a drawn point: the line reaches the diverged step.
    expect(Number(await chart.getAttribute('data-last-x'))).toBe(Number(step));
  });

  test('time spent paused is not counted as training time', async ({ site }) => {
    const w = await site.open('#/demo/training?steps=5000');
    await w.page.getByRole('button', { name: 'Train from scratch' }).click();
    await expect.poll(() => runStatus(w.page), { timeout: 30000 }).toBe('training');
    await w.page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => runStatus(w.page)).toBe('paused');
    const seconds = async () => Number(/([\d.]+) s\b/.exec((await w.page.locator('.status').textContent())!)![1]);
    await w.page.waitForTimeout(500); // the step in flight when pause arrived reports
    const before = await seconds();
    const PAUSE_MS = 4000;
    await w.page.waitForTimeout(PAUSE_MS);
    await w.page.getByRole('button', { name: 'Stop' }).click();
    await finished(w.page, 30000);
    const after = await seconds();
    console.log(`training: ${before} s when paused, ${after} s after a ${PAUSE_MS} ms pause and stop`);
    // Counting the pause would add 4 s; one step in flight on a loaded machine is well under 2 s.
    expect(after - before).toBeLessThan(PAUSE_MS / 2000);
  });

  test('pause and stop are honoured', async ({ site }) => {
    const w = await site.open('#/demo/training?steps=2000');
    await w.page.getByRole('button', { name: 'Train from scratch' }).click();
    await expect.poll(() => runStatus(w.page), { timeout: 30000 }).toBe('training');
    await w.page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => runStatus(w.page)).toBe('paused');
    await w.page.getByRole('button', { name: 'Stop' }).click();
    await finished(w.page, 30000);
    expect(await runStatus(w.page)).toBe('stopped');
  });

  test('runs the shipped ONNX model with onnxruntime-web on fresh shapes', async ({ site }) => {
    const w = await site.open('#/demo/training');
    await w.page.getByRole('button', { name: /Load the model/ }).click();
    await w.page.locator('[data-classify-status="done"], [data-classify-status="error"]').first().waitFor({ timeout: 60000 });
    expect(await w.page.locator('[data-shipped-status]').getAttribute('data-shipped-status')).toBe('ready');
    const text = (await w.page.locator('.shipped-model').textContent())!;
    const [, correct, total] = /(\d+) \/ (\d+) correct/.exec(text)!;
    expect(Number(total)).toBe(12);
    expect(Number(correct)).toBeGreaterThanOrEqual(11); // the card claims 99.85 % on held-out data
  });
});
