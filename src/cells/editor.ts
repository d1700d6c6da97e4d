import { EditorView, basicSetup } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';

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

export function createEditor(parent: HTMLElement, o: EditorOptions): CellEditor {
  const view = new EditorView({
    doc: o.doc,
    parent,
    extensions: [
      basicSetup,
      javascript({ typescript: o.typescript }),
      theme,
      EditorView.contentAttributes.of({ 'aria-label': o.label }),
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
