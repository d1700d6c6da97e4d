import type MarkdownIt from 'markdown-it';

/**
 * Leaf directives on a line of their own: `::demo{id="x" k="v"}` embeds a demo with initial URL
 * params; `::exercise{id="nms"}` embeds a graded exercise. Both become tokens the page splits on
 * (never raw HTML); unknown ids are caught by the content test, not here.
 */
export type DirectiveName = 'demo' | 'exercise';

export interface Directive {
  name: DirectiveName;
  id: string;
  params: Record<string, string>;
}

/** A `::demo` line: which demo to embed and its initial URL params. */
export type DemoDirective = Omit<Directive, 'name'>;

const LINE = /^::(demo|exercise)\{(.*)\}\s*$/;
const ATTR = /([A-Za-z_][\w-]*)="([^"]*)"/g;

export function parseDirective(line: string): Directive | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const attrs: Record<string, string> = Object.create(null); // an attribute named `__proto__` stays an attribute
  for (const [, k, v] of m[2].matchAll(ATTR)) attrs[k] = v;
  const { id, ...params } = attrs;
  return id ? { name: m[1] as DirectiveName, id, params } : null;
}

export function parseDemoDirective(line: string): DemoDirective | null {
  const d = parseDirective(line);
  return d?.name === 'demo' ? { id: d.id, params: d.params } : null;
}

/** Block rule: the directive becomes a `demo` or `exercise` token whose meta is the Directive. */
export function demoDirectivePlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'demo_directive', (state, startLine, _endLine, silent) => {
    const text = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
    const directive = parseDirective(text);
    if (!directive) return false;
    if (silent) return true;
    const token = state.push(directive.name, '', 0);
    token.meta = directive;
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  });
}
