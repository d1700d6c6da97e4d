import { preview } from './preview';
import { showView } from './showView';
import type { LogLevel, WorkerMessage } from './types';

/**
 * The `console` and `show` a cell sees. Every line goes to the page at once (so what was printed
 * before an infinite loop is still shown after the time limit), until a budget runs out; then one
 * notice says what was dropped and the rest is discarded, so no amount of printing can flood the page.
 */
export const MAX_LINES = 500;
export const MAX_CHARS = 100_000;
export const MAX_SHOWS = 20;
const MAX_LINE_CHARS = 2000;

export interface OutputSink {
  console: Record<string, (...args: unknown[]) => void>;
  show: (value: unknown, label?: string) => void;
}

export function outputSink(post: (m: WorkerMessage) => void): OutputSink {
  let lines = 0;
  let chars = 0;
  let shows = 0;
  let cut = false;
  const truncate = (what: string) => {
    if (cut) return;
    cut = true;
    post({ kind: 'truncated', note: `Output truncated: ${what}. Later output was dropped.` });
  };
  const line =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      if (cut) return;
      let text = args.map((a) => preview(a, MAX_LINE_CHARS)).join(' ');
      if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS - 1) + '…';
      if (lines >= MAX_LINES) return truncate(`more than ${MAX_LINES} lines`);
      if (chars + text.length > MAX_CHARS) return truncate(`more than ${MAX_CHARS / 1000} kB of text`);
      lines++;
      chars += text.length;
      post({ kind: 'log', level, text });
    };
  const log = line('log');
  return {
    console: { log, debug: log, info: line('info'), warn: line('warn'), error: line('error'), table: log, dir: log },
    show(value, label) {
      if (cut) return;
      if (shows >= MAX_SHOWS) return truncate(`more than ${MAX_SHOWS} show() calls`);
      shows++;
      post({ kind: 'show', view: showView(value, typeof label === 'string' ? label.slice(0, 200) : '') });
    },
  };
}
