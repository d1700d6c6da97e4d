/**
 * Which of a chart's x positions (`xs`, in the chart's own px, as its scale maps them) is nearest
 * the pointer: the event's client x is mapped into the SVG's coordinates first, so a chart
 * drawn narrower than its layout width (a viewBox) picks the same index. Null when `xs` is empty.
 */
export function nearestIndex(e: PointerEvent, width: number, xs: readonly number[]): number | null {
  const box = (e.currentTarget as Element).getBoundingClientRect();
  const px = box.width > 0 ? ((e.clientX - box.left) / box.width) * width : 0;
  let best: number | null = null;
  for (let i = 0; i < xs.length; i++) if (best === null || Math.abs(xs[i] - px) < Math.abs(xs[best] - px)) best = i;
  return best;
}
