import { describe, expect, it } from 'vitest';
import { defaults, serializeParams, validateParams } from '../../../src/demos/params';

const schema = {
  size: { type: 'int', default: 7, min: 1, max: 14 },
  scale: { type: 'number', default: 1, min: 0.0625, max: 1 },
  mode: { type: 'enum', default: 'avg', options: ['avg', 'max'] },
  aligned: { type: 'bool', default: true },
} as const;

describe('validateParams', () => {
  it('returns the defaults, and no fixes, for an empty query', () => {
    expect(validateParams(schema, {})).toEqual({ values: defaults(schema), fixes: [] });
  });

  it('accepts valid values of every type', () => {
    const v = validateParams(schema, { size: '3', scale: '0.25', mode: 'max', aligned: '0' });
    expect(v.values).toEqual({ size: 3, scale: 0.25, mode: 'max', aligned: false });
    expect(v.fixes).toEqual([]);
  });

  it.each([
    [{ size: '900' }, { size: 14 }, /above 14/],
    [{ size: '-3' }, { size: 1 }, /below 1/],
    [{ size: '2.6' }, { size: 3 }, /whole number/],
    [{ size: 'abc' }, { size: 7 }, /not a number/],
    [{ size: '' }, { size: 7 }, /not a number/],
    [{ scale: 'Infinity' }, { scale: 1 }, /not a number/],
    [{ mode: 'median' }, { mode: 'avg' }, /not one of avg, max/],
    [{ aligned: 'maybe' }, { aligned: true }, /true\/false/],
    [{ bogus: '1' }, {}, /unknown parameter "bogus"/],
  ])('repairs %o and says so', (raw, expected, message) => {
    const v = validateParams(schema, raw as Record<string, string>);
    expect(v.values).toMatchObject(expected);
    expect(v.fixes.join('\n')).toMatch(message);
  });

  it('does not report reserved keys such as step', () => {
    expect(validateParams(schema, { step: '2' }, ['step']).fixes).toEqual([]);
  });
});

describe('serializeParams', () => {
  it('leaves defaults out so links stay short, and round-trips the rest', () => {
    const values = { ...defaults(schema), size: 5, aligned: false };
    const q = serializeParams(schema, values);
    expect(q).toEqual({ size: '5', aligned: '0' });
    expect(validateParams(schema, q).values).toEqual(values);
  });
});
