import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, test } from './site';
import { demoIds } from './catalogue';
import { nonEmpty } from '../nonEmpty';

const PHONE = { width: 375, height: 740 };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** Smallest rendered size of any visible SVG label (overlays on images too): font size times the viewBox scale it is drawn at. */
const smallestSvgText = (page: Page) =>
  page.evaluate(() => {
    let min = { px: Infinity, text: '' };
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const text = t.textContent?.trim() ?? '';
      if (!text || !t.getBoundingClientRect().width) continue;
      const m = t.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      if (px < min.px) min = { px, text };
    }
    return min;
  });

describe('the ☰ menu on a phone', () => {
  test('"All questions" is not under the sticky header, and Escape closes the menu and returns focus to ☰', async ({ site }) => {
    const w = await site.open('#/metrics', PHONE);
    const toggle = w.page.getByRole('button', { name: /Notebooks/ });
    await toggle.click();
    const all = w.page.getByRole('link', { name: 'All questions' });
    const b = (await all.boundingBox())!;
    const header = (await w.page.locator('.topbar').boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
    // What a tap at its centre hits is the link itself, not the header.
    expect(await w.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent?.trim(), [b.x + b.width / 2, b.y + b.height / 2])).toBe(
      'All questions',
    );
    await all.focus();
    await w.page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await w.page.locator('#rail').isVisible()).toBe(false);
    expect(await w.page.evaluate(() => document.activeElement?.classList.contains('rail-toggle'))).toBe(true);
  });
});

describe('a 375 px phone', () => {
  test('roi-align fits: the feature map and its tables stay inside the page, even at out=14', async ({ site }) => {
    for (const q of ['', '?out=14&stride=1']) {
      const w = await site.open(`#/demo/roi-align${q}`, PHONE);
      expect(await overflow(w.page), q).toBeLessThanOrEqual(0);
    }
  });

  test.for(['roi-align', 'bilinear', 'unet', 'training'])('%s in presenter mode fits the phone', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}?present=1`, PHONE);
    expect(await overflow(w.page)).toBeLessThanOrEqual(0);
  });

  test.for(nonEmpty(demoIds, 'demo list'))('%s: every SVG label renders at 12 px or more', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}`, PHONE);
    const min = await smallestSvgText(w.page);
    console.log(`${id}: smallest SVG label ${min.px.toFixed(1)} px (“${min.text.slice(0, 20)}”)`);
    expect(min.px, min.text).toBeGreaterThanOrEqual(12);
  });
});

describe('history', () => {
  test('Back and Forward both restore the scroll position of the page they return to', async ({ site }) => {
    const w = await site.open('#/metrics');
    await w.page.evaluate(() => scrollTo(0, 1200));
    const y1 = await w.page.evaluate(() => scrollY);
    expect(y1).toBeGreaterThan(1000);
    await w.page.evaluate(() => (location.hash = '#/demo/bilinear'));
    await settled(w);
    await w.page.evaluate(() => scrollTo(0, 300));
    const y2 = await w.page.evaluate(() => scrollY);
    expect(y2).toBeGreaterThan(200);
    await w.page.goBack();
    await expect.poll(() => w.page.evaluate(() => scrollY)).toBe(y1);
    await w.page.goForward();
    await settled(w);
    await expect.poll(() => w.page.evaluate(() => scrollY)).toBe(y2);
  });
});
