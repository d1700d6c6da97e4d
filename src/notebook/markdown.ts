import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import hljs from 'highlight.js/lib/common';
import { splitFrontMatter } from './frontMatter.ts';
import { mathPlugin } from './mathPlugin.ts';
import { demoDirectivePlugin, type Directive } from './demoDirective.ts';
import type { Cell, NotebookMeta, RenderedNotebook, Segment } from './types';

/**
 * Markdown → notebook, at build time (the page ships HTML, not a markdown parser).
 * Safety comes from the parser settings, not a filter: `html: false` escapes every raw tag,
 * and markdown-it's link validator drops javascript:/vbscript:/file: URLs.
 * `##` headings are question cells, `###` sub-cells, `#` parts; `{#anchor}` fixes an anchor.
 */
const md: MarkdownIt = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: true,
  highlight(code, lang) {
    if (lang && hljs.getLanguage(lang)) {
      return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
    }
    return ''; // markdown-it escapes it itself
  },
})
  .use(mathPlugin)
  .use(demoDirectivePlugin);

// A long code line scrolls sideways, so the block takes a tab stop (and a name) for keyboard readers to scroll it.
const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, i, options, env, self) =>
  defaultFence(tokens, i, options, env, self).replace(/^<pre>/, '<pre tabindex="0" role="group" aria-label="Code">');

md.renderer.rules.table_open = (tokens, i, options, _env, self) => {
  tokens[i].attrSet('tabindex', '0'); // a wide table scrolls sideways too (prose.css)
  return self.renderToken(tokens, i, options);
};

const defaultLinkOpen = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const href = tokens[i].attrGet('href') ?? '';
  if (/^https?:/i.test(href)) {
    tokens[i].attrSet('target', '_blank');
    tokens[i].attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, i, options, env, self);
};

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 60);
}

/** Info string of a runnable fence: ```ts run or ```js run (anything after `run` is ignored). */
const RUN_FENCE = /^(ts|js)\s+run\b/;

const ANCHOR = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** Strips a trailing `{#anchor}` from a heading's inline token; returns the anchor and plain text. */
function takeAnchor(inline: Token): { anchor: string | null; text: string } {
  const last = inline.children?.[inline.children.length - 1];
  let anchor: string | null = null;
  if (last?.type === 'text') {
    const m = ANCHOR.exec(last.content);
    if (m) {
      anchor = m[1];
      last.content = last.content.slice(0, m.index);
    }
  }
  inline.content = inline.content.replace(ANCHOR, '');
  const text = (inline.children ?? []).map((c) => c.content).join('');
  return { anchor, text: text.trim() };
}

export function renderNotebook(slug: string, source: string): RenderedNotebook {
  const { data, body } = splitFrontMatter(source);
  const env = {};
  const tokens = md.parse(body, env);
  const cells: Cell[] = [];
  const used = new Set<string>();
  let current: Cell = { kind: 'intro', anchor: 'intro', title: '', level: 0, segments: [] };
  let pending: Token[] = [];
  let lastQuestion: string | undefined;

  const flushHtml = () => {
    if (pending.length) current.segments.push({ kind: 'html', html: md.renderer.render(pending, md.options, env) });
    pending = [];
  };
  // An intro cell is kept only when the notebook has text before its first heading.
  const closeCell = () => {
    flushHtml();
    if (current.segments.length || current.kind !== 'intro') cells.push(current);
  };
  const startCell = (cell: Cell) => {
    closeCell();
    current = cell;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && t.level === 0 && ['h1', 'h2', 'h3'].includes(t.tag)) {
      const { anchor: explicit, text } = takeAnchor(tokens[i + 1]);
      const anchor = explicit ?? (slugify(text) || `section-${i}`);
      if (used.has(anchor)) throw new Error(`${slug}: duplicate anchor "${anchor}"`);
      used.add(anchor);
      t.attrSet('id', anchor);
      const level = Number(t.tag[1]) as 1 | 2 | 3;
      const kind = level === 1 ? 'part' : 'question';
      if (level === 2) lastQuestion = anchor;
      if (level === 1) lastQuestion = undefined;
      startCell({ kind, anchor, title: text, level, parent: level === 3 ? lastQuestion : undefined, segments: [] });
    }
    if (t.type === 'demo' || t.type === 'exercise') {
      flushHtml();
      const d = t.meta as Directive;
      current.segments.push(d.name === 'demo' ? { kind: 'demo', id: d.id, params: d.params } : { kind: 'exercise', id: d.id });
      continue;
    }
    const run = t.type === 'fence' ? RUN_FENCE.exec(t.info.trim()) : null;
    if (run) {
      flushHtml();
      const n = current.segments.filter((s) => s.kind === 'code').length + 1;
      current.segments.push({ kind: 'code', lang: run[1] as 'ts' | 'js', code: t.content, id: `${current.anchor}-${n}` });
      continue;
    }
    pending.push(t);
  }
  closeCell();

  const order = Number(data.order);
  const meta: NotebookMeta = {
    slug,
    title: data.title || slug,
    order: Number.isFinite(order) ? order : 999,
    summary: data.summary ?? '',
    cells: cells.map(({ kind, anchor, title, level, parent, segments }) => ({
      kind,
      anchor,
      title,
      level,
      parent,
      demos: segments.filter((s): s is Extract<Segment, { kind: 'demo' }> => s.kind === 'demo').map((s) => s.id),
      exercises: segments.filter((s): s is Extract<Segment, { kind: 'exercise' }> => s.kind === 'exercise').map((s) => s.id),
      codeCells: segments.filter((s) => s.kind === 'code').length,
    })),
  };
  return { meta, cells };
}

/** `01-model-architecture.md` → `model-architecture`. */
export function slugFromFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.md$/, '').replace(/^\d+-/, '');
}
