import type { Options } from 'minisearch';

/** One searchable passage: a paragraph, list item, heading, code cell, demo or exercise, under one question. */
export interface SearchDoc {
  id: string;
  slug: string; // notebook slug; '' for a demo or exercise found through its own registry
  anchor: string; // `#/<slug>/<anchor>`, or the demo id for a demo record
  kind: 'question' | 'answer' | 'code' | 'demo' | 'exercise';
  title: string; // the question (or demo / exercise) the passage belongs to
  text: string;
}

/**
 * The one MiniSearch configuration, shared by the build (which indexes) and the page (which
 * loads the index): `loadJSON` needs exactly the options the index was made with. Only the text
 * is indexed: each heading is a passage of its own, and indexing the title on every passage
 * nearly doubled the serialised index (1.85 MB → 1.26 MB without it).
 */
export const searchOptions: Options<SearchDoc> = {
  fields: ['text'],
  storeFields: ['slug', 'anchor', 'kind', 'title', 'text'],
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
};
