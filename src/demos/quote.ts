/** Longest piece of untrusted input a notice repeats back, in code points. */
export const MAX_ECHO = 40;

// Bidi embeddings, overrides and isolates (and the marks) reorder the text around them: a
// right-to-left override in a URL would reverse the rest of the notice.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls (newlines, escape, NUL) have no business in a one-line notice.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Untrusted text made fit to repeat in a notice: bidi and control characters removed, cut to
 * `max` code points with an ellipsis. Svelte escapes it when it renders; this keeps it short
 * and in reading order.
 */
export function quote(raw: string, max = MAX_ECHO): string {
  const clean = [...raw.replace(BIDI, '').replace(CONTROL, '')];
  return clean.length > max ? `${clean.slice(0, max - 1).join('')}…` : clean.join('');
}
