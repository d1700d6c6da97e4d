import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mainThreadTrace } from './mainThreadTrace';
import { screenshot, test } from './site';

const features = (page: Page, scene: string) =>
  page.waitForFunction((s) => document.querySelector('[data-features-scene]')?.getAttribute('data-features-scene') === s, scene, { timeout: 60000 });
const attr = (page: Page, sel: string, name: string) => page.locator(sel).first().getAttribute(name);
const upload = (page: Page, name: string, buffer: Buffer) =>
  page.locator('.byo input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
const MODELS = resolve(import.meta.dirname, '../../models');

describe('unet-lessons demo', () => {
  test('shows the shipped U-Net’s feature maps for the scene, and switching block changes them', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons');
    await features(w.page, '39');
    expect(await attr(w.page, '[data-tap-channels]', 'data-tap-channels')).toBe('32'); // enc3: 32 channels
    await w.page.getByRole('radiogroup', { name: 'Feature maps of block' }).getByRole('radio', { name: /mid/ }).check();
    await expect.poll(() => attr(w.page, '[data-tap-channels]', 'data-tap-channels')).toBe('64');
    await expect.poll(() => w.page.url()).toMatch(/tap=mid_b/);
    // Clicking a block of the schematic selects it too: enc2's last conv, 16 channels.
    await w.page
      .locator('[data-panel="features"]')
      .getByRole('button', { name: /^enc2 16×16×16:/ })
      .first()
      .click();
    await expect.poll(() => attr(w.page, '[data-tap-channels]', 'data-tap-channels')).toBe('16');
    await expect.poll(() => w.page.url()).toMatch(/tap=enc2_b/);
    await screenshot(w, 'unet-lessons-light');
  });

  test('upsampling a constant: k3 s2 checkerboards, k4 s2 and resize-convolution do not', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons');
    const uneven = async (k: string) => Number(await attr(w.page, `[data-upsampler="${k}"]`, 'data-unevenness'));
    expect(await uneven('convT3')).toBeGreaterThan(1);
    expect(await uneven('convT4')).toBe(0);
    expect(await uneven('resizeConv')).toBe(0);
    await w.page
      .getByRole('radiogroup', { name: 'Upsample' })
      .getByRole('radio', { name: /real feature map/ })
      .check();
    await expect.poll(() => w.page.url()).toMatch(/upInput=feature/);
  });

  test('the receptive field: clicking an output pixel recomputes the tfjs gradient in a worker, and the newest pixel wins', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons?row=5&col=20');
    const panel = w.page.locator('[data-panel="receptive"]');
    const shows = (pixel: string) =>
      w.page.waitForFunction(
        (p) => {
          const el = document.querySelector('[data-panel="receptive"]');
          return el?.getAttribute('data-rf-status') === 'ready' && el.getAttribute('data-rf-pixel') === p;
        },
        pixel,
        { timeout: 60000 },
      );
    await panel.scrollIntoViewIfNeeded(); // the gradient is computed once the panel is seen
    await shows('5,20');
    expect(await w.page.locator('[data-theoretical]').textContent()).toMatch(/^\d+×\d+$/);
    const [eff] = (await w.page.locator('[data-effective]').textContent())!.split('×').map(Number);
    expect(eff).toBeGreaterThan(0);
    expect(eff).toBeLessThan(32);
    const before = await panel.getAttribute('data-rf-peak');

    // Click pixel (25, 8) of the theoretical map (5 px per cell): the gradient is recomputed off the main thread.
    const trace = await mainThreadTrace(w.page);
    const map = panel.getByRole('application').first();
    const t0 = Date.now();
    await map.click({ position: { x: 8 * 5 + 2, y: 25 * 5 + 2 } });
    await shows('25,8');
    const wall = Date.now() - t0;
    const longest = await trace.longestTaskMs();
    console.error(
      `[unet-lessons] effective RF for a clicked pixel: ${wall} ms wall, worker ${await panel.getAttribute('data-rf-ms')} ms, longest main-thread task ${longest.toFixed(1)} ms`,
    );
    await expect.poll(() => w.page.url()).toMatch(/row=25&col=8|col=8&row=25/);
    // The field moved with the pixel: its peak (next to the pixel, printed) is not the old one.
    const after = await panel.getAttribute('data-rf-peak');
    console.error(`[unet-lessons] gradient peak for (5, 20): ${before}; for (25, 8): ${after}`);
    expect(after).not.toBe(before);

    // Sweep the pointer over several pixels and click the last: only the last pixel's field is shown.
    for (const [r, c] of [
      [10, 10],
      [12, 14],
      [20, 3],
      [2, 28],
    ])
      await map.hover({ position: { x: c * 5 + 2, y: r * 5 + 2 } });
    await map.click({ position: { x: 30 * 5 + 2, y: 16 * 5 + 2 } });
    await shows('16,30');
    expect(await panel.getAttribute('data-rf-pixel')).toBe('16,30');
  });

  test('the loss panel: missing a 20-pixel object costs Dice far more than cross-entropy', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons?rare=20&q=0.01');
    const ce0 = Number(await w.page.locator('[data-ce]').textContent());
    const d0 = Number(await w.page.locator('[data-dice]').textContent());
    const w2 = await site.open('#/demo/unet-lessons?rare=20&q=0.99');
    const ce1 = Number(await w2.page.locator('[data-ce]').textContent());
    const d1 = Number(await w2.page.locator('[data-dice]').textContent());
    expect(ce0 - ce1).toBeLessThan(0.1);
    expect(d0 - d1).toBeGreaterThan(0.5);
  });

  test('bring your own model: the shipped U-Net runs; a corrupt file, a wrong-shape model and a 300 MB file each get a message', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons');
    await upload(w.page, 'unet.onnx', readFileSync(resolve(MODELS, 'unet/unet.onnx')));
    await expect.poll(() => attr(w.page, '[data-byo-ran]', 'data-byo-ran'), { timeout: 60000 }).toBe('yes');
    await upload(w.page, 'broken.onnx', Buffer.from('this is not a protobuf at all, just text pretending'));
    await expect.poll(() => attr(w.page, '[data-byo-ok]', 'data-byo-ok')).toBe('false');
    expect(await w.page.locator('[data-byo-message]').textContent()).toMatch(/broken\.onnx is not a readable ONNX model|has no graph nodes/);
    await upload(w.page, 'classifier.onnx', readFileSync(resolve(MODELS, 'shape-classifier/shape-classifier.onnx')));
    await expect.poll(() => w.page.locator('[data-byo-why]').textContent()).toMatch(/not per-class maps/);
    // A 300 MB file: refused by its size before it is read.
    await w.page.evaluate(() => {
      const input = document.querySelector('.byo input[type=file]') as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add(new File([new ArrayBuffer(300 * 1024 * 1024)], 'huge.onnx'));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => w.page.locator('[data-byo-message]').textContent()).toMatch(/huge\.onnx is 300\.0 MB/);
    // The rest of the demo still works.
    await w.page.getByRole('radiogroup', { name: 'Feature maps of block' }).getByRole('radio', { name: /dec1/ }).check();
    await expect.poll(() => attr(w.page, '[data-tap-channels]', 'data-tap-channels')).toBe('8');
    expect(await w.page.locator('[data-demo="unet-lessons"]').getAttribute('data-state')).toBe('ready');
  });

  test('trains the U-Net live in a worker: the loss falls and the fixed scenes get predicted masks; pause and resume work', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons?steps=30&batch=4');
    const live = w.page.locator('[data-panel="live"]');
    await live.getByRole('button', { name: 'Train from scratch' }).click();
    await expect.poll(() => live.getAttribute('data-run-status'), { timeout: 60000 }).toBe('training');
    await live.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => live.getAttribute('data-run-status')).toBe('paused');
    await live.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => live.getAttribute('data-run-status'), { timeout: 120000 }).toBe('done');
    expect(await live.locator('.samples > figure').count()).toBe(4);
    // 30 steps of batch 4 from random weights: the loss falls below its first value (1.4–1.6 at init here).
    expect(Number(await live.getAttribute('data-last-loss'))).toBeLessThan(Number(await live.getAttribute('data-first-loss')));
    expect(await live.locator('.status').textContent()).toMatch(/Step 30 \/ 30[\s\S]*steps\/s/);
  });

  test('a learning rate of 10 diverges, says so, and offers the default back', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons?lr=10&steps=60&batch=2');
    const live = w.page.locator('[data-panel="live"]');
    await live.getByRole('button', { name: 'Train from scratch' }).click();
    await expect.poll(() => live.getAttribute('data-run-status'), { timeout: 120000 }).toBe('diverged');
    await live.getByRole('button', { name: /Reset to a learning rate of 0.003/ }).click();
    await expect.poll(() => w.page.url()).not.toMatch(/lr=10/);
  });

  test('repairs hostile URL params', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons?tap=evil&row=99&q=7&rare=-1&x=1');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/tap="evil" is not one of/);
    expect(text).toMatch(/row=99 is too large, set to max 31/);
    expect(text).toMatch(/q=7 is too large/);
    expect(text).toMatch(/rare=-1 is too small/);
    expect(await w.page.locator('[data-demo="unet-lessons"]').getAttribute('data-state')).toBe('ready');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/unet-lessons', { width: 375, height: 740 });
    await features(w.page, '39');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
