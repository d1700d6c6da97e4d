import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, test } from './site';

const card = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../models/clip/card.json'), 'utf8')) as {
  validation: { retrieval: { imageToText: number; textToImage: number }; zeroShot: Record<string, { accuracy: number }> };
};

/** Fewest successes out of n a model with per-item accuracy p shows in all but ~2.5% of batches (binomial, normal approximation). */
const floorFor = (p: number, n: number) => Math.max(0, Math.floor(n * p - 2 * Math.sqrt(n * p * (1 - p))));

/** Waits until the embeddings on screen are those of batch `key` ("seed/n"). */
const result = (page: Page, key: string) =>
  page.waitForFunction((k) => document.querySelector('[data-model-status]')?.getAttribute('data-result') === k, key, { timeout: 60000 });
const zeroShot = async (page: Page, set: string) => {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector('[data-zs-set]');
      return el?.getAttribute('data-zs-set') === s && el.getAttribute('data-zs-correct') !== '';
    },
    set,
    { timeout: 60000 },
  );
  const el = page.locator('[data-zs-set]');
  return { correct: Number(await el.getAttribute('data-zs-correct')), total: Number(await el.getAttribute('data-zs-total')) };
};
const attr = async (page: Page, name: string) => Number(await page.locator(`[${name}]`).first().getAttribute(name));

