import { notebooks } from '../notebookIndex';
import { demos } from '../registry';
import { exercises } from '../../cells/exercises/registry';
import { registryDocs } from './registryDocs';
import type { SiteSearch } from './siteSearch';

let pending: Promise<SiteSearch> | null = null;

/** The search, loaded once on first use: the index and MiniSearch are lazy chunks, so the shell stays small. */
export function loadSiteSearch(): Promise<SiteSearch> {
  pending ??= Promise.all([import('virtual:search-index'), import('./siteSearch')]).then(
    ([index, { SiteSearch }]) => new SiteSearch(index.default, registryDocs(notebooks, demos, exercises)),
    (e) => {
      pending = null; // a failed chunk load (offline, new deploy) may succeed on the next try
      throw e;
    },
  );
  return pending;
}
