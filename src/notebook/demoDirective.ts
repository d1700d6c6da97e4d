import type MarkdownIt from 'markdown-it';

/** A `::demo{id="x" k="v"}` line: which demo to embed and its initial URL params. */
export interface DemoDirective {
  id: string;
  params: Record<string, string>;
}

const LINE = /^::demo\{(.*)\}\s*$/;
const ATTR = /([A-Za-z_][\w-]*)="([^"]*)"/g;

export function parseDemoDirective(line: string): DemoDirective | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const attrs: Record<string, string> = Object.create(null); // an attribute named `__proto__` stays an attribute
  for (const [, k, v] of m[1].matchAll(ATTR)) attrs[k] = v;
  const { id, ...params } = attrs;
  return id ? { id, params } : null;
}

/** Block rule: the directive becomes a `demo` token the page splits on (never raw HTML). */
export function demoDirectivePlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'demo_directive', (state, startLine, _endLine, silent) => {
    const text = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
    const directive = parseDemoDirective(text);
    if (!directive) return false;
    if (silent) return true;
    const token = state.push('demo', '', 0);
    token.meta = directive;
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  });
}
