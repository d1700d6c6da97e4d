import { notebooks } from '../notebookIndex';
import { demos } from '../registry';
import { exercises } from '../../cells/exercises/registry';
import { registryDocs } from './registryDocs';
import { SiteSearch } from './siteSearch';

let pending: Promise<SiteSearch> | null = null;

/** The search, loaded once on first use: the index is a lazy chunk, so the shell stays small. */
export function loadSiteSearch(): Promise<SiteSearch> {
  pending ??= import('virtual:search-index').then(
    (m) => new SiteSearch(m.default, registryDocs(notebooks, demos, exercises)),
    (e) => {
      pending = null; // a failed chunk load (offline, new deploy) may succeed on the next try
      throw e;
    },
  );
  return pending;
}
