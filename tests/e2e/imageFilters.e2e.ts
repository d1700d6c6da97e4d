import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const root = (page: Page) => page.locator('[data-demo="image-filters"]');
const settledResult = (page: Page) => expect.poll(() => page.locator('[data-pending]').getAttribute('data-pending')).toBe('false');

/** Draws a w×h PNG in the page (a gradient with a bright square) and hands it to the file input, as a user's pick would. */
async function uploadGenerated(page: Page, w: number, h: number, name: string) {
  await page.evaluate(
    async ([w, h, name]) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      const g = ctx.createLinearGradient(0, 0, w, h);
      g.addColorStop(0, '#000');
      g.addColorStop(1, '#fff');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = '#f80';
      ctx.fillRect(w / 4, h / 4, w / 2, h / 2);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const input = document.querySelector<HTMLInputElement>('[data-demo="image-filters"] input[type=file]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([blob], name, { type: 'image/png' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [w, h, name] as const,
  );
}

describe('image-filters demo', () => {
  test('reaches ready with the 13×13 Gaussian as numbers and the probe’s sum equal to the output pixel', async ({ site }) => {
    const w = await site.open('#/demo/image-filters');
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
    // σ = 1.5: OpenCV's float rule round(8σ + 1) | 1 = 13.
    expect(await w.page.locator('[data-kernel]').getAttribute('data-kernel')).toBe('13x13');
    const heading = (await w.page.locator('.probe h4').textContent())!;
    const sum = (await w.page.locator('[data-probe-sum]').textContent())!;
    // The probe's Σ weight × value, written out in the page, equals the kernel's own output at that pixel (3 digits shown).
    expect(heading).toContain(`= ${sum}`);
    expect(await w.page.locator('.probe').textContent()).toMatch(/taps past the edge/);
  });

  test('the median removes salt and pepper and shows its sorted window instead of a kernel', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?image=noisy');
    await w.page.getByRole('combobox', { name: /^Filter/ }).selectOption('median');
    await expect.poll(() => w.page.locator('[data-output-filter]').getAttribute('data-output-filter')).toBe('median');
    await settledResult(w.page);
    expect(await w.page.locator('[data-kernel]').count()).toBe(0);
    expect(await w.page.locator('.probe').textContent()).toMatch(/median of the 25 values/);
    await expect.poll(() => w.page.url()).toMatch(/filter=median/);
  });

  test('agrees with onnxruntime-web Pad + Conv under every ONNX border, and with MaxPool for morphology', async ({ site }) => {
    for (const q of [
      '',
      '?filter=sobel-x&aperture=5&border=BORDER_WRAP',
      '?filter=log&sigma=2&border=BORDER_CONSTANT',
      '?filter=magnitude&border=BORDER_REPLICATE',
      '?filter=box&ksize=7&border=BORDER_REFLECT',
    ]) {
      const w = await site.open(`#/demo/image-filters${q}`);
      await w.page.getByRole('button', { name: /Check against onnxruntime/ }).click();
      await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
      expect(await w.page.locator('.reference-check output').textContent(), q).toMatch(/within tolerance/);
    }
    for (const op of ['open', 'gradient', 'blackhat']) {
      const w = await site.open(`#/demo/image-filters?view=morphology&shape=rect&seW=5&seH=3&op=${op}`);
      await w.page.getByRole('button', { name: /Check against onnxruntime-web MaxPool/ }).click();
      await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
      expect(await w.page.locator('.reference-check output').textContent(), op).toMatch(/max \|Δ\| = 0 \(within tolerance 0\)/);
    }
  });

  test('shows the five border modes at the corner: they differ there, and REFLECT_101 is the reference', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?view=borders&filter=box&ksize=9');
    await settledResult(w.page);
    const corners = await w.page
      .locator('[data-border-mode]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-border-mode'), e.getAttribute('data-corner')]));
    expect(corners.map((c) => c[0])).toEqual(['BORDER_CONSTANT', 'BORDER_REPLICATE', 'BORDER_REFLECT', 'BORDER_REFLECT_101', 'BORDER_WRAP']);
    expect(new Set(corners.map((c) => c[1])).size).toBeGreaterThan(3);
    expect(await w.page.locator('[data-border-mode="BORDER_REFLECT_101"] code').textContent()).toBe('gfedcb|abcdefgh|gfedcba');
    expect(await w.page.locator('[data-border-mode="BORDER_REFLECT"] code').textContent()).toBe('fedcba|abcdefgh|hgfedcb');
    await screenshot(w, 'image-filters-borders');
  });

  test('walks Canny’s stages; hysteresis drops weak pixels, and with low = high there are none', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?view=canny');
    const stage = () => w.page.locator('[data-stage]').getAttribute('data-stage');
    await w.page.getByRole('button', { name: /1\. gradient magnitude/ }).click();
    await expect.poll(stage).toBe('magnitude');
    await w.page.getByRole('button', { name: /2\. non-maximum suppression/ }).click();
    await expect.poll(stage).toBe('nms');
    await expect.poll(() => w.page.url()).toMatch(/stage=nms/);
    const weak = Number(await w.page.locator('[data-canny-weak]').getAttribute('data-canny-weak'));
    expect(weak).toBeGreaterThan(0);
    const w2 = await site.open('#/demo/image-filters?view=canny&low=150&high=150');
    expect(await w2.page.locator('[data-canny-weak]').getAttribute('data-canny-weak')).toBe('0');
    await screenshot(w, 'image-filters-canny');
  });

  test('opening removes the specks (fewer components), closing keeps them, and the element is drawn to size', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?view=morphology&op=open');
    const comps = async (p: Page) => (await p.locator('[data-components]').getAttribute('data-components'))!.split('->').map(Number);
    const [before, afterOpen] = await comps(w.page);
    expect(afterOpen).toBeLessThan(before / 4);
    expect(await w.page.locator('[data-element-cells]').getAttribute('data-element-cells')).toBe('17'); // OpenCV's 5×5 ellipse
    await w.page.getByLabel('Operation').selectOption('close');
    await settledResult(w.page);
    const [, afterClose] = await comps(w.page);
    expect(afterClose).toBeGreaterThan(afterOpen);
    const width = w.page.getByRole('slider', { name: /Element width/ });
    await width.focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-element-cells]').getAttribute('data-element-cells')).not.toBe('17');
    await expect.poll(() => w.page.url()).toMatch(/seW=7/);
  });

  test('uploads: a non-image and a 1×1 image are refused with a message, a 6000×6000 image is downscaled before filtering', async ({ site }) => {
    const w = await site.open('#/demo/image-filters');
    await w.page.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toMatch(/not an image/);
    await uploadGenerated(w.page, 1, 1, 'dot.png');
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toMatch(/1×1 px: too small to filter/);
    expect(w.page.url()).not.toMatch(/image=upload/);
    await uploadGenerated(w.page, 6000, 6000, 'huge.png');
    await expect.poll(() => w.page.locator('[data-upload-note]').textContent(), { timeout: 60000 }).toMatch(/6000×6000 px, downscaled to 128×128/);
    await expect.poll(() => w.page.url()).toMatch(/image=upload/);
    await settledResult(w.page);
    // The page stayed responsive: a control still answers (its time is printed, not asserted: the machine is shared).
    const t0 = Date.now();
    await w.page.getByRole('combobox', { name: /^Filter/ }).selectOption('sobel-x');
    await expect.poll(() => w.page.locator('[data-output-filter]').getAttribute('data-output-filter')).toBe('sobel-x');
    console.log(`image-filters: a filter change after the 6000×6000 upload answered in ${Date.now() - t0} ms`);
    await screenshot(w, 'image-filters-upload');
  });

  test('clamps garbage URL params and says what it fixed', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?view=lens&ksize=4&sigma=100&border=NOPE&px=999&junk=1');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/view="lens" is not one of/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/ksize="4" is not one of 1, 3, 5/);
    expect(text).toMatch(/sigma=100 is too large, set to max 6/);
    expect(text).toMatch(/border="NOPE"/);
    expect(text).toMatch(/px=999 is too large, set to max 127/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(await root(w.page).getAttribute('data-state')).toBe('ready');
  });

  test('the largest windows (15×15 median, 15×15 top-hat) finish in the worker without blocking the page', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?filter=median&ksize=15');
    expect(Number(await w.page.locator('[data-compute-ms]').getAttribute('data-compute-ms'))).toBeGreaterThan(0);
    const w2 = await site.open('#/demo/image-filters?view=morphology&op=tophat&seW=15&seH=15&distance=1');
    expect(await root(w2.page).getAttribute('data-state')).toBe('ready');
    expect(await w2.page.getByRole('application', { name: 'distance' }).count()).toBe(1);
  });

  test('steps through the argument in presenter mode, panel by panel', async ({ site }) => {
    const w = await site.open('#/demo/image-filters?present=1');
    const view = () => w.page.locator('[data-view]').getAttribute('data-view');
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(view).toBe('borders');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(view).toBe('canny');
    for (let i = 0; i < 4; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(view).toBe('morphology');
    await screenshot(w, 'presenter-image-filters');
  });

  test('fits a 375 px phone without sideways scrolling, on every panel', async ({ site }) => {
    for (const view of ['gallery', 'borders', 'canny', 'morphology']) {
      const w = await site.open(`#/demo/image-filters?view=${view}`, { width: 375, height: 740 });
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, view).toBeLessThanOrEqual(1);
    }
  });
});
