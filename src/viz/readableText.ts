import type { Attachment } from 'svelte/attachments';

/**
 * An attachment for an SVG drawn in a fixed viewBox (a schematic, a hand-laid chart): it never
 * shrinks below the width at which its smallest label renders at `minPx` CSS px. On a narrow
 * screen the diagram then scrolls sideways inside its panel (theme.css gives the panel
 * `overflow-x: auto`) instead of shrinking its labels to 7 px. Font sizes are read from the
 * labels themselves, so no component restates them.
 */
export function readableText(minPx = 12): Attachment<SVGSVGElement> {
  return (svg) => {
    svg.dataset.readable = '';
    const fit = () => {
      const width = svg.viewBox.baseVal?.width;
      let smallest = Infinity;
      for (const t of svg.querySelectorAll('text')) if (t.textContent?.trim()) smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize));
      svg.style.minWidth = width && Number.isFinite(smallest) && smallest > 0 ? `${Math.ceil((width * minPx) / smallest)}px` : '';
    };
    fit();
    // Labels that appear later, or a new viewBox: measure again (attributes below the root are not watched).
    const mo = new MutationObserver(fit);
    mo.observe(svg, { childList: true, attributes: true, attributeFilter: ['viewBox'] });
    return () => mo.disconnect();
  };
}
