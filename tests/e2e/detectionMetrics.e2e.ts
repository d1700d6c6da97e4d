import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

/** Waits until the detections on screen are the ones for `key` ("<layout>/<scenes>"). */
const result = (page: Page, key: string) =>
  page.waitForFunction((k) => document.querySelector('[data-model-status]')?.getAttribute('data-result') === k, key, { timeout: 60000 });
const ap = async (page: Page, method: string) => (await page.locator(`[data-ap="${method}"]`).textContent()) ?? '';
const cocoMap = async (page: Page) => Number(await page.locator('[data-coco-map]').getAttribute('data-coco-map'));

describe('detection-metrics demo', () => {
  test('ranks yolo-tiny’s detections on held-out scenes and reports the three APs and COCO mAP', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics');
    await result(w.page, 'stream/40');
    const n = Number(await w.page.locator('[data-detections]').getAttribute('data-detections'));
    expect(n).toBeGreaterThan(0);
    expect(await w.page.locator('.ranked tbody tr').count()).toBe(Math.min(n, 40));
    // A 0.97-mAP50 detector (card) on 40 fresh scenes: every AP of one class well above chance.
    for (const m of ['all-point', '11-point', 'coco-101']) expect(Number(await ap(w.page, m))).toBeGreaterThan(0.8);
    const map = await cocoMap(w.page);
    expect(map).toBeGreaterThan(0.5);
    expect(map).toBeLessThan(1);
    await screenshot(w, 'detection-metrics');
  });

  test('the check button recomputes Padilla’s worked example and matches all eight published values', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics');
    await w.page.getByRole('button', { name: 'Recompute the worked example' }).click();
    await w.page.locator('[data-check-status="ok"], [data-check-status="mismatch"]').waitFor();
    expect(await w.page.locator('[data-check-status]').getAttribute('data-check-status')).toBe('ok');
    expect(await w.page.locator('[aria-label="Worked example check"]').textContent()).toMatch(/All 8 equal the published values/);
  });

  test('the IoU threshold at 0 and at 1: every overlap counts, then none does', async ({ site }) => {
    let w = await site.open('#/demo/detection-metrics?iou=0');
    await result(w.page, 'stream/40');
    const loose = Number(await ap(w.page, 'all-point'));
    w = await site.open('#/demo/detection-metrics?iou=1');
    await result(w.page, 'stream/40');
    // IoU ≥ 1 needs a predicted box identical to the truth: continuous outputs never are.
    expect(await ap(w.page, 'all-point')).toBe('0');
    expect(loose).toBeGreaterThan(0.8);
    expect(await w.page.locator('.ranked .verdict').allTextContents()).not.toContain('TP');
  });

  test('empty scenes: no ground truth, so AP is undefined and the page says why', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?layout=empty&scenes=20');
    await result(w.page, 'empty/20');
    expect(await w.page.locator('[data-ground-truths]').getAttribute('data-ground-truths')).toBe('0');
    expect(await ap(w.page, 'all-point')).toBe('undefined');
    expect(await w.page.locator('[aria-label="COCO mAP"]').textContent()).toMatch(/undefined/);
  });

  test('crowded scenes (50 objects requested) still rank and score', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?layout=crowded&scenes=10');
    await result(w.page, 'crowded/10');
    expect(await w.page.locator('.metrics > .hint').first().textContent()).toMatch(/50 requested per scene/);
    expect(Number(await w.page.locator('[data-ground-truths]').getAttribute('data-ground-truths'))).toBeGreaterThan(10);
    expect(Number.isFinite(Number(await ap(w.page, 'coco-101')))).toBe(true);
  });

  test('presenter steps end on the worked-example check', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?present=1');
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/iou=0\.9/);
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/layout=empty/);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics', { width: 375, height: 740 });
    await result(w.page, 'stream/40');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
