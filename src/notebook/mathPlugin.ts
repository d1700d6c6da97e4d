import katex from 'katex';
import type MarkdownIt from 'markdown-it';

/**
 * KaTeX math at build time: `$inline$` and display blocks fenced by `$$` lines.
 * Inline math must not start or end with a space, so "$5 and $10" stays text.
 * Bad TeX renders as a red error span (throwOnError: false) instead of breaking the page.
 */
function render(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', trust: false });
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', (state, silent) => {
    const src = state.src;
    const start = state.pos;
    if (src[start] !== '$' || src[start + 1] === '$') return false;
    let end = start + 1;
    while (end < state.posMax) {
      if (src[end] === '\\') end += 2;
      else if (src[end] === '$') break;
      else end++;
    }
    if (end >= state.posMax) return false;
    const tex = src.slice(start + 1, end);
    if (!tex || /^\s|\s$/.test(tex) || /^\d/.test(src[end + 1] ?? '')) return false;
    if (!silent) state.push('math_inline', 'math', 0).content = tex;
    state.pos = end + 1;
    return true;
  });

  md.block.ruler.before('fence', 'math_block', (state, startLine, endLine, silent) => {
    const lineText = (n: number) => state.src.slice(state.bMarks[n] + state.tShift[n], state.eMarks[n]).trim();
    if (lineText(startLine) !== '$$') return false;
    let line = startLine + 1;
    while (line < endLine && lineText(line) !== '$$') line++;
    if (line >= endLine) return false;
    if (silent) return true;
    const token = state.push('math_block', 'math', 0);
    token.content = state.getLines(startLine + 1, line, state.tShift[startLine], false);
    token.map = [startLine, line + 1];
    state.line = line + 1;
    return true;
  });

  md.renderer.rules.math_inline = (tokens, i) => render(tokens[i].content, false);
  // A wide formula scrolls sideways, so it takes a tab stop (and a name) for keyboard readers to scroll it.
  md.renderer.rules.math_block = (tokens, i) =>
    `<div class="math-display" tabindex="0" role="group" aria-label="Formula">${render(tokens[i].content, true)}</div>\n`;
}
