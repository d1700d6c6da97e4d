import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { splitFrontMatter } from '../frontMatter.ts';
import { mathPlugin } from '../mathPlugin.ts';
import { demoDirectivePlugin } from '../demoDirective.ts';
import type { NotebookMeta } from '../types';
import type { SearchDoc } from './searchOptions.ts';

/**
 * A notebook's text as search passages, at build time. The anchors come from the rendered
 * notebook's metadata (headings h1–h3 in document order), so anchor rules live in one place
 * (markdown.ts). Inline markup is reduced to its words; math keeps its TeX source. Demos and
 * exercises are added by the page from their registries (registryDocs.ts), which the build cannot load.
 */
const md = new MarkdownIt({ html: false }).use(mathPlugin).use(demoDirectivePlugin);
const WORDS = new Set(['text', 'code_inline', 'math_inline']);

function inlineText(t: Token): string {
  return (t.children ?? [])
    .map((c) => (WORDS.has(c.type) ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : ''))
    .join('')
    .replace(/\{#[A-Za-z][\w-]*\}\s*$/, '')
    .trim();
}

export function searchPassages(meta: NotebookMeta, source: string): SearchDoc[] {
  const tokens = md.parse(splitFrontMatter(source).body, {});
  const headed = meta.cells.filter((c) => c.kind !== 'intro');
  const docs: SearchDoc[] = [];
  let h = -1;
  let cell = meta.cells.find((c) => c.kind === 'intro');
  const push = (kind: SearchDoc['kind'], text: string) => {
    if (!cell || !text) return;
    // A sub-cell's passages link to the sub-cell, and carry its question's title for context.
    const title = cell.parent ? `${headed.find((c) => c.anchor === cell!.parent)?.title ?? ''} — ${cell.title}` : cell.title || meta.title;
    docs.push({ id: `${meta.slug}/${cell.anchor}/${docs.length}`, slug: meta.slug, anchor: cell.anchor, kind, title, text });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && t.level === 0 && ['h1', 'h2', 'h3'].includes(t.tag)) {
      cell = headed[++h];
      push('question', inlineText(tokens[i + 1]));
      i++;
    } else if (t.type === 'inline') push('answer', inlineText(t));
    else if (t.type === 'fence' || t.type === 'code_block') push('code', t.content.trim());
  }
  if (h !== headed.length - 1) throw new Error(`${meta.slug}: ${h + 1} headings found for ${headed.length} cells`);
  return docs;
}
