import { defaults } from '../../demos/params';
import type { DemoEntry } from '../../demos/types';
import type { ExerciseEntry } from '../../cells/exercises/registry';
import type { NotebookMeta } from '../types';
import type { SearchDoc } from './searchOptions';

/**
 * Search records for demos and exercises, made in the page from their eager registries (the build
 * cannot load those: demo components and exercise sources are Vite-only imports). A record sits
 * under every question that embeds it; a demo embedded nowhere sits under the first question it answers.
 */
export function registryDocs(notebooks: NotebookMeta[], demos: Record<string, DemoEntry>, exercises: Record<string, ExerciseEntry>): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const homes = (has: (c: NotebookMeta['cells'][number]) => boolean) =>
    notebooks.flatMap((nb) => nb.cells.filter(has).map((c) => ({ slug: nb.slug, anchor: c.anchor })));
  for (const [id, { meta }] of Object.entries(demos)) {
    const steps = meta.steps?.(defaults(meta.params)) ?? [];
    const text = [`Demo: ${meta.title}.`, meta.claim, ...steps.map((s) => s.say)].join(' ');
    const where = homes((c) => c.demos.includes(id));
    const fallback = meta.questions.slice(0, 1).map((q) => ({ slug: q.split('/')[0], anchor: q.split('/')[1] }));
    for (const at of where.length ? where : fallback) docs.push({ id: `demo/${id}/${docs.length}`, ...at, kind: 'demo', title: meta.title, text });
  }
  for (const [id, { title }] of Object.entries(exercises)) {
    for (const at of homes((c) => c.exercises.includes(id)))
      docs.push({ id: `exercise/${id}/${docs.length}`, ...at, kind: 'exercise', title: `Exercise: ${title}`, text: `Exercise: ${title}` });
  }
  return docs;
}
