import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderNotebook, slugFromFile } from '../../../src/notebook/markdown';
import { notebookFiles } from '../../../src/notebook/vitePlugin';
import { loadSelfCheck, selfCheckSlugs } from '../../../src/notebook/selfcheck/selfCheckItems';
import { gradeNumeric, gradeOrder, startingOrder } from '../../../src/notebook/selfcheck/grade';

const dir = resolve(import.meta.dirname, '../../../notebooks');
const notebooks = notebookFiles(dir).map((f) => renderNotebook(slugFromFile(f), readFileSync(resolve(dir, f), 'utf8')).meta);
const questions = notebooks.flatMap((nb) => nb.cells.filter((c) => c.level === 2).map((c) => ({ slug: nb.slug, anchor: c.anchor })));
const sets = Object.fromEntries(await Promise.all(notebooks.map(async (nb) => [nb.slug, await loadSelfCheck(nb.slug)] as const)));
const items = Object.entries(sets).flatMap(([slug, set]) => Object.entries(set).flatMap(([anchor, list]) => list.map((item) => ({ slug, anchor, item }))));

describe('self-check items', () => {
  test('there are 35 questions, and every items file is named after a notebook', () => {
    expect(questions.length).toBe(35);
    expect(selfCheckSlugs.filter((s) => !notebooks.some((nb) => nb.slug === s))).toEqual([]);
  });

  test.for(questions.map((q) => [`${q.slug}/${q.anchor}`, q] as const))('%s has 3 to 5 items', ([, q]) => {
    const n = sets[q.slug]?.[q.anchor]?.length ?? 0;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
  });

  test('every item sits under a question that exists, with an id unique in its notebook and a prompt and explanation', () => {
    expect(items.length).toBeGreaterThanOrEqual(105);
    for (const { slug, anchor, item } of items) {
      expect(
        questions.some((q) => q.slug === slug && q.anchor === anchor),
        `${slug}/${anchor}`,
      ).toBe(true);
      expect(item.prompt.trim().length, item.id).toBeGreaterThan(10);
      expect(item.explain.trim().length, item.id).toBeGreaterThan(10);
    }
    for (const slug of Object.keys(sets)) {
      const ids = items.filter((i) => i.slug === slug).map((i) => i.item.id);
      expect(new Set(ids).size, slug).toBe(ids.length);
    }
  });

  test('every multiple-choice item has exactly one correct option and a reason on each wrong one', () => {
    const choice = items.filter((i) => i.item.kind === 'choice');
    expect(choice.length).toBeGreaterThan(0);
    for (const { item } of choice) {
      if (item.kind !== 'choice') continue;
      expect(item.options.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.options.filter((o) => o.correct).length, item.id).toBe(1);
      for (const o of item.options.filter((o) => !o.correct)) expect(o.why?.trim().length ?? 0, `${item.id}: ${o.text}`).toBeGreaterThan(10);
      expect(new Set(item.options.map((o) => o.text)).size, item.id).toBe(item.options.length);
    }
  });

  test('every numeric item has a finite answer and a tolerance above zero and below the answer’s size', () => {
    const numeric = items.filter((i) => i.item.kind === 'numeric');
    expect(numeric.length).toBeGreaterThan(0);
    for (const { item } of numeric) {
      if (item.kind !== 'numeric') continue;
      expect(Number.isFinite(item.answer), item.id).toBe(true);
      expect(item.tolerance, item.id).toBeGreaterThan(0);
      // A tolerance as wide as the answer would accept 0: the item would test nothing.
      expect(item.tolerance, item.id).toBeLessThan(Math.abs(item.answer));
      expect(gradeNumeric(item, item.answer + item.tolerance), item.id).toBe(true);
      expect(gradeNumeric(item, item.answer + 2 * item.tolerance), item.id).toBe(false);
    }
  });

  test('every ordering item has 3+ distinct steps and never starts solved', () => {
    const order = items.filter((i) => i.item.kind === 'order');
    expect(order.length).toBeGreaterThan(0);
    for (const { item } of order) {
      if (item.kind !== 'order') continue;
      expect(item.steps.length, item.id).toBeGreaterThanOrEqual(3);
      expect(new Set(item.steps).size, item.id).toBe(item.steps.length);
      const start = startingOrder(item.id, item.steps.length);
      expect(
        [...start].sort((a, b) => a - b),
        item.id,
      ).toEqual(item.steps.map((_, i) => i));
      expect(gradeOrder(item, start), item.id).toBe(false);
    }
  });
});
