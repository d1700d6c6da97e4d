import { describe, expect, it } from 'vitest';
import ParamFields from '../../../src/demos/shared/ParamFields.svelte';
import ParamGroups from '../../../src/demos/shared/ParamGroups.svelte';
import SteppedControl from '../../../src/demos/shared/SteppedControl.svelte';
import { defineParams, type ParamValues } from '../../../src/demos/params';
import { markup } from '../viz/ssr';

/**
 * The shared settings components, rendered with svelte/server against a small schema written here:
 * the expected labels, control kinds and disabled buttons are read off the schema by hand.
 */
const S = defineParams({
  alpha: { type: 'int', default: 3, min: 0, max: 10, label: 'Alpha', unit: 'px' },
  beta: { type: 'enum', default: 'x', options: ['x', 'y'], label: 'Beta' },
  gamma: { type: 'bool', default: false, label: 'Gamma' },
});
const params: ParamValues<typeof S> = { alpha: 3, beta: 'x', gamma: true };
const setParams = () => {};
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('ParamFields', () => {
  it('renders one control per key, in the order given, and none for keys left out', () => {
    const html = markup(ParamFields, { schema: S, keys: ['gamma', 'alpha'], params, setParams });
    expect(html.indexOf('Gamma')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('Gamma')).toBeLessThan(html.indexOf('Alpha'));
    expect(html).not.toContain('Beta');
    expect(count(html, /type="checkbox"/g)).toBe(1);
    expect(count(html, /type="range"/g)).toBe(1);
  });

  it("a key's options pick its control and format its value", () => {
    const html = markup(ParamFields, {
      schema: S,
      keys: ['alpha', 'beta'],
      options: { beta: { as: 'radio' }, alpha: { format: (v: unknown) => `${Number(v) * 2} doubled` } },
      params,
      setParams,
    });
    expect(count(html, /type="radio"/g)).toBe(2); // one per option of beta
    expect(html).toContain('6 doubled'); // alpha = 3
  });

  it('the shared `as` applies to every key without its own kind', () => {
    const html = markup(ParamFields, { schema: S, keys: ['alpha'], as: 'number', params, setParams });
    expect(count(html, /type="number"/g)).toBe(1);
    expect(count(html, /type="range"/g)).toBe(0);
  });
});

describe('ParamGroups', () => {
  it('renders one fieldset per group, each with its legend and only its keys', () => {
    const groups = [
      { name: 'First', keys: ['alpha'] },
      { name: 'Second', keys: ['beta', 'gamma'] },
    ] as const;
    const html = markup(ParamGroups, { schema: S, groups, params, setParams });
    expect(count(html, /<fieldset/g)).toBe(2);
    const [first, second] = html.split('<legend>Second</legend>');
    expect(first).toContain('<legend>First</legend>');
    expect(first).toContain('Alpha');
    expect(first).not.toContain('Beta');
    expect(second).toContain('Beta');
    expect(second).toContain('Gamma');
  });
});

describe('SteppedControl', () => {
  const stepped = (value: number) => markup(SteppedControl, { spec: S.alpha, value, onchange: () => {}, noun: 'scene' });
  const disabled = (html: string, label: string) => new RegExp(`<button[^>]*disabled[^>]*aria-label="${label}"`).test(html);

  it('at the minimum ◀ is disabled and ▶ is not', () => {
    const html = stepped(0);
    expect(disabled(html, 'Previous scene')).toBe(true);
    expect(disabled(html, 'Next scene')).toBe(false);
  });

  it('at the maximum ▶ is disabled and ◀ is not', () => {
    const html = stepped(10);
    expect(disabled(html, 'Previous scene')).toBe(false);
    expect(disabled(html, 'Next scene')).toBe(true);
  });
});