describe('clip demo', () => {
  test('reaches ready, loads both encoders, and the diagonal wins most rows and columns of the default batch', async ({ site }) => {
    const w = await site.open('#/demo/clip');
    expect(await w.page.locator('[data-demo="clip"]').getAttribute('data-state')).toBe('ready');
    await result(w.page, '2025/8');
    expect(await w.page.locator('[data-model-status]').getAttribute('data-model-status')).toBe('ready');
    expect(await w.page.locator('.engine-badge').first().textContent()).toMatch(/onnxruntime-web/);
    // The card's top-1 retrieval is measured within batches of 32; a batch of 8 has fewer distractors.
    const rows = await attr(w.page, 'data-diagonal-rows');
    const cols = await attr(w.page, 'data-diagonal-cols');
    console.log(`clip default batch: diagonal wins ${rows}/8 rows, ${cols}/8 columns`);
    expect(rows).toBeGreaterThanOrEqual(Math.max(5, floorFor(card.validation.retrieval.imageToText, 8)));
    expect(cols).toBeGreaterThanOrEqual(Math.max(5, floorFor(card.validation.retrieval.textToImage, 8)));
    expect(await w.page.locator('.matrix:not([aria-label^="attention"])').count()).toBe(2); // the similarity panel's two; the swap test adds one attention grid per text
    expect(await w.page.locator('.formula').textContent()).toMatch(/L = ½\(/);
    await screenshot(w, 'clip-light');
  });

  test('classifies the default zero-shot row with “a photo of a {shape}” about as well as the card says', async ({ site }) => {
    const w = await site.open('#/demo/clip');
    await result(w.page, '2025/8');
    const zs = await zeroShot(w.page, 'photo');
    console.log(`clip zero-shot "a photo of a {shape}": ${zs.correct}/${zs.total}`);
    expect(zs.total).toBe(8);
    expect(zs.correct).toBeGreaterThanOrEqual(floorFor(card.validation.zeroShot.photo.accuracy, 8));
    // Colour by ensemble: the card reports its own accuracy for it too.
    await w.page.getByLabel('Prompts').selectOption('colour-ensemble');
    await expect.poll(() => w.page.url()).toMatch(/prompts=colour-ensemble/);
    const colour = await zeroShot(w.page, 'colour-ensemble');
    expect(colour.correct).toBeGreaterThanOrEqual(floorFor(card.validation.zeroShot['colour-ensemble'].accuracy, 8));
  });

  test('shows an unknown word of a custom prompt as <unk>, with a note', async ({ site }) => {
    const w = await site.open('#/demo/clip?prompts=custom');
    await result(w.page, '2025/8');
    await w.page.getByLabel(/Your prompts/).fill('a red circle\na photo of a zebra');
    await expect.poll(() => w.page.locator('.unk-note').textContent()).toMatch(/zebra/);
    expect(await w.page.locator('.chip.unk').count()).toBeGreaterThanOrEqual(1);
    await zeroShot(w.page, 'custom');
    expect(await w.page.locator('[aria-label="Zero-shot predictions"] li').count()).toBe(8);
  });

  test('round-trips its settings through the URL, and a control writes them back', async ({ site }) => {
    const q = 'seed=7&n=6&row=2&axis=cols&learned=0&scale=50&prompts=ensemble';
    const w = await site.open(`#/demo/clip?${q}`);
    await result(w.page, '7/6');
    for (const part of q.split('&')) expect(w.page.url()).toContain(part);
    expect(await w.page.locator('[data-notice]').count()).toBe(0);
    expect(await w.page.locator('.formula').textContent()).toMatch(/at exp\(t\) = 50\.00/);
    expect(await w.page.getByRole('radio', { name: /columns/ }).isChecked()).toBe(true);
    expect(await w.page.locator('.batch li').count()).toBe(6);
    expect(await w.page.locator('.batch li.selected .caption .idx').textContent()).toBe('T3');
    await zeroShot(w.page, 'ensemble');
    await w.page.getByRole('button', { name: 'New batch' }).click();
    await expect.poll(() => w.page.url()).toMatch(/seed=8\b/);
    await result(w.page, '8/6');
    // Reloading the written URL reproduces the same state.
    const url = w.page.url();
    await w.page.goto('about:blank');
    await w.page.goto(url);
    await result(w.page, '8/6');
    expect(w.page.url()).toBe(url);
  });

  test('repairs bad URL params and says what it fixed', async ({ site }) => {
    const w = await site.open('#/demo/clip?n=40&scale=0&prompts=nope&axis=diagonal');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/n=40 is too large, set to max 12/);
    expect(await notice.textContent()).toMatch(/prompts="nope"/);
    await result(w.page, '2025/12');
  });

  test('draws each pair’s line from the image point to the caption point, and the loss agrees with onnxruntime', async ({ site }) => {
    const w = await site.open('#/demo/clip');
    await result(w.page, '2025/8');
    const gap = await w.page.evaluate(() => {
      const circles = [...document.querySelectorAll('.map .points circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
      const n = circles.length / 2;
      let worst = 0;
      document.querySelectorAll('.map .links line').forEach((l, i) => {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a)));
        worst = Math.max(worst, Math.hypot(x1 - circles[i][0], y1 - circles[i][1]), Math.hypot(x2 - circles[n + i][0], y2 - circles[n + i][1]));
      });
      return { worst, lines: document.querySelectorAll('.map .links line').length, n };
    });
    expect(gap.n).toBe(8);
    expect(gap.lines).toBe(8);
    expect(gap.worst).toBeLessThan(1e-6);
    await w.page.getByRole('button', { name: /Check against onnxruntime/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
    expect(await w.page.locator('.reference-check output').textContent()).toMatch(/within tolerance/);
  });

  test('walks the presenter steps from the keyboard and moves the temperature', async ({ site }) => {
    const w = await site.open('#/demo/clip?step=4');
    await result(w.page, '2025/8');
    const loss = async () => Number(await w.page.locator('[data-loss]').getAttribute('data-loss'));
    const learned = await loss();
    await w.page.getByRole('button', { name: 'Next step' }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('.formula').textContent()).toMatch(/at exp\(t\) = 1\.00/);
    // exp(t) = 1: logits within [−1, 1], rows nearly flat: the loss rises towards ln 8 but cannot pass it while the diagonal wins.
    const flat = await loss();
    expect(flat).toBeGreaterThan(learned);
    expect(flat).toBeLessThan(Math.log(8));
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('.formula').textContent()).toMatch(/at exp\(t\) = 100\.00/);
    expect(await w.page.locator('[data-step]').getAttribute('data-step')).toBe('6');
  });

  test('fits a 375 px phone without sideways scrolling, in dark mode too', async ({ site }) => {
    const w = await site.open('#/demo/clip?n=12', { width: 375, height: 740, colorScheme: 'dark' });
    await result(w.page, '2025/12');
    await zeroShot(w.page, 'photo');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(w, 'clip-phone-dark');
  });
});
