import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import MiniSearch from 'minisearch';
import { renderNotebook, slugFromFile } from '../../../src/notebook/markdown';
import { notebookFiles } from '../../../src/notebook/vitePlugin';
import { searchPassages } from '../../../src/notebook/search/searchPassages';
import { searchOptions } from '../../../src/notebook/search/searchOptions';
import { SiteSearch } from '../../../src/notebook/search/siteSearch';
import { snippet } from '../../../src/notebook/search/snippet';
import { registryDocs } from '../../../src/notebook/search/registryDocs';
import { demos } from '../../../src/notebook/registry';
import { exercises } from '../../../src/cells/exercises/registry';

const dir = resolve(import.meta.dirname, '../../../notebooks');
const notebooks = notebookFiles(dir).map((f) => {
  const source = readFileSync(resolve(dir, f), 'utf8');
  return { meta: renderNotebook(slugFromFile(f), source).meta, source };
});
// Built exactly as the Vite plugin builds it: MiniSearch serialised, then loaded as the page loads it.
const index = new MiniSearch(searchOptions);
index.addAll(notebooks.flatMap((n) => searchPassages(n.meta, n.source)));
const site = new SiteSearch(JSON.stringify(index), []);

/** The first sentence-long paragraph of a question's answer, read straight from the markdown (not through our passages). */
function phraseFrom(source: string, anchor: string): string {
  const body = source.split(new RegExp(`^##[^\\n]*\\{#${anchor}\\}\\s*$`, 'm'))[1].split(/^## /m)[0];
  // A prose paragraph: not a heading, directive, fence, table, quote, list or display math.
  const para = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => !/^(#|::|```|\||>|-|\*\s|\d|\$\$)/.test(p) && p.split(/\s+/).length >= 12);
  if (!para) throw new Error(`no plain paragraph under ${anchor}`);
  // Six plain words from the middle of the paragraph: a phrase a reader could remember.
  const words = para
    .replace(/[^A-Za-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return words.slice(2, 8).join(' ');
}

const questions = notebooks.flatMap((n) => n.meta.cells.filter((c) => c.level === 2).map((c) => ({ slug: n.meta.slug, anchor: c.anchor, source: n.source })));

describe('site search', () => {
  test('the notebooks hold the 35 questions of the seed list', () => {
    expect(questions.length).toBe(35);
  });

  test.for(questions.map((q) => [`${q.slug}/${q.anchor}`, q] as const))('%s is found by a phrase from its answer', ([, q]) => {
    const phrase = phraseFrom(q.source, q.anchor);
    const hrefs = site.search(phrase, 8).map((h) => h.href);
    // Its own question or one of its sub-cells (a passage under a ### links to the sub-cell).
    const own = notebooks.find((n) => n.meta.slug === q.slug)!.meta.cells.filter((c) => c.anchor === q.anchor || c.parent === q.anchor);
    expect(
      hrefs.some((h) => own.some((c) => h === `#/${q.slug}/${c.anchor}`)),
      `"${phrase}" → ${hrefs.join(', ')}`,
    ).toBe(true);
  });

  test('a query with no match gives no result, and an empty one gives none either', () => {
    expect(site.search('zzqxjv')).toEqual([]);
    expect(site.search('   ')).toEqual([]);
  });

  test('a snippet marks each occurrence of a term, case-insensitively, and cuts on a word boundary', () => {
    const parts = snippet('The IoU of a box with itself is 1; iou is symmetric.', ['iou']);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['IoU', 'iou']);
    expect(parts.map((p) => p.text).join('')).toBe('The IoU of a box with itself is 1; iou is symmetric.');
    const long = snippet('alpha '.repeat(50) + 'target word', ['target'], 40);
    expect(long[0].text).toBe('…');
    expect(long[1].text.startsWith('alpha')).toBe(true);
  });
});

describe('demo and exercise records', () => {
  test('a demo is found by words of its claim and links to the question that embeds it; an exercise by its title', () => {
    const docs = registryDocs(
      notebooks.map((n) => n.meta),
      demos,
      exercises,
    );
    const withRegistry = new SiteSearch(JSON.stringify(index), docs);
    const roi = demos['roi-align'].meta;
    const embeddedIn = notebooks.flatMap((n) => n.meta.cells.filter((c) => c.demos.includes('roi-align')).map((c) => `#/${n.meta.slug}/${c.anchor}`));
    expect(embeddedIn.length).toBeGreaterThan(0);
    const demoHits = withRegistry.search(roi.title, 20).filter((h) => h.kind === 'demo');
    expect(demoHits.map((h) => h.href).some((h) => embeddedIn.includes(h))).toBe(true);
    const nmsHome = notebooks.flatMap((n) => n.meta.cells.filter((c) => c.exercises.includes('nms')).map((c) => `#/${n.meta.slug}/${c.anchor}`));
    expect(withRegistry.search('Greedy NMS exercise', 20).some((h) => h.kind === 'exercise' && nmsHome.includes(h.href))).toBe(true);
  });
});
