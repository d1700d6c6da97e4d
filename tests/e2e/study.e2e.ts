import { describe, expect } from 'vitest';
import { test, settled } from './site';

describe('search', () => {
  test('/ focuses the search box; typing, ↓ and Enter land on the question’s anchor', async ({ site }) => {
    const w = await site.open('#/');
    const { page } = w;
    await page.keyboard.press('/');
    const box = page.locator('input[type="search"]');
    await expect.poll(() => box.evaluate((e) => e === document.activeElement)).toBe(true);
    await box.fill('overlap-tile strategy mirroring');
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^#\/[\w-]+\/[\w-]+$/);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => first.evaluate((e) => e === document.activeElement)).toBe(true);
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(href!);
    await settled(w);
    const anchor = href!.split('/').pop()!;
    await expect.poll(() => page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(await page.locator('#search-results').isHidden()).toBe(true);
  });

  test('↑ from the first result goes back to the box, and Escape closes the results', async ({ site }) => {
    const { page } = await site.open('#/');
    const box = page.locator('input[type="search"]');
    await box.fill('RoIAlign');
    await page.locator('#search-results a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page
          .locator('#search-results a')
          .nth(1)
          .evaluate((e) => e === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => box.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-results').isHidden()).toBe(true);
  });
});

describe('self-check', () => {
  test('each question on a notebook page has its self-check root, and a wrong choice shows why it is wrong', async ({ site }) => {
    const { page } = await site.open('#/model-architecture');
    for (const anchor of ['architectures', 'choose-model', 'trade-offs']) await page.locator(`[data-selfcheck="${anchor}"]`).waitFor({ state: 'attached' });
    const sc = page.locator('[data-selfcheck="choose-model"]');
    await sc.locator('summary').click();
    const item = sc.locator('[data-item="touching-cells"]');
    await item.getByLabel('Image classification').check();
    await item.getByRole('button', { name: 'Check' }).click();
    expect(await item.getAttribute('data-verdict')).toBe('wrong');
    expect(await item.textContent()).toContain('One label per image cannot count');
  });

  test('flashcards start from an empty deck when storage is corrupt, and store the card just answered', async ({ site }) => {
    const { page } = await site.open('#/study/model-architecture');
    await page.evaluate(() => localStorage.setItem('concept-notebook:flashcards:v1', '{broken'));
    await page.reload();
    await page.locator('[data-flashcards][data-state="ready"] .card').waitFor();
    const card = page.locator('.card [data-item]');
    const kind = await card.getAttribute('data-kind');
    if (kind === 'numeric') await card.locator('input').fill('-1');
    else if (kind === 'choice') await card.locator('input[type="radio"]').first().check();
    await card.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Next card' }).click();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('concept-notebook:flashcards:v1') ?? '{}'));
    expect(Object.keys(stored).length).toBe(1);
  });

  test('the study-group screen reveals on r and counts hands with the number keys', async ({ site }) => {
    const { page } = await site.open('#/group/model-architecture');
    await page.locator('[data-group][data-state="ready"] h1').waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    expect(await page.locator('[data-bucket="A"] strong').textContent()).toBe('2');
    await page.keyboard.press('r');
    await page.locator('[data-answer]').waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-item-index]').getAttribute('data-item-index')).toBe('1');
    expect(await page.locator('[data-answer]').count()).toBe(0);
  });
});

describe('notes window', () => {
  test('n in presenter mode opens the notes, which follow the steps both ways over a BroadcastChannel', async ({ site }) => {
    const { page } = await site.open('#/demo/bilinear?present=1');
    const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
    await notes.waitForLoadState();
    await expect.poll(() => notes.locator('[data-notes]').getAttribute('data-step'), { timeout: 10000 }).toBe('0');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.locator('[data-notes]').getAttribute('data-step'), { timeout: 10000 }).toBe('1');
    const say = await page.locator('.say.current').textContent();
    expect(await notes.locator('[data-say-now]').textContent()).toBe(say);
    await notes.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-step]').getAttribute('data-step'), { timeout: 10000 }).toBe('2');
  });
});

describe('study pages in both colour schemes', () => {
  test.for(['#/study', '#/group', '#/notes', '#/study/research'])('%s settles without an error, light and dark', async (hash, { site }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.open(hash, { colorScheme, width: 375, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      // Readable at 375 px: nothing may push the page sideways.
      expect(overflow, colorScheme).toBeLessThanOrEqual(0);
    }
  });
});
