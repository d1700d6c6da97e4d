import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './site';
import { demoIds } from './catalogue';
import { nonEmpty } from '../nonEmpty';

/** Object.prototype's members: a look-up that is not own-property-only finds them on every object. */
const HOSTILE = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
const notice = (page: Page) => page.locator('[data-notice]').textContent();
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('URL parameters of any name', () => {
  test.for(nonEmpty(demoIds, 'demo list'))('%s is ready, with a notice, when the link holds keys named like built-in properties', async (id, { site }) => {
    const w = await site.open(`#/demo/${id}?${HOSTILE.map((k) => `${k}=x`).join('&')}`);
    expect(await w.page.locator(`[data-demo="${id}"]`).getAttribute('data-state')).toBe('ready');
    const text = await notice(w.page);
    for (const k of HOSTILE) expect(text).toContain(`unknown parameter "${k}" ignored`);
  });

  test('after a hostile link, the rail and other demo links work without a reload', async ({ site }) => {
    const w = await site.open('#/demo/bilinear?constructor=x');
    await w.page.locator('#rail a[href="#/demo/roi-align"]').click();
    await w.page.locator('[data-demo="roi-align"][data-state="ready"]').waitFor();
    await w.page.evaluate(() => (location.hash = '#/demo/clip?toString=1'));
    await w.page.locator('[data-demo="clip"][data-state="ready"]').waitFor();
  });
});

describe('repair notices', () => {
  test('echo at most 40 characters of a 100,000-character value, and the page keeps its width', async ({ site }) => {
    const w = await site.open(`#/demo/bilinear?mode=${'x'.repeat(100000)}&${'k'.repeat(5000)}=1`);
    const text = (await notice(w.page))!;
    expect(text).toContain(`mode="${'x'.repeat(39)}…" is not one of half_pixel`);
    expect(text).not.toContain('x'.repeat(40));
    expect(text).toContain(`unknown parameter "${'k'.repeat(39)}…" ignored`);
    expect(text.length).toBeLessThan(1000);
    expect(await overflow(w.page)).toBeLessThanOrEqual(1);
  });

  test('strip bidi controls, so a right-to-left override cannot reverse the message', async ({ site }) => {
    // %E2%80%AE is U+202E RIGHT-TO-LEFT OVERRIDE; %E2%81%A6 U+2066 LEFT-TO-RIGHT ISOLATE.
    const w = await site.open('#/demo/bilinear?mode=%E2%80%AEabc%E2%81%A6def');
    const text = (await notice(w.page))!;
    expect(text).toContain('mode="abcdef" is not one of');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  });

  test('say what was wrong: a fraction, a huge number, a count past what the settings have', async ({ site }) => {
    const w = await site.open('#/demo/bilinear?step=1.5&outSize=1e999&inSize=abc');
    const text = (await notice(w.page))!;
    expect(text).toContain('step=1.5 is not a whole number; rounded to 2');
    expect(text).toContain('outSize=1e999 is too large, set to max 32');
    expect(text).toContain('inSize="abc" is not a number; using 4');
    // RoIAlign's default box (out 3, ratio 2) has 3·3·2·2 = 36 samples, numbered 0…35.
    const r = await site.open('#/demo/roi-align?sample=99999');
    expect(await notice(r.page)).toContain('sample=99999 is too large, set to max 35 (these settings have 36 samples, numbered from 0)');
    await expect.poll(() => r.page.url()).toMatch(/sample=35\b/);
  });
});
