/** Hrefs of the hash routes (parsed by app/route.ts); notebooks and demos link with these. */
export function demoHref(id: string, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(query).toString();
  return `#/demo/${encodeURIComponent(id)}${q ? `?${q}` : ''}`;
}

export function notebookHref(slug: string, anchor?: string): string {
  return `#/${slug}${anchor ? `/${anchor}` : ''}`;
}
