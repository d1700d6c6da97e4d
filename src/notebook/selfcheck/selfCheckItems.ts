import type { NotebookSelfCheck, SelfCheckItem } from './types';

/** Each notebook's items are a lazy chunk: a page loads only its own, the flashcards load what they study. */
const files = import.meta.glob<{ items: NotebookSelfCheck }>('./items/*.ts');
const bySlug: Record<string, () => Promise<{ items: NotebookSelfCheck }>> = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), load]),
);

export const selfCheckSlugs = Object.keys(bySlug);

export async function loadSelfCheck(slug: string): Promise<NotebookSelfCheck> {
  return Object.hasOwn(bySlug, slug) ? (await bySlug[slug]()).items : {};
}

/** One item with where it belongs; `key` is stable across builds (the flashcard deck's key). */
export interface PlacedItem {
  key: string; // `<slug>/<anchor>/<item id>`
  slug: string;
  anchor: string;
  item: SelfCheckItem;
}

export async function loadPlaced(slugs: string[]): Promise<PlacedItem[]> {
  const sets = await Promise.all(slugs.map(async (slug) => ({ slug, items: await loadSelfCheck(slug) })));
  return sets.flatMap(({ slug, items }) =>
    Object.entries(items).flatMap(([anchor, list]) => list.map((item) => ({ key: `${slug}/${anchor}/${item.id}`, slug, anchor, item }))),
  );
}
