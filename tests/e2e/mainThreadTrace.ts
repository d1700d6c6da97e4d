import type { Page } from 'playwright-core';

/**
 * Records a Chromium trace of a page from now on; `longestTaskMs` stops it and returns the
 * longest task on the renderer's main thread in thread (CPU) time, the trace's `tdur`. That is
 * what "the main thread was blocked" means: wall time would also count the time other processes
 * on a shared machine took the core.
 */
export async function mainThreadTrace(page: Page): Promise<{ longestTaskMs: () => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  // playwright-core types CDPSession's protocol events loosely; these two are Chromium's Tracing domain events.
  const on = cdp as unknown as { on(event: string, f: (e: never) => void): void; once(event: string, f: () => void): void };
  const events: { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] = [];
  on.on('Tracing.dataCollected', (e: { value: typeof events }) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return {
    async longestTaskMs() {
      const done = new Promise<void>((resolve) => on.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
      if (main.length === 0) throw new Error('the trace has no renderer main thread');
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`));
      return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
    },
  };
}
