import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRIPT_IDS, SCRIPTS, stepCount } from '../../../src/demos/event-loop/scripts';
import { eventLoop } from '../../../src/sim/eventLoop';
import { eventLoopSource } from '../../../src/sim/eventLoopSource';

/** The reference is Node: each demo script, written out as the program the demo shows, is run and its printed order compared. */
const dir = mkdtempSync(join(tmpdir(), 'event-loop-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the event-loop demo scripts', () => {
  it('has scripts', () => expect(SCRIPT_IDS.length).toBeGreaterThan(0));

  it.each(SCRIPT_IDS.map((id) => [id] as const))('%s: the stepper prints what Node prints, every label once', (id) => {
    const { script, startIn } = SCRIPTS[id];
    const run = eventLoop(script, { startIn });
    const file = join(dir, `${id}.cjs`);
    writeFileSync(file, eventLoopSource(script, { startIn }));
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 15_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(run.order).toEqual(r.stdout.trim().split('\n'));
    expect(run.finished).toBe(true);
    expect(run.steps.length).toBe(stepCount(script));
    expect(new Set(run.order).size).toBe(run.order.length);
  });
});
