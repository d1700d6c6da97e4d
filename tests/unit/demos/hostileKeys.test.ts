import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../src/app/route';
import { defaults } from '../../../src/demos/params';
import { DemoState } from '../../../src/notebook/demoState.svelte';
import { demos } from '../../../src/notebook/registry';
import { parseDemoDirective } from '../../../src/notebook/demoDirective';
import { nonEmpty } from '../../nonEmpty';

/** Names of Object.prototype's members: a look-up that is not own-property-only finds them on every object. */
const HOSTILE = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
];

const queryOf = (id: string, q: string) => {
  const r = parseHash(`#/demo/${id}?${q}`);
  if (r.kind !== 'demo') throw new Error(`not a demo route: ${q}`);
  return r.query;
};

describe.each(nonEmpty(Object.values(demos)))('demo $meta.id against URL keys named like built-in properties', ({ meta }) => {
  it.each(HOSTILE)('?%s=x keeps the defaults and reports an unknown parameter', (key) => {
    const s = new DemoState(meta, queryOf(meta.id, `${encodeURIComponent(key)}=x`));
    expect(s.values).toEqual(defaults(meta.params));
    expect(s.fixes).toEqual([`unknown parameter "${key}" ignored`]);
    expect(s.step).toBe(0);
  });

  it('every param given a built-in property name as its value falls back to its default with a notice (free text keeps it as text)', () => {
    const keys = Object.keys(meta.params);
    const q = keys.map((k) => `${k}=constructor`).join('&');
    const s = new DemoState(meta, queryOf(meta.id, q));
    const text = keys.filter((k) => meta.params[k].type === 'text');
    expect(s.values).toEqual({ ...defaults(meta.params), ...Object.fromEntries(text.map((k) => [k, 'constructor'])) });
    expect(s.fixes).toHaveLength(keys.length - text.length);
  });

  it('step=toString is not a number and leaves the demo at step 0', () => {
    const s = new DemoState(meta, queryOf(meta.id, 'step=toString'));
    expect(s.step).toBe(0);
    expect(s.fixes).toEqual(['step="toString" is not a number; using 0']);
  });
});

describe('where URL keys are parsed', () => {
  it('a route keeps `__proto__` as an own key instead of setting the prototype', () => {
    const q = queryOf('bilinear', '__proto__=x&constructor=y');
    expect(Object.keys(q)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(q, '__proto__')).toBe(true);
  });

  it('a notebook directive keeps `__proto__` as an own attribute', () => {
    const d = parseDemoDirective('::demo{id="bilinear" __proto__="x"}');
    expect(d && Object.hasOwn(d.params, '__proto__')).toBe(true);
  });
});
