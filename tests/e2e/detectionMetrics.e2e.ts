import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';
import { printRedraw, sliderRedrawMs } from './sliderRedraw';

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

  test('the IoU slider re-judges the ranking on the next frame; the redraw time is printed', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics');
    await result(w.page, 'stream/40');
    const slider = w.page.getByRole('slider', { name: /IoU threshold for a true positive/ });
    const times: number[] = [];
    for (const v of [0.9, 0.3, 0.75, 0.95]) times.push(await sliderRedrawMs(slider, v));
    printRedraw('detection-metrics IoU threshold', times);
    // Measured to the frame after the input event: the heading already names the new threshold.
    expect(await w.page.locator('[aria-label="Ranked detections"] h3').textContent()).toMatch(/IoU ≥ 0\.95/);
    await expect.poll(() => w.page.url()).toMatch(/iou=0\.95/);
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

describe('detection-metrics demo: the classifier panel', () => {
  const panel = (page: Page) => page.locator('[aria-label="Classifier metrics"]');
  const ready = (page: Page) => page.locator('[data-classifier-status="ready"]').waitFor({ timeout: 60000 });
  const counts = (page: Page) => panel(page).locator('[data-counts]').getAttribute('data-counts');
  const matrixTotal = async (page: Page) =>
    (await panel(page).locator('table[aria-label="Confusion matrix"] td').allTextContents()).reduce((s, v) => s + Number(v), 0);

  test('the shape classifier’s confusion matrix covers all 300 held-out images; the threshold slider moves the counts and the ROC point', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics');
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    expect(await matrixTotal(w.page)).toBe(300);
    expect(Number(await panel(w.page).locator('[data-tp]').textContent())).toBeGreaterThan(50); // ~1/3 of 300 are circles, nearly all found
    const before = await counts(w.page);
    const roc = await panel(w.page).locator('[data-roc-point]').getAttribute('cx');
    const slider = panel(w.page).locator('input[type="range"]');
    const times: number[] = [];
    for (const v of [0.99, 0.2, 0.999, 0.5]) times.push(await sliderRedrawMs(slider, v));
    printRedraw('detection-metrics classifier threshold', times);
    await sliderRedrawMs(slider, 0.99);
    await expect.poll(() => w.page.url()).toMatch(/threshold=0\.99/);
    expect(await counts(w.page)).not.toBe(before);
    expect(await panel(w.page).locator('[data-roc-point]').getAttribute('cx')).not.toBe(roc);
    expect(await matrixTotal(w.page)).toBe(300);
    expect(await panel(w.page).textContent()).not.toMatch(/NaN/);
    await screenshot(w, 'detection-metrics-classifier');
  });

  test('keyboard: arrows walk the confusion matrix with a readout, and End on the slider goes to threshold 1', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics');
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    const cells = panel(w.page).locator('table[aria-label="Confusion matrix"] td');
    await cells.first().focus();
    await expect.poll(() => panel(w.page).locator('[data-readout]').textContent()).toMatch(/^true circle, predicted circle: \d+ images.*\(correct\)/);
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => panel(w.page).locator('[data-readout]').textContent()).toMatch(/^true circle, predicted square: \d+ images? .*\(confused\)/);
    expect(await cells.nth(1).getAttribute('tabindex')).toBe('0');
    expect(await cells.first().getAttribute('tabindex')).toBe('-1');
    await panel(w.page).locator('input[type="range"]').focus();
    await w.page.keyboard.press('End');
    await expect.poll(() => w.page.url()).toMatch(/threshold=1(?!\d)/);
    await expect.poll(() => panel(w.page).locator('[data-extreme]').textContent()).toMatch(/Threshold 1|No image reaches/);
  });

  test('threshold 0 calls every image the positive class and says the others’ precision is undefined; no NaN on screen', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?positive=square&threshold=0');
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    expect(await panel(w.page).locator('[data-extreme]').textContent()).toMatch(/Every image is called square/);
    expect(await counts(w.page)).toMatch(/^\d+,\d+,0,0$/); // no FN, no TN
    for (const c of ['circle', 'triangle'])
      expect(await panel(w.page).locator(`[data-class-row="${c}"] [data-precision]`).textContent()).toBe('undefined (no predicted positives)');
    expect(await panel(w.page).locator('[data-ovr-recall]').textContent()).toBe('1');
    expect(await panel(w.page).textContent()).not.toMatch(/NaN/);
  });

  test('threshold 1 keeps only probabilities that are exactly 1 in float32, and says so', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?positive=triangle&threshold=1');
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    const text = (await panel(w.page).locator('[data-extreme]').textContent()) ?? '';
    expect(text).toMatch(/Threshold 1: only the \d+ images? whose float32 softmax for triangle is exactly 1|No image reaches p\(triangle\) ≥ 1\.00/);
    expect(await panel(w.page).textContent()).not.toMatch(/NaN/);
    expect(await matrixTotal(w.page)).toBe(300);
  });

  test('hostile classifier params are repaired with a notice', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?positive=dog&threshold=7&rows=maybe');
    const text = (await w.page.locator('[data-notice]').textContent()) ?? '';
    expect(text).toMatch(/positive="dog"/);
    expect(text).toMatch(/threshold=7 is too large, set to max 1/);
    expect(text).toMatch(/rows/);
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    expect(await panel(w.page).locator('h4').filter({ hasText: 'vs rest' }).first().textContent()).toMatch(/^circle vs rest/);
  });

  test('row-normalised: every row of the matrix sums to 1', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?rows=1');
    await panel(w.page).scrollIntoViewIfNeeded();
    await ready(w.page);
    const v = (await panel(w.page).locator('table[aria-label="Confusion matrix"] td').allTextContents()).map(Number);
    // Three-digit cells: a row of rounded shares sums to 1 within 3 · 0.0005.
    for (let r = 0; r < 3; r++) expect(Math.abs(v[3 * r] + v[3 * r + 1] + v[3 * r + 2] - 1)).toBeLessThanOrEqual(0.0015);
  });

  test('presenter steps reach the classifier panel and threshold 0', async ({ site }) => {
    const w = await site.open('#/demo/detection-metrics?present=1');
    const next = async (k: number) => {
      await w.page.keyboard.press('ArrowRight');
      await expect.poll(() => w.page.locator('[data-step]').getAttribute('data-step')).toBe(String(k));
    };
    for (let k = 1; k <= 7; k++) await next(k);
    await expect.poll(() => w.page.url()).toMatch(/threshold=0\.999/);
    await next(8);
    await expect.poll(() => w.page.url()).toMatch(/threshold=0(?![.\d])/);
  });
});
