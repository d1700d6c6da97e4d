import { describe, expect, it } from 'vitest';
import { renderNotebook, slugFromFile } from '../../../src/notebook/markdown';
import { parseDemoDirective, parseDirective } from '../../../src/notebook/demoDirective';

const html = (src: string) =>
  renderNotebook('t', src)
    .cells.flatMap((c) => c.segments)
    .map((s) => (s.kind === 'html' ? s.html : ''))
    .join('');

describe('markdown engine: safety', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<iframe src="https://evil.example"></iframe>',
    '<img src=x onerror="alert(1)">',
    '<a href="#" onclick="alert(1)">x</a>',
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](  javascript:alert(1))',
    '![img](javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<svg onload="alert(1)"></svg>',
    '$\\href{javascript:alert(1)}{x}$',
  ];
  it.each(attacks)('neutralises %s', (attack) => {
    const out = html(`## Q {#q}\n\n${attack}\n`);
    expect(out).not.toMatch(/<script|<iframe|<svg onload|<img[^>]*onerror/i);
    expect(out).not.toMatch(/\son\w+\s*=\s*"/i);
    expect(out).not.toMatch(/href="\s*(javascript|vbscript):/i);
    expect(out).not.toMatch(/src="\s*javascript:/i);
  });

  it('shows raw HTML as text instead of dropping it silently', () => {
    expect(html('<b>bold</b>')).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('opens external links in a new tab without an opener', () => {
    expect(html('[ONNX](https://onnx.ai)')).toContain('rel="noopener noreferrer"');
  });
});

describe('markdown engine: structure', () => {
  const src = `---
title: Demo notebook
order: 3
summary: One line.
---
Intro text.

# A part {#part-a}

## What is a question? {#what}

Answer with a demo:

::demo{id="bilinear" mode="align_corners"}

And text after it.

### A sub-cell {#sub}

More.

## Second question without an anchor

Text.
`;
  const nb = renderNotebook('demo-notebook', src);

  it('reads front matter into the notebook meta', () => {
    expect(nb.meta).toMatchObject({ slug: 'demo-notebook', title: 'Demo notebook', order: 3, summary: 'One line.' });
  });

  it('makes ## a question cell, ### a sub-cell of it and # a part', () => {
    const cells = nb.meta.cells.map((c) => [c.kind, c.anchor, c.level, c.parent]);
    expect(cells).toEqual([
      ['intro', 'intro', 0, undefined],
      ['part', 'part-a', 1, undefined],
      ['question', 'what', 2, undefined],
      ['question', 'sub', 3, 'what'],
      ['question', 'second-question-without-an-anchor', 2, undefined],
    ]);
  });

  it('strips the {#anchor} from the heading text and puts it on the heading as id', () => {
    const q = nb.cells.find((c) => c.anchor === 'what')!;
    expect(q.title).toBe('What is a question?');
    expect(q.segments[0]).toMatchObject({ kind: 'html' });
    expect((q.segments[0] as { html: string }).html).toContain('<h2 id="what">What is a question?</h2>');
  });

  it('splits a cell around a demo directive and keeps its params', () => {
    const q = nb.cells.find((c) => c.anchor === 'what')!;
    expect(q.segments.map((s) => s.kind)).toEqual(['html', 'demo', 'html']);
    expect(q.segments[1]).toEqual({ kind: 'demo', id: 'bilinear', params: { mode: 'align_corners' } });
    expect(nb.meta.cells.find((c) => c.anchor === 'what')!.demos).toEqual(['bilinear']);
  });

  it('rejects a duplicate anchor with a message naming it', () => {
    expect(() => renderNotebook('x', '## A {#same}\n\n## B {#same}\n')).toThrow(/duplicate anchor "same"/);
  });

  it('derives the slug from the file name', () => {
    expect(slugFromFile('notebooks/01-model-architecture.md')).toBe('model-architecture');
  });
});

describe('markdown engine: math and code', () => {
  it('renders inline and display math with KaTeX', () => {
    const out = html('Area $\\pi r^2$.\n\n$$\n\\sum_i x_i\n$$\n');
    expect(out).toMatch(/<span class="katex">/);
    expect(out).toMatch(/class="math-display"[^>]*><span class="katex-display">/);
  });

  it('leaves prices like $5 and $10 as text', () => {
    expect(html('It costs $5 and $10.')).not.toContain('katex');
  });

  it('renders bad TeX as an error span instead of throwing', () => {
    expect(html('$\\frac{1}{$ ok')).toBeTypeOf('string');
    expect(html('$\\frac{1}$')).toContain('katex-error');
  });

  it('highlights fenced code with a known language at build time', () => {
    expect(html('```python\nprint("hi")\n```\n')).toContain('<span class="hljs-');
  });
});

describe('demo directive', () => {
  it('parses id and params', () => {
    expect(parseDemoDirective('::demo{id="roi-align" aligned="0" out="7"}')).toEqual({
      id: 'roi-align',
      params: { aligned: '0', out: '7' },
    });
  });
  it('ignores a directive without an id and ordinary text', () => {
    expect(parseDemoDirective('::demo{mode="x"}')).toBeNull();
    expect(parseDemoDirective('a ::demo{id="x"} inline')).toBeNull();
  });
});

describe('runnable cells and exercises', () => {
  const src = `## Try it {#try}

Before.

\`\`\`ts run
const x: number = 1;
console.log(x);
\`\`\`

Between.

\`\`\`js run
show([1, 2, 3]);
\`\`\`

\`\`\`ts
// not runnable: plain highlighted code
\`\`\`

::exercise{id="nms"}

### Sub {#sub}

\`\`\`ts run
console.log('sub');
\`\`\`
`;
  const nb = renderNotebook('t', src);
  const q = nb.cells.find((c) => c.anchor === 'try')!;

  it('a ```ts run or ```js run fence becomes a code segment with the code, its language and a stable id', () => {
    const code = q.segments.filter((s) => s.kind === 'code');
    expect(code).toEqual([
      { kind: 'code', lang: 'ts', code: 'const x: number = 1;\nconsole.log(x);\n', id: 'try-1' },
      { kind: 'code', lang: 'js', code: 'show([1, 2, 3]);\n', id: 'try-2' },
    ]);
    expect(nb.cells.find((c) => c.anchor === 'sub')!.segments).toEqual([
      expect.objectContaining({ kind: 'html' }),
      { kind: 'code', lang: 'ts', code: "console.log('sub');\n", id: 'sub-1' },
    ]);
  });

  it('a fence without `run` stays highlighted HTML', () => {
    expect(html(src)).toContain('not runnable');
    expect(html(src)).not.toContain('console.log(x)');
  });

  it('::exercise{id} becomes an exercise segment, and the cell meta lists it', () => {
    expect(q.segments.map((s) => s.kind)).toEqual(['html', 'code', 'html', 'code', 'html', 'exercise']);
    expect(q.segments[5]).toEqual({ kind: 'exercise', id: 'nms' });
    const meta = nb.meta.cells.find((c) => c.anchor === 'try')!;
    expect(meta.exercises).toEqual(['nms']);
    expect(meta.codeCells).toBe(2);
  });

  it('parseDirective names the directive; parseDemoDirective ignores exercises', () => {
    expect(parseDirective('::exercise{id="box-iou"}')).toEqual({ name: 'exercise', id: 'box-iou', params: {} });
    expect(parseDemoDirective('::exercise{id="box-iou"}')).toBeNull();
    expect(parseDirective('::exercise{}')).toBeNull();
  });
});
