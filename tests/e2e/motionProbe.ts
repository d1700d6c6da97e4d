import type { Page } from 'playwright-core';

/**
 * What moves on a page by itself. Installed before the site's scripts run (CDP init script, which the
 * CSP does not govern), it counts requestAnimationFrame callbacks and keeps the setInterval timers
 * still alive, so a JS animation loop (d3 transitions and d3-timer run on rAF) or an autoplaying
 * timer is seen as well as CSS animations and transitions.
 */
export async function installMotionProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __motion: { frames: number; intervals: Map<number, number> } };
    w.__motion = { frames: 0, intervals: new Map() };
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) =>
      raf((t) => {
        w.__motion.frames++;
        cb(t);
      });
    const setI = window.setInterval.bind(window);
    const clearI = window.clearInterval.bind(window);
    window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = setI(fn, ms, ...args);
      w.__motion.intervals.set(id, ms ?? 0);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) w.__motion.intervals.delete(id);
      clearI(id);
    }) as typeof window.clearInterval;
  });
}

export interface Motion {
  /** Web Animations still running (CSS animations, CSS transitions, element.animate()). */
  running: string[];
  /** Rendered elements (and their ::before/::after) whose computed animation or transition lasts > 0. */
  timed: string[];
  /** rAF callbacks during the quiet window: a loop shows up as about one per frame. */
  frames: number;
  /** setInterval timers alive at the end, with their periods in ms. */
  intervals: number[];
  /** The root's computed scroll-behavior. */
  scrollBehavior: string;
}

/** Watches a page that nobody touches for `quietMs` and reports what moved in that time. */
export async function motionOf(page: Page, quietMs = 1000): Promise<Motion> {
  return page.evaluate(async (ms) => {
    const probe = (window as unknown as { __motion: { frames: number; intervals: Map<number, number> } }).__motion;
    probe.frames = 0;
    await new Promise((r) => setTimeout(r, ms));
    const name = (el: Element | null) => (el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}` : '?');
    const running = document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target ?? null;
        const what =
          a instanceof CSSAnimation ? `animation ${a.animationName}` : a instanceof CSSTransition ? `transition ${a.transitionProperty}` : `animate() ${a.id}`;
        return `${what} on ${name(target)}`;
      });
    const positive = (list: string) => list.split(',').some((d) => parseFloat(d) > 0);
    const timed: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (pseudo && (s.content === 'none' || s.content === 'normal')) continue;
        const anim = s.animationName !== 'none' && positive(s.animationDuration);
        const trans = positive(s.transitionDuration) && s.transitionProperty !== 'none';
        if (anim || trans)
          timed.push(
            `${name(el)}${pseudo ?? ''}: ${anim ? `animation ${s.animationName} ${s.animationDuration}` : ''}${trans ? `transition ${s.transitionProperty} ${s.transitionDuration}` : ''}`,
          );
      }
    }
    return {
      running,
      timed,
      frames: probe.frames,
      intervals: [...probe.intervals.values()],
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    };
  }, quietMs);
}
