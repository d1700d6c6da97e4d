import type { Attachment } from 'svelte/attachments';

/**
 * An attachment (`{@attach whenVisible(load)}`) that calls `fn` once, the first time its
 * element comes within `margin` of the viewport: a notebook page can hold many demos, and
 * only the ones scrolled to should download a model.
 */
export function whenVisible(fn: () => void, margin = '200px'): Attachment {
  return (node) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        fn();
      },
      { rootMargin: margin },
    );
    io.observe(node);
    return () => io.disconnect();
  };
}
