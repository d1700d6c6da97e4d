import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * A viz component's server-rendered markup, one tag per line: what it draws before any effect
 * runs (canvas pixels and D3 axes are drawn in effects, so they are not in it). Svelte's
 * hydration markers and its per-stylesheet class hashes are dropped, so a snapshot changes when
 * the drawing does, not when a style rule is edited.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own constraint on a component's props
export function markup<P extends Record<string, any>>(component: Component<P>, props: NoInfer<P>): string {
  const { body } = render(component, { props });
  return (
    body
      .replace(/<!--[^]*?-->/g, '')
      .replace(/ ?svelte-[a-z0-9]+/g, '')
      .replace(/ class=""/g, '')
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}
