import { describe, expect } from 'vitest';
import { screenshot, test } from './site';
import { printRedraw, sliderRedrawMs } from './sliderRedraw';

describe('normalization demo', () => {
  test('the default view shows unconverged running statistics: 65.1 % of the way, and a large train/eval gap', async ({ site }) => {
    const w = await site.open('#/demo/normalization');
    expect(await w.page.locator('[data-demo="normalization"]').getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('[data-panel="running"] .readout').textContent()).toMatch(/65\.1 %/);
    expect(Number(await w.page.locator('.gap').textContent())).toBeGreaterThan(0.5);
    expect(await w.page.locator('.line-chart path').count()).toBeGreaterThanOrEqual(6);
    expect(await w.page.locator('.norm-grid').count()).toBe(2);
    // Batch norm: the focused plane's channel across all 4 samples, in both grids.
    expect(await w.page.locator('.norm-grid .plane.shared').count()).toBe(8);
    await screenshot(w, 'normalization-default');
  });

  test('more batches close the gap; a batch of one is explained', async ({ site }) => {
    const w = await site.open('#/demo/normalization?steps=100');
    expect(Number(await w.page.locator('.gap').textContent())).toBeLessThan(0.2);
    const slider = w.page.getByRole('slider', { name: /Batch size N/ });
    await slider.focus();
    await w.page.keyboard.press('Home');
    await expect.poll(() => w.page.url()).toMatch(/batch=1\b/);
    expect(await w.page.locator('.note').textContent()).toMatch(/A batch of one/);
  });

  test('layer and group norm outline a row and a group; focus moves with the arrow keys', async ({ site }) => {
    const w = await site.open('#/demo/normalization?kind=layer');
    expect(await w.page.locator('.norm-grid').first().locator('.plane.shared').count()).toBe(6);
    await w.page.getByRole('radio', { name: 'group norm' }).check();
    await expect.poll(() => w.page.url()).toMatch(/kind=group/);
    expect(await w.page.locator('.norm-grid').first().locator('.plane.shared').count()).toBe(3); // G = 2 of 6 channels
    await w.page.locator('.norm-grid').first().locator('.plane[tabindex="0"]').focus();
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => w.page.locator('[data-panel="grid"] .readout').textContent()).toMatch(/Sample 1, channel 0/);
  });

  test('the shipped classifier runs on three input pipelines and the as-trained one is best', async ({ site }) => {
    const w = await site.open('#/demo/normalization');
    await w.page.locator('[data-panel="input"]').scrollIntoViewIfNeeded(); // it runs once scrolled to
    await w.page.locator('[data-input-status="done"], [data-input-status="error"]').first().waitFor({ timeout: 60000 });
    const acc = async (k: string) => Number(/([\d.]+) %/.exec((await w.page.locator(`tr[data-pipeline="${k}"] .num`).textContent())!)![1]);
    const [asTrained, bytes, imagenet] = [await acc('as-trained'), await acc('bytes'), await acc('imagenet')];
    console.log(`normalization: shipped classifier accuracy as-trained ${asTrained} %, bytes ${bytes} %, imagenet ${imagenet} %`);
    expect(asTrained).toBeGreaterThan(90);
    expect(bytes).toBeLessThanOrEqual(asTrained);
    expect(imagenet).toBeLessThanOrEqual(asTrained);
  });

  test('our kernels agree with tfjs tf.moments and tf.batchNorm in the page', async ({ site }) => {
    for (const kind of ['batch', 'group']) {
      const w = await site.open(`#/demo/normalization?kind=${kind}&groups=3&batch=5`);
      await w.page.getByRole('button', { name: /Check against tfjs/ }).click();
      await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
      expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
    }
  });

  test('extreme and hostile parameters: momentum 1 and 1e-3 are explained, garbage is repaired with a notice', async ({ site }) => {
    const one = await site.open('#/demo/normalization?momentum=1&steps=1&batch=1');
    expect(await one.page.locator('.note').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/m = 1: the running statistics are just the last batch/)]),
    );
    const tiny = await site.open('#/demo/normalization?momentum=0.001&steps=300');
    expect(await tiny.page.locator('.note').first().textContent()).toMatch(/covered only 25\.9 %/);
    const w = await site.open('#/demo/normalization?momentum=1e9&batch=-2&kind=weird&groups=5&__proto__=x');
    expect(await w.page.locator('[data-demo="normalization"]').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.locator('[data-notice]').textContent()).toMatch(/momentum=1e9 is too large/);
  });

  test('the training-batches slider redraws the charts (time to the next frame printed, not asserted)', async ({ site }) => {
    const w = await site.open('#/demo/normalization');
    const readout = () => w.page.locator('[data-panel="running"] .readout').textContent();
    const before = await readout();
    const times: number[] = [];
    for (const v of [200, 30, 300, 1]) times.push(await sliderRedrawMs(w.page.getByRole('slider', { name: /Training batches seen/ }), v));
    await expect.poll(readout).not.toBe(before);
    printRedraw('normalization steps slider', times);
  });

  test('every presenter step applies and the demo stays ready', async ({ site }) => {
    const w = await site.open('#/demo/normalization?present=1');
    for (let k = 1; k <= 9; k++) {
      await w.page.keyboard.press('ArrowRight');
      await expect.poll(() => w.page.locator('[data-step]').getAttribute('data-step')).toBe(String(k));
      expect(await w.page.locator('[data-demo="normalization"]').getAttribute('data-state')).toBe('ready');
    }
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    const w = await site.open('#/demo/normalization', { width: 375, height: 740 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
