import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { renderNotebook, slugFromFile } from '../../src/notebook/markdown';
import { notebookFiles } from '../../src/notebook/vitePlugin';
import { encodeCode } from '../../src/cells/shareLink';

/** Where the notebooks embed each exercise and each runnable cell, and how a browser test drives them. */
const dir = resolve(import.meta.dirname, '../../notebooks');
const rendered = notebookFiles(dir).map((f) => renderNotebook(slugFromFile(f), readFileSync(resolve(dir, f), 'utf8')));

export interface Place {
  slug: string;
  anchor: string;
}

export const exercisePlaces = new Map<string, Place>();
export const codeCells: (Place & { id: string; code: string })[] = [];
for (const nb of rendered) {
  for (const c of nb.cells) {
    for (const s of c.segments) {
      if (s.kind === 'exercise' && !exercisePlaces.has(s.id)) exercisePlaces.set(s.id, { slug: nb.meta.slug, anchor: c.anchor });
      if (s.kind === 'code') codeCells.push({ slug: nb.meta.slug, anchor: c.anchor, id: s.id, code: s.code });
    }
  }
}
export const notebooksWithoutCells = rendered.filter((nb) => nb.meta.cells.every((c) => !c.exercises.length && !c.codeCells)).map((nb) => nb.meta.slug);

/** The link that opens a cell (or `exercise-<id>`) with `code` in it, as the Share button writes it. */
export function sharedHash(p: Place, cellId: string, code: string): string {
  return `#/${p.slug}/${p.anchor}?${new URLSearchParams({ cell: cellId, code: encodeCode(code) })}`;
}

/** Replaces the editor's text as a paste would (no auto-closed brackets or auto-indent). */
export async function setCode(page: Page, root: Locator, code: string): Promise<void> {
  const content = root.locator('.cm-content');
  await content.waitFor();
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  // CodeMirror draws only the lines near the viewport, so check the first line rather than the whole text.
  const first = code.trim().split('\n')[0].trim();
  await expect.poll(() => content.evaluate((e) => (e as HTMLElement).innerText.replace(/\u00a0/g, ' '))).toContain(first);
}

export const FINAL = ['passed', 'failed', 'error', 'timeout', 'done'];

/** Clicks `action` inside root and resolves, measured in the page, when root's data-state leaves running. */
export async function clickAndTime(root: Locator, action: string): Promise<{ state: string; ms: number }> {
  return root.evaluate(
    (el, [action, final]) =>
      new Promise<{ state: string; ms: number }>((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          const s = el.getAttribute('data-state') ?? '';
          if ((final as string[]).includes(s)) {
            obs.disconnect();
            resolve({ state: s, ms: performance.now() - t0 });
          }
        });
        obs.observe(el, { attributes: true, attributeFilter: ['data-state'] });
        (el.querySelector(`[data-action="${action}"]`) as HTMLButtonElement).click();
      }),
    [action, FINAL] as const,
  );
}
