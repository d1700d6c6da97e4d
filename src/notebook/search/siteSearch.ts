import MiniSearch from 'minisearch';
import { searchOptions, type SearchDoc } from './searchOptions';
import { snippet, type SnippetPart } from './snippet';

export interface SearchHit {
  href: string; // `#/<notebook>/<anchor>`
  title: string;
  kind: SearchDoc['kind'];
  parts: SnippetPart[];
}

/**
 * The site's search: the build-time index of every notebook (`virtual:search-index`) plus the
 * registry records (demos, exercises). One hit per question, its best passage shown.
 */
export class SiteSearch {
  readonly #index: MiniSearch<SearchDoc>;

  constructor(serialised: string, extra: SearchDoc[]) {
    this.#index = MiniSearch.loadJSON<SearchDoc>(serialised, searchOptions);
    this.#index.addAll(extra);
  }

  search(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const r of this.#index.search(q)) {
      const href = `#/${r.slug}/${r.anchor}`;
      if (seen.has(href)) continue;
      seen.add(href);
      hits.push({ href, title: r.title, kind: r.kind, parts: snippet(r.text, r.terms) });
      if (hits.length === limit) break;
    }
    return hits;
  }
}
