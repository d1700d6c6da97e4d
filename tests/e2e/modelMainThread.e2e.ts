import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, test } from './site';
import { mainThreadTrace } from './mainThreadTrace';
import { nonEmpty } from '../nonEmpty';

/**
 * Every demo that runs a model through src/models/runtime: what shows its model has answered, and what
 * makes it run one (most load their model once shown; a few wait for a button, or for the reader to scroll).
 */
const SHIPPED = '[data-shipped-status="ready"]';
const MODEL_DEMOS: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['clip', SHIPPED],
  ['unet', '[data-model-status="ready"]'],
  ['unet-lessons', '[data-features-status="ready"]'],
  ['vit', SHIPPED],
  ['yolo', SHIPPED],
  ['detection-metrics', SHIPPED],
  ['training', SHIPPED, (page) => page.getByRole('button', { name: /Load the model and classify/ }).click()],
  ['normalization', SHIPPED, (page) => page.locator('[data-input-status]').scrollIntoViewIfNeeded()],
  ['efficientnet', '[data-latency-status="done"]', (page) => page.getByRole('button', { name: /Measure latency/ }).click()],
];

describe('model demos keep onnxruntime off the main thread', () => {
  test.for(nonEmpty(MODEL_DEMOS, 'model demo list'))(
    '#/demo/%s compiles and runs onnxruntime in a worker, not on the page',
    async ([id, answered, start], { site }) => {
      // A fresh page on home (which loads no model), then the demo by its route: the trace spans the demo's
      // whole load, from navigation to its model's first answer, with nothing compiled or cached before it.
      const w = await site.open('#/');
      const trace = await mainThreadTrace(w.page);
      await w.page.evaluate((hash) => {
        // Only the demo's own fetches, and all of them (the default buffer keeps 250 entries, then drops).
        performance.clearResourceTimings();
        performance.setResourceTimingBufferSize(100000);
        location.hash = hash;
      }, `#/demo/${id}`);
      await w.page.locator(`[data-demo="${id}"][data-state="ready"]`).waitFor({ timeout: 60000 });
      await start?.(w.page);
      await w.page.locator(answered).first().waitFor({ timeout: 120000 });
      await settled(w);
      const longest = await trace.longestTaskMs();
      console.log(`${id}: longest main-thread task from navigation to the model's first answer: ${longest.toFixed(1)} ms CPU`);
      // What the page itself fetched (a worker's fetches are in the worker's own timeline, not here).
      const fetched = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(
        fetched.some((u) => /\/ort\.wasm\.bundle[^/]*\.js$/.test(u)),
        'the page loaded onnxruntime',
      ).toBe(true);
      expect(
        fetched.filter((u) => /ort-wasm[^/]*\.wasm$/.test(u)),
        'onnxruntime wasm fetched (and so compiled) on the main thread',
      ).toEqual([]);
    },
  );
});
