import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, type Watched } from './site';

/** Demos whose image can be an upload, and the URL key that says so. */
const UPLOADERS = [
  ['roi-align', 'image'],
  ['vit', 'source'],
  ['yolo', 'source'],
  ['image-filters', 'image'],
] as const;

/** A 64×64 PNG, opaque red on its left half and fully transparent on its right half, made by the page's own encoder. */
const halfTransparentPng = async (page: Page) =>
  Buffer.from(
    await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = c.height = 64;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#f00';
      ctx.fillRect(0, 0, 32, 64);
      return c.toDataURL('image/png').split(',')[1];
    }),
    'base64',
  );
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="red"/></svg>';

/** Sum of the drawing pad's pixels (0 for a blank pad). */
const inkOnPad = (page: Page) =>
  page.getByLabel(/Drawing area/).evaluate((c: HTMLCanvasElement) =>
    c
      .getContext('2d')!
      .getImageData(0, 0, c.width, c.height)
      .data.reduce((s, v, i) => (i % 4 === 3 ? s : s + v), 0),
  );
async function drawStroke(w: Watched) {
  const pad = (await w.page.getByLabel(/Drawing area/).boundingBox())!;
  await w.page.mouse.move(pad.x + 10, pad.y + pad.height / 2);
  await w.page.mouse.down();
  await w.page.mouse.move(pad.x + pad.width - 10, pad.y + pad.height / 2, { steps: 8 });
  await w.page.mouse.up();
}

describe('uploads and links', () => {
  test.for(UPLOADERS)('%s: a link with %s=upload says the upload could not be restored', async ([id, key], { site }) => {
    const w = await site.open(`#/demo/${id}?${key}=upload`);
    expect(await w.page.locator(`[data-demo="${id}"]`).getAttribute('data-state')).toBe('ready');
    expect(await w.page.locator('[data-notice]').textContent()).toMatch(
      new RegExp(`${key}=upload could not be restored from the link \\(an upload is not part of a link: upload it again\\); showing `),
    );
  });

  /** How a user picks the image source in each demo: roi-align's select, vit's radio buttons. */
  const pick: Record<string, (page: Page, option: string) => Promise<unknown>> = {
    'roi-align': (page, option) => page.getByRole('combobox', { name: /^Image/ }).selectOption(option),
    vit: (page, option) => page.getByRole('radio', { name: option }).check(),
  };
  test.for([
    ['roi-align', 'image=draw', 'shapes', 'draw'],
    ['vit', 'source=draw', 'held-out scene', 'draw your own'],
  ] as const)('%s: leaving the drawing for another image and coming back keeps the drawing', async ([id, query, other, draw], { site }) => {
    const w = await site.open(`#/demo/${id}?${query}`);
    await drawStroke(w);
    const ink = await inkOnPad(w.page);
    expect(ink).toBeGreaterThan(0);
    await pick[id](w.page, other);
    await w.page.getByLabel(/Drawing area/).waitFor({ state: 'detached' });
    await pick[id](w.page, draw);
    await w.page.getByLabel(/Drawing area/).waitFor();
    await expect.poll(() => inkOnPad(w.page)).toBe(ink);
  });
});

describe('odd image files', () => {
  test('roi-align: transparent pixels are composited on white, and the page says so', async ({ site }) => {
    const w = await site.open('#/demo/roi-align?stride=1');
    await w.page.locator('input[type=file]').setInputFiles({ name: 'half.png', mimeType: 'image/png', buffer: await halfTransparentPng(w.page) });
    await expect.poll(() => w.page.url()).toMatch(/image=upload/);
    expect(await w.page.locator('[data-upload-note]').textContent()).toMatch(/transparent pixels .*on white/i);
    // The image's top-right pixel was transparent: white now, not black.
    const img = w.page.locator('[aria-label="The image, with the feature grid"] .pixel-grid');
    const b = (await img.boundingBox())!;
    await w.page.mouse.move(b.x + b.width - 2, b.y + 2);
    expect(await w.page.locator('[aria-label="The image, with the feature grid"] output').textContent()).toMatch(/\(127, [01]\) = 1, 1, 1$/);
  });

  test('image-filters: a transparent upload is composited on white, and the note says so', async ({ site }) => {
    const w = await site.open('#/demo/image-filters');
    await w.page.locator('input[type=file]').setInputFiles({ name: 'half.png', mimeType: 'image/png', buffer: await halfTransparentPng(w.page) });
    await expect.poll(() => w.page.locator('[data-upload-note]').textContent()).toMatch(/transparent pixels .*on white/i);
  });

  test.for(['roi-align', 'image-filters'])('%s: a valid SVG is refused in plain words, naming the formats that work', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}`);
    await w.page.locator('input[type=file]').setInputFiles({ name: 'red.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toMatch(/SVG is not supported; use PNG, JPEG or WebP/);
    expect(await w.page.locator(`[data-demo="${id}"]`).getAttribute('data-state')).toBe('ready');
  });
});
