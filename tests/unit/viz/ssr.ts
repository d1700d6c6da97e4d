import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * A viz component's server-rendered markup, one tag per line: what it draws before any effect
 * runs (canvas pixels and D3 axes are drawn in effects, so they are not in it). Svelte's
 * hydration markers and its per-stylesheet class hashes are dropped, so a snapshot changes when
 * the drawing does, not when a style rule is edited.
 */
export function markup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  const { body } = render(component as Component<Record<string, unknown>>, { props });
  return (
    body
      .replace(/<!--[^]*?-->/g, '')
      .replace(/ ?svelte-[a-z0-9]+/g, '')
      .replace(/ class=""/g, '')
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}
