/** A passage cut around its first match, as plain text parts (rendered as text, never as HTML). */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Up to `width` characters of `text` around the first of `terms`, every occurrence of a term marked. */
export function snippet(text: string, terms: string[], width = 160): SnippetPart[] {
  const words = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  const re = words.length ? new RegExp(words.map(escape).join('|'), 'gi') : null;
  const first = re ? text.search(re) : -1;
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  // Start on a word boundary, so a cut never shows half a word.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, start + width);
  const cut = text.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let at = 0;
  for (const m of re ? cut.matchAll(re) : []) {
    if (m.index > at) parts.push({ text: cut.slice(at, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < cut.length) parts.push({ text: cut.slice(at), hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
