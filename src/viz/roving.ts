/**
 * Arrow-key movement for a roving tabindex: a list or grid of cells is one tab stop (the
 * current cell has tabindex 0, the others −1) and the keys move within it, as in the WAI-ARIA
 * grid and listbox patterns. Returns the index the key moves to, or null if the key is not a
 * movement key (then the event is left alone). A handled key does not scroll the page and does
 * not reach the presenter's ←/→ step keys.
 *
 * `cols` is the row length of a grid (row-major); a list is one row, where ↑/↓ move like ←/→.
 */
export function rovingKey(e: KeyboardEvent, index: number, count: number, cols = count): number | null {
  if (count <= 0 || e.altKey || e.metaKey) return null;
  const list = cols >= count;
  const row = Math.floor(index / cols);
  const col = index % cols;
  const rowEnd = Math.min(count - 1, row * cols + cols - 1);
  let next: number;
  switch (e.key) {
    case 'ArrowLeft':
      next = list ? index - 1 : col > 0 ? index - 1 : index;
      break;
    case 'ArrowRight':
      next = list ? index + 1 : index < rowEnd ? index + 1 : index;
      break;
    case 'ArrowUp':
      next = list ? index - 1 : index - cols;
      break;
    case 'ArrowDown':
      next = list ? index + 1 : index + cols;
      break;
    case 'Home':
      next = e.ctrlKey || list ? 0 : row * cols;
      break;
    case 'End':
      next = e.ctrlKey || list ? count - 1 : rowEnd;
      break;
    default:
      return null;
  }
  e.preventDefault();
  e.stopPropagation();
  return next < 0 || next >= count ? index : next;
}
