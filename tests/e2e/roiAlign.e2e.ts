import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect } from 'vitest';
import { ARTIFACTS, screenshot, test, type Watched } from './site';

const checkResult = async (w: Watched) => {
  await w.page.getByRole('button', { name: /Check against onnxruntime/ }).click();
  await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
  return (await w.page.locator('.reference-check output').textContent()) ?? '';
};

/** The RoI corners the URL holds (defaults where absent). */
const corners = (url: string) => {
  const q = new URLSearchParams(url.split('?')[1] ?? '');
  const v = (k: string, d: number) => Number(q.get(k) ?? d);
  return { x1: v('x1', 51), y1: v('y1', 34), x2: v('x2', 91), y2: v('y2', 74) };
};
/** No number on the page reads NaN or ±Infinity, and the RoI is at least `MIN_ROI` px on each side. */
async function expectSaneBox(w: Watched) {
  await w.page.waitForTimeout(300); // past the URL writer's debounce
  const c = corners(w.page.url());
  expect(c.x2 - c.x1, JSON.stringify(c)).toBeGreaterThanOrEqual(1);
  expect(c.y2 - c.y1, JSON.stringify(c)).toBeGreaterThanOrEqual(1);
  expect(await w.page.locator('[data-demo="roi-align"]').textContent()).not.toMatch(/NaN|Infinity|\b0×|×-|×−/);
}

describe('roi-align: the box is never inverted or empty', () => {
  test('a link with x1 > x2 is normalised, with a notice that says so', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?x1=100&x2=10&y1=60&y2=60');
    expect(await w.page.locator('[data-notice]').textContent()).toMatch(/x1=100 and x2=10 swapped/);
    await expectSaneBox(w);
    expect(corners(w.page.url())).toMatchObject({ x1: 10, x2: 100 });
  });

  test('typing x1 past x2 swaps the corners', async ({ site }) => {
    const w = await site.open('#/demo/roi-align');
    const x1 = w.page.getByRole('spinbutton', { name: /^x1/ });
    await x1.fill('120');
    await x1.press('Enter');
    await expect.poll(() => corners(w.page.url()).x1).toBe(91);
    expect(corners(w.page.url()).x2).toBe(120);
    await expectSaneBox(w);
  });

  test('Shift+← sixty times leaves a box of the minimum width, not zero', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?stride=1');
    await w.page.locator('[aria-label^="RoI in image pixels"]').focus();
    for (let i = 0; i < 60; i++) await w.page.keyboard.press('Shift+ArrowLeft');
    await expectSaneBox(w);
  });

  test('dragging a corner past the opposite one keeps a box of the minimum size', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?stride=1');
    const grip = w.page.locator('[aria-label^="RoI in image pixels"] .grip.se');
    const g = (await grip.boundingBox())!;
    await w.page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(g.x - 150, g.y - 150, { steps: 8 });
    await w.page.mouse.up();
    await expectSaneBox(w);
  });
});

describe('roi-align demo', () => {
  test('dragging the RoI moves it in the URL and redraws; the redraw time is reported', async ({ site }) => {
    const w = await site.open('#/demo/roi-align');
    const box = w.page.locator('[aria-label="Feature map with the RoI, its bins and samples"] .body');
    const b = (await box.boundingBox())!;
    await w.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await w.page.mouse.down();
    const times: number[] = [];
    for (let i = 1; i <= 20; i++) {
      await w.page.mouse.move(b.x + b.width / 2 + i * 3, b.y + b.height / 2 + i * 2);
      await w.page.waitForFunction(() => document.querySelector('[data-redraw-ms]') !== null);
      const ms = Number(await w.page.locator('[data-redraw-ms]').getAttribute('data-redraw-ms'));
      if (Number.isFinite(ms)) times.push(ms);
    }
    await w.page.mouse.up();
    await expect.poll(() => w.page.url()).toMatch(/x1=\d/);
    expect(times.length).toBeGreaterThan(0);
    times.sort((a, c) => a - c);
    const report = { dragEvents: times.length, medianMs: times[times.length >> 1], maxMs: times[times.length - 1] };
    writeFileSync(resolve(ARTIFACTS, 'roi-align-redraw.json'), JSON.stringify(report, null, 2));
    console.log(`roi-align redraw per drag event: ${JSON.stringify(report)}`);
  });

  test('moves the RoI with arrow keys when the box has focus', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?stride=1');
    await w.page.locator('[aria-label^="RoI in image pixels"]').focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/x1=53&/);
  });

  test('agrees with onnxruntime-web RoiAlign in the page (avg, aligned and not)', async ({ site }) => {
    for (const q of ['', '?aligned=0&stride=16&ratio=0&out=7', '?stride=4&x1=120&y1=120&x2=128&y2=128&out=5']) {
      const w = await site.open(`#/demo/roi-align${q}`);
      expect(await checkResult(w), q).toMatch(/within tolerance/);
    }
  });

  test('explains why max mode differs from onnxruntime', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?mode=max&feature=edges-x');
    const text = await checkResult(w);
    expect(text).toMatch(/within tolerance/);
    expect(text).toMatch(/onnx\/onnx#4764/);
  });

  test('steps sample by sample in presenter mode, accumulating the output', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?present=1');
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toMatch(/sample=1/);
    expect(await w.page.locator('.sample-panel').textContent()).toMatch(/Sample 1 at/);
    await screenshot(w, 'presenter-roi-align');
  });

  test('refuses a file that is not an image with a readable message', async ({ site }) => {
    const w = await site.open('#/demo/roi-align');
    await w.page.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toMatch(/not an image/);
    expect(await w.page.locator('[data-demo="roi-align"]').getAttribute('data-state')).toBe('ready');
  });

  test('uses an uploaded image, and says so when one cannot be decoded', async ({ site }) => {
    const w = await site.open('#/demo/roi-align');
    const png = await w.page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
    await w.page.locator('input[type=file]').setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => w.page.url()).toMatch(/image=upload/);
    await w.page.locator('input[type=file]').setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not a png') });
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toMatch(/could not be decoded/);
    expect(await w.page.locator('[data-demo="roi-align"]').getAttribute('data-state')).toBe('ready');
  });

  test('lets you draw the image and pools what you drew', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?image=draw&stride=4&x1=0&y1=0&x2=128&y2=128&out=1&ratio=0');
    const readOut = () => w.page.locator('[aria-label="RoIAlign"] td').first().textContent();
    expect(Number(await readOut())).toBe(0); // a blank drawing pools to 0; ratio 0 samples every cell, so no stroke is missed
    const pad = (await w.page.getByLabel(/Drawing area/).boundingBox())!;
    await w.page.mouse.move(pad.x + 20, pad.y + pad.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(pad.x + pad.width - 20, pad.y + pad.height / 2, { steps: 10 });
    await w.page.mouse.up();
    await expect.poll(async () => Number(await readOut())).toBeGreaterThan(0.01);
    await w.page.getByRole('button', { name: 'Clear drawing' }).click();
    await expect.poll(async () => Number(await readOut())).toBe(0);
  });
});
