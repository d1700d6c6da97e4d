import { describe, expect, it } from 'vitest';
import { DemoState } from '../../../src/notebook/demoState.svelte';
import { bilinearMeta } from '../../../src/demos/bilinear/meta';
import { demos } from '../../../src/notebook/registry';
import { nonEmpty } from '../../nonEmpty';

describe('DemoState', () => {
  it('starts from validated URL params and reports what it fixed', () => {
    const s = new DemoState(bilinearMeta, { outSize: '999', mode: 'nope' });
    expect(s.values.outSize).toBe(32);
    expect(s.values.mode).toBe('half_pixel');
    expect(s.fixes).toHaveLength(2);
  });

  it('applies every step patch up to the requested step, and records the step in its query', () => {
    const s = new DemoState(bilinearMeta, { step: '2' });
    expect(s.step).toBe(2);
    expect(s.values.mode).toBe('align_corners');
    expect(s.query()).toMatchObject({ mode: 'align_corners', step: '2' });
  });

  it('clamps an out-of-range step and says so', () => {
    const s = new DemoState(bilinearMeta, { step: '99' });
    expect(s.step).toBe(s.steps.length);
    expect(s.fixes.join()).toMatch(/step=99 is too large, set to max 6/);
  });

  it('says a fractional step is not a whole number', () => {
    const s = new DemoState(bilinearMeta, { step: '1.5' });
    expect(s.fixes).toEqual(['step=1.5 is not a whole number; rounded to 2']);
  });

  it('keeps values valid whatever a demo sets, including limits that depend on other params', () => {
    const s = new DemoState(bilinearMeta, { px: '9', py: '9' });
    s.set({ inSize: 1000 });
    expect(s.values.inSize).toBe(8);
    s.set({ outSize: 4 });
    expect([s.values.px, s.values.py]).toEqual([3, 3]);
  });

  it('repairs a value past a dependent limit once, quoting what the link said', () => {
    const s = new DemoState(bilinearMeta, { outSize: '4', px: '99' });
    expect(s.values.px).toBe(3);
    expect(s.fixes).toEqual(['px=99 is too large, set to max 3 (the output is 4 px wide)']);
  });
});

describe.each(nonEmpty(Object.values(demos).filter((d) => d.meta.steps)))('presenter steps of $meta.id', ({ meta }) => {
  it('step k looks the same reached forwards or backwards, and step 0 after the round trip is the start', () => {
    const s = new DemoState(meta, {});
    const total = s.steps.length;
    expect(total).toBeGreaterThan(0);
    const start = s.query();
    const forward: Record<string, string>[] = [];
    for (let k = 0; k <= total; k++) {
      s.goTo(k);
      forward.push(s.query());
    }
    for (let k = total; k >= 0; k--) {
      s.goTo(k);
      expect(s.query(), `step ${k}`).toEqual(forward[k]);
    }
    expect(s.query()).toEqual(start);
  });
});
