import { describe, expect, it } from 'vitest';
import { DemoState } from '../../../src/notebook/demoState.svelte';
import { bilinearMeta } from '../../../src/demos/bilinear/meta';

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
    expect(s.fixes.join()).toMatch(/step="99"/);
  });

  it('keeps values valid whatever a demo sets', () => {
    const s = new DemoState(bilinearMeta, {});
    s.set({ inSize: 1000 });
    expect(s.values.inSize).toBe(8);
  });
});
