import { demoHref, notebookHref } from '../notebook/links';

export { demoHref, notebookHref };

/**
 * Hash routes: `#/`, `#/<notebook>`, `#/<notebook>/<anchor>`, `#/demo/<id>?k=v`, flashcards
 * `#/study[/<notebook>]`, the study-group screen `#/group[/<notebook>]`, the presenter's notes `#/notes`.
 * Parsing never throws: anything unrecognised is a `notFound` route the shell can explain.
 */
export type Route =
  | { kind: 'home' }
  | { kind: 'notebook'; slug: string; anchor?: string }
  | { kind: 'demo'; id: string; query: Record<string, string> }
  | { kind: 'study'; slug?: string }
  | { kind: 'group'; slug?: string }
  | { kind: 'notes' }
  | { kind: 'notFound'; path: string };

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = h.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { kind: 'home' };
  if (parts[0] === 'demo') {
    if (parts.length !== 2) return { kind: 'notFound', path: pathPart };
    // Null prototype: a key such as `__proto__` or `constructor` is an own entry like any other.
    const query: Record<string, string> = Object.create(null);
    for (const [k, v] of new URLSearchParams(queryPart)) query[k] = v;
    return { kind: 'demo', id: parts[1], query };
  }
  if (parts.length > 2) return { kind: 'notFound', path: pathPart };
  if (parts[0] === 'study') return { kind: 'study', slug: parts[1] };
  if (parts[0] === 'group') return { kind: 'group', slug: parts[1] };
  if (parts[0] === 'notes') return parts.length === 1 ? { kind: 'notes' } : { kind: 'notFound', path: pathPart };
  return { kind: 'notebook', slug: parts[0], anchor: parts[1] };
}
