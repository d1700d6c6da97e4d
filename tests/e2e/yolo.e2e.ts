import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';
import { printRedraw, sliderRedrawMs } from './sliderRedraw';

/** Waits until the head on screen is the one for `key` ("scene/<index>/<objects>"). */
const result = (page: Page, key: string) =>
  page.waitForFunction((k) => document.querySelector('[data-model-status]')?.getAttribute('data-result') === k, key, { timeout: 60000 });
const count = async (page: Page, stage: string) => (await page.locator(`[data-count="${stage}"]`).textContent()) ?? '';

describe('yolo demo', () => {
  test('detects every object of the default held-out scene, one box each', async ({ site }) => {
    const w = await site.open('#/demo/yolo');
    await result(w.page, 'scene/4/4');
    const placed = Number(await w.page.locator('[data-objects-placed]').getAttribute('data-objects-placed'));
    expect(placed).toBeGreaterThan(0);
    // Stage "final": one hit per object and no extra box, as a 0.97-mAP50 model should do on an easy scene.
    await expect.poll(() => w.page.locator('.dets li').count()).toBe(placed);
    expect(await w.page.locator('.dets .good').count()).toBe(placed);
    expect(await w.page.locator('.engine-badge').first().textContent()).toMatch(/onnxruntime-web/);
    await screenshot(w, 'yolo-final');
  });

  test('focusing a detection shows its decoded formula with the numbers filled in', async ({ site }) => {
    const w = await site.open('#/demo/yolo');
    await result(w.page, 'scene/4/4');
    await w.page.locator('.dets button').first().focus();
    const text = (await w.page.locator('[aria-label="Selected prediction"]').textContent()) ?? '';
    expect(text).toMatch(/bx = \(σ\(tx\) \+ cx\)·8 = \(σ\(-?[\d.]+\) \+ \d\)·8/);
    expect(text).toMatch(/bw = pw·e\^tw = [\d.]+·e\^-?[\d.e-]+ = [\d.]+ px/);
    expect(text).toMatch(/objectness σ\(to\)/);
    await w.page.locator('.dets button').first().click();
    await expect.poll(() => w.page.url()).toMatch(/box=\d+/);
  });

  test('pointing at a box on the image selects it', async ({ site }) => {
    const w = await site.open('#/demo/yolo?stage=raw&top=192');
    await result(w.page, 'scene/4/4');
    const grid = w.page.locator('[aria-label="Detector view"] .pixel-grid');
    const b = (await grid.boundingBox())!;
    // Every cell has a raw box centred in it, so the middle of the image is inside at least one.
    await w.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await expect.poll(async () => (await w.page.locator('[aria-label="Selected prediction"] h3').textContent()) ?? '').toMatch(/^Head row \d+: cell/);
  });

  test('an empty scene says so, and the detector reports nothing on it', async ({ site }) => {
    const w = await site.open('#/demo/yolo?objects=0');
    await result(w.page, 'scene/4/0');
    expect(await w.page.locator('[data-objects-placed]').textContent()).toMatch(/empty scene/);
    expect(await w.page.locator('[aria-label="Detections"]').textContent()).toMatch(/0 detections · 0 objects.*empty and the detector reports nothing/);
  });

  test('50 requested objects: the page says how many fit and still runs every stage', async ({ site }) => {
    const w = await site.open('#/demo/yolo?objects=50');
    await result(w.page, 'scene/4/50');
    const placed = Number(await w.page.locator('[data-objects-placed]').getAttribute('data-objects-placed'));
    expect(placed).toBeGreaterThan(5);
    expect(await w.page.locator('[data-objects-placed]').textContent()).toMatch(new RegExp(`${placed} of the 50 requested objects fit`));
    for (const stage of ['grid', 'anchors', 'raw', 'threshold', 'nms', 'final']) {
      await w.page.getByRole('radio', { name: new RegExp(`^\\d ${stage === 'nms' ? 'NMS' : stage}$`) }).check();
      await expect.poll(() => w.page.url()).toMatch(stage === 'final' ? /^(?!.*stage=)/ : new RegExp(`stage=${stage}`));
    }
    await screenshot(w, 'yolo-crowded');
  });

  test('thresholds at 0 and 1 keep everything or nothing, and say why', async ({ site }) => {
    let w = await site.open('#/demo/yolo?stage=threshold&score=0');
    await result(w.page, 'scene/4/4');
    expect(await count(w.page, 'threshold')).toBe('192 of 192 boxes have score ≥ 0.00');
    expect(await w.page.locator('.summary').textContent()).toMatch(/All 192 boxes pass a threshold of 0/);
    w = await site.open('#/demo/yolo?stage=threshold&score=1');
    await result(w.page, 'scene/4/4');
    expect(await count(w.page, 'threshold')).toMatch(/^0 of 192/);
    expect(await w.page.locator('.summary').textContent()).toMatch(/No box reaches the threshold/);
    w = await site.open('#/demo/yolo?stage=nms&score=0.05&iou=1');
    await result(w.page, 'scene/4/4');
    expect(await count(w.page, 'nms')).toMatch(/^\d+ kept, 0 suppressed/);
    expect(await w.page.locator('.summary').textContent()).toMatch(/nothing is suppressed/);
    w = await site.open('#/demo/yolo?stage=nms&score=0.05&iou=0');
    await result(w.page, 'scene/4/4');
    expect(await w.page.locator('.summary').textContent()).toMatch(/any overlap at all suppresses/);
  });

  test('the confidence and NMS sliders change the counts on the next frame; the redraw time is printed', async ({ site }) => {
    const w = await site.open('#/demo/yolo?stage=threshold');
    await result(w.page, 'scene/4/4');
    const score = w.page.getByRole('slider', { name: /Confidence threshold/ });
    const before = await count(w.page, 'threshold');
    const times: number[] = [];
    for (const v of [0.05, 0.5, 0.9, 0.25, 0.05]) times.push(await sliderRedrawMs(score, v));
    printRedraw('yolo confidence threshold', times);
    // Measured to the frame after the input event: the count is already the new one.
    expect(await count(w.page, 'threshold')).not.toBe(before);
    expect(await count(w.page, 'threshold')).toMatch(/of 192 boxes have score ≥ 0\.05/);
    const iou = w.page.getByRole('slider', { name: /NMS IoU threshold/ });
    const nmsTimes: number[] = [];
    for (const v of [0.1, 0.9, 0.3, 0.6]) nmsTimes.push(await sliderRedrawMs(iou, v));
    printRedraw('yolo NMS IoU threshold', nmsTimes);
    await expect.poll(() => w.page.url()).toMatch(/iou=0\.6/);
    expect(await count(w.page, 'nms')).toMatch(/^\d+ kept, \d+ suppressed/);
  });

  test('presenter steps walk grid → anchors → raw → threshold → NMS → final', async ({ site }) => {
    const w = await site.open('#/demo/yolo?present=1');
    for (const stage of ['grid', 'anchors', 'raw', 'threshold', 'nms']) {
      await w.page.keyboard.press('ArrowRight');
      await expect.poll(() => w.page.url()).toMatch(new RegExp(`stage=${stage}`));
    }
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).not.toMatch(/stage=/); // 'final' is the default, so it leaves the URL
    await screenshot(w, 'presenter-yolo');
  });

  test('a drawing is run through the detector, again after every stroke', async ({ site }) => {
    const w = await site.open('#/demo/yolo?source=draw');
    const drawn = (not: string) =>
      w.page.waitForFunction(
        (n) => {
          const k = document.querySelector('[data-model-status]')?.getAttribute('data-result') ?? '';
          return k.startsWith('draw/') && k !== n ? k : null;
        },
        not,
        { timeout: 60000 },
      );
    // The pad reports its empty (black) canvas first: that is run too.
    const first = (await (await drawn('')).jsonValue()) as string;
    const canvas = w.page.locator('canvas[aria-label^="Drawing area"]');
    await canvas.scrollIntoViewIfNeeded();
    const pad = (await canvas.boundingBox())!;
    await w.page.mouse.move(pad.x + pad.width * 0.3, pad.y + pad.height * 0.3);
    await w.page.mouse.down();
    await w.page.mouse.move(pad.x + pad.width * 0.6, pad.y + pad.height * 0.6, { steps: 5 });
    await w.page.mouse.up();
    await drawn(first);
    expect(await count(w.page, 'threshold')).toMatch(/of 192 boxes have score/);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/yolo', { width: 375, height: 740 });
    await result(w.page, 'scene/4/4');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
