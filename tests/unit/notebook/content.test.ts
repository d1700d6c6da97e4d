import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNotebook, slugFromFile } from '../../../src/notebook/markdown';
import { notebookFiles } from '../../../src/notebook/vitePlugin';
import { demoEntry } from '../../../src/notebook/registry';
import { exerciseEntry } from '../../../src/cells/exercises/registry';
import { validateParams } from '../../../src/demos/params';
import { parseHash } from '../../../src/app/route';
import { nonEmpty } from '../../nonEmpty';

/** The shipped notebooks against the seed question list: complete, in order, answered, linked. */
const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'notebooks');
const notebooks = notebookFiles(dir)
  .map((f) => renderNotebook(slugFromFile(f), readFileSync(resolve(dir, f), 'utf8')))
  .sort((a, b) => a.meta.order - b.meta.order);

function seedQuestions(): string[] {
  const seed = readFileSync(resolve(root, '../shared/seed/interview-questions.md'), 'utf8');
  return seed
    .split('\n')
    .filter((l) => /^- \S/.test(l))
    .map((l) => l.slice(2).trim());
}

const questionCells = notebooks.flatMap((nb) => nb.cells.filter((c) => c.level === 2).map((c) => ({ nb, c })));
const htmlOf = (segments: { kind: string; html?: string }[]) => segments.map((s) => s.html ?? '').join('');
const plainWords = (html: string) =>
  html
    .replace(/<span class="katex-mathml">[\s\S]*?<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w)).length;

describe('notebooks cover the seed', () => {
  const seed = seedQuestions();

  it('the seed has the questions we expect to find (35)', () => {
    expect(seed.length).toBe(35);
  });

  it('every seed question is a question heading, with its exact text, in seed order', () => {
    expect(questionCells.map(({ c }) => c.title)).toEqual(seed);
  });

  it('every notebook has a title, an order and a one-line summary', () => {
    for (const nb of notebooks) {
      expect(nb.meta.title.length, nb.meta.slug).toBeGreaterThan(3);
      expect(nb.meta.summary.length, nb.meta.slug).toBeGreaterThan(20);
    }
  });
});

describe('every answer is written', () => {
  it.each(nonEmpty(questionCells.map(({ nb, c }) => [`${nb.meta.slug}/${c.anchor}`, nb, c] as const)))(
    '%s has an answer of real length with follow-up questions',
    (_, nb, c) => {
      const family = nb.cells.filter((x) => x === c || x.parent === c.anchor);
      const html = family.map((x) => htmlOf(x.segments)).join('');
      expect(plainWords(html)).toBeGreaterThan(250);
      expect(html).not.toMatch(/\b(TODO|TBD|not written yet|coming soon|lorem ipsum)\b/i);
      expect(html).toMatch(/Follow-up questions/);
    },
  );

  it('each architecture of the first question has its own cell', () => {
    const subs = notebooks[0].cells.filter((c) => c.level === 3).map((c) => c.title);
    for (const name of ['EfficientNet', 'U-Net', 'YOLO', 'Mask R-CNN', 'ViT', 'CLIP']) {
      expect(
        subs.some((s) => s.includes(name)),
        name,
      ).toBe(true);
    }
  });
});

describe('demos and links resolve', () => {
  const directives = notebooks.flatMap((nb) =>
    nb.cells.flatMap((c) => c.segments.flatMap((s) => (s.kind === 'demo' ? [{ where: `${nb.meta.slug}/${c.anchor}`, ...s }] : []))),
  );

  it('the notebooks embed at least one demo', () => {
    expect(directives.length).toBeGreaterThan(0);
  });

  it.each(nonEmpty(directives.map((d) => [d.where, d.id, d] as const)))('%s embeds registered demo %s with valid params', (_, id, d) => {
    const entry = demoEntry(id);
    expect(entry, `demo "${id}" is not registered`).toBeDefined();
    expect(validateParams(entry!.meta.params, d.params).fixes).toEqual([]);
  });

  const embedded = notebooks.flatMap((nb) =>
    nb.cells.flatMap((c) => c.segments.flatMap((s) => (s.kind === 'exercise' ? [{ slug: nb.meta.slug, where: `${nb.meta.slug}/${c.anchor}`, id: s.id }] : []))),
  );

  it('the notebooks embed at least 12 exercises', () => {
    expect(new Set(embedded.map((e) => e.id)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(embedded.map((e) => [e.where, e.id] as const))('%s embeds registered exercise %s', (_, id) => {
    expect(exerciseEntry(id), `exercise "${id}" is not registered`).toBeDefined();
  });

  it('no notebook embeds the same exercise twice (its data-exercise hook must be unique on the page)', () => {
    const keys = embedded.map((e) => `${e.slug}:${e.id}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  const runnable = notebooks.flatMap((nb) => nb.cells.flatMap((c) => c.segments.flatMap((s) => (s.kind === 'code' ? [{ where: nb.meta.slug, ...s }] : []))));

  it('runnable cells import only what the sandbox provides', () => {
    expect(runnable.length).toBeGreaterThan(0);
    for (const c of runnable) {
      for (const m of c.code.matchAll(/from\s+['"]([^'"]+)['"]/g)) expect(['kernels', 'shapes'], `${c.id}`).toContain(m[1]);
    }
  });

  const links = notebooks.flatMap((nb) =>
    nb.cells.flatMap((c) => [...htmlOf(c.segments).matchAll(/href="(#[^"]*)"/g)].map((m) => ({ from: `${nb.meta.slug}/${c.anchor}`, href: m[1] }))),
  );

  it.each(nonEmpty(links.map((l) => [l.from, l.href] as const)))('%s → %s resolves', (_, href) => {
    const route = parseHash(href.replace(/&amp;/g, '&'));
    if (route.kind === 'demo') {
      expect(demoEntry(route.id), href).toBeDefined();
      return;
    }
    expect(route.kind, href).toBe('notebook');
    if (route.kind !== 'notebook') return;
    const target = notebooks.find((nb) => nb.meta.slug === route.slug);
    expect(target, `no notebook "${route.slug}"`).toBeDefined();
    if (route.anchor)
      expect(
        target!.meta.cells.map((c) => c.anchor),
        href,
      ).toContain(route.anchor);
  });
});
