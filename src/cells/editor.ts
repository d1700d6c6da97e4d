import { EditorView, basicSetup } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/**
 * The CodeMirror 6 editor of a cell. This module is only ever `import()`ed (by CodeEditor.svelte),
 * so CodeMirror lands in its own chunk, fetched by pages that show a cell and by no other.
 * Tab is left to the browser (no indentWithTab), so keyboard users can leave the editor.
 * Ctrl/Cmd+Enter (run) is caught by CodeEditor.svelte before CodeMirror's own Mod-Enter binding.
 */
export interface CellEditor {
  setDoc(doc: string): void;
  getDoc(): string;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  doc: string;
  typescript: boolean;
  label: string;
  onChange: (doc: string) => void;
}

const theme = EditorView.theme({
  '&': { fontSize: '0.88rem', background: 'var(--surface)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '6px' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { background: 'var(--surface-2)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { background: 'var(--accent-fill)' },
  '.cm-scroller': { maxHeight: '28rem', overflow: 'auto' },
});

/**
 * Syntax colours from the theme's variables, so they hold 4.5:1 in light and dark alike (CodeMirror's
 * default style is made for a white page, and basicSetup uses it only as a fallback to this one).
 */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: 'var(--series-3)' },
  { tag: [tags.string, tags.regexp], color: 'var(--good)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--link)' },
  { tag: [tags.typeName, tags.className, tags.definition(tags.variableName)], color: 'var(--series-0)' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.invalid, color: 'var(--bad)' },
]);

export function createEditor(parent: HTMLElement, o: EditorOptions): CellEditor {
  const view = new EditorView({
    doc: o.doc,
    parent,
    extensions: [
      basicSetup,
      javascript({ typescript: o.typescript }),
      theme,
      syntaxHighlighting(highlight),
      // An explicit tab stop on the editable content: axe (and some readers) do not count bare contenteditable.
      EditorView.contentAttributes.of({ 'aria-label': o.label, tabindex: '0' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) o.onChange(u.state.doc.toString());
      }),
    ],
  });
  return {
    setDoc(doc) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    getDoc: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
