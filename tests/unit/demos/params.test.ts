import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  UPLOAD_NOT_IN_LINKS,
  applyLimits,
  defaults,
  defineParams,
  dropUnrestorable,
  optionLabel,
  optionValues,
  serializeParams,
  validateParams,
  type ParamValues,
} from '../../../src/demos/params';

const schema = defineParams({
  size: { type: 'int', default: 7, min: 1, max: 14, label: 'Size' },
  scale: { type: 'number', default: 1, min: 0.0625, max: 1, label: 'Scale' },
  mode: { type: 'enum', default: 'avg', options: ['avg', 'max'], label: 'Mode' },
  stride: { type: 'enum', default: 8, options: [4, 8, 16], label: 'Stride' },
  aligned: { type: 'bool', default: true, label: 'Aligned' },
});
const texts = (raw: Record<string, string>) => validateParams(schema, raw).fixes.map((f) => f.text);

describe('validateParams', () => {
  it('returns the defaults, and no fixes, for an empty query', () => {
    expect(validateParams(schema, {})).toEqual({ values: defaults(schema), fixes: [] });
  });

  it('accepts valid values of every type, numeric choices as numbers', () => {
    const v = validateParams(schema, { size: '3', scale: '0.25', mode: 'max', stride: '16', aligned: '0' });
    expect(v.values).toEqual({ size: 3, scale: 0.25, mode: 'max', stride: 16, aligned: false });
    expect(v.fixes).toEqual([]);
  });

  it.each([
    [{ size: '900' }, { size: 14 }, /^size=900 is too large, set to max 14$/],
    [{ size: '-3' }, { size: 1 }, /^size=-3 is too small, set to min 1$/],
    [{ size: '2.6' }, { size: 3 }, /^size=2.6 is not a whole number; rounded to 3$/],
    [{ size: 'abc' }, { size: 7 }, /^size="abc" is not a number; using 7$/],
    [{ size: '' }, { size: 7 }, /^size is empty; using 7$/],
    [{ size: '1e999' }, { size: 14 }, /too large, set to max 14/],
    [{ scale: 'Infinity' }, { scale: 1 }, /too large, set to max 1/],
    [{ scale: '-1e400' }, { scale: 0.0625 }, /too small, set to min 0.0625/],
    [{ mode: 'median' }, { mode: 'avg' }, /not one of avg, max; using avg/],
    [{ stride: '7' }, { stride: 8 }, /not one of 4, 8, 16; using 8/],
    [{ aligned: 'maybe' }, { aligned: true }, /true\/false/],
    [{ bogus: '1' }, {}, /^unknown parameter "bogus" ignored$/],
  ])('repairs %o and words what was wrong', (raw, expected, message) => {
    const v = validateParams(schema, raw as Record<string, string>);
    expect(v.values).toMatchObject(expected);
    expect(v.fixes.map((f) => f.text).join('\n')).toMatch(message);
  });

  it('does not report reserved keys such as step', () => {
    expect(validateParams(schema, { step: '2' }, ['step']).fixes).toEqual([]);
  });

  it('echoes at most 40 characters of a 100,000-character value, with an ellipsis', () => {
    const [text] = texts({ mode: 'x'.repeat(100000) });
    expect(text).toBe(`mode="${'x'.repeat(39)}…" is not one of avg, max; using avg`);
  });

  it('strips bidi controls from what it echoes, so a right-to-left override cannot reverse the notice', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, U+200F RIGHT-TO-LEFT MARK
    const [text] = texts({ mode: 'ab\u202Ecd\u2066e\u200F' });
    expect(text).toBe('mode="abcde" is not one of avg, max; using avg');
    expect(texts({ ['\u202Ekey']: '1' })).toEqual(['unknown parameter "key" ignored']);
  });
});

describe('applyLimits', () => {
  const limits = (v: { size: number }) => ({ scale: { max: v.size / 14, why: 'half size' } });
  it('clamps a value above a limit that depends on another param, and replaces the schema’s own notice', () => {
    const raw = { size: '7', scale: '5' };
    const { values, fixes } = validateParams(schema, raw);
    applyLimits(values, limits, fixes, raw);
    expect(values.scale).toBe(0.5);
    expect(fixes.map((f) => f.text)).toEqual(['scale=5 is too large, set to max 0.5 (half size)']);
  });
});

describe('serializeParams', () => {
  it('leaves defaults out so links stay short, and round-trips the rest', () => {
    const values = { ...defaults(schema), size: 5, stride: 16 as const, aligned: false };
    const q = serializeParams(schema, values);
    expect(q).toEqual({ size: '5', stride: '16', aligned: '0' });
    expect(validateParams(schema, q).values).toEqual(values);
  });
});

describe('labelled enums', () => {
  const labelled = defineParams({
    layer: { type: 'enum', default: 'H', options: { Y: 'Y (gap in a)', H: 'H (best)', X: 'X (gap in b)' }, label: 'Matrix' },
    size: { type: 'enum', default: 128, options: [256, 64, [128, '128 px (slow)']], label: 'Size', unit: 'px' },
    head: { type: 'enum', default: 'mean', options: [['mean', 'mean of the heads'], '2', '1'], label: 'Head' },
    image: {
      type: 'enum',
      default: 'shapes',
      options: { shapes: 'shapes (sample)', upload: 'your upload' },
      label: 'Image',
      unrestorable: UPLOAD_NOT_IN_LINKS,
    },
  });
  type V = ParamValues<typeof labelled>;

  it('keeps each value’s literal type, numeric choices as numbers', () => {
    expectTypeOf<V['layer']>().toEqualTypeOf<'Y' | 'H' | 'X'>();
    expectTypeOf<V['size']>().toEqualTypeOf<256 | 64 | 128>();
    expectTypeOf<V['head']>().toEqualTypeOf<'mean' | '2' | '1'>();
    expectTypeOf(optionValues(labelled.size)).toEqualTypeOf<readonly (256 | 64 | 128)[]>();
  });

  it('lists the values in written order, numbers as numbers', () => {
    expect(optionValues(labelled.layer)).toEqual(['Y', 'H', 'X']);
    expect(optionValues(labelled.size)).toEqual([256, 64, 128]);
    expect(optionValues(labelled.head)).toEqual(['mean', '2', '1']);
    expect(validateParams(labelled, { size: '64', layer: 'X' }).values).toMatchObject({ size: 64, layer: 'X' });
    expect(validateParams(labelled, { size: '65' }).fixes.map((f) => f.text)).toEqual(['size="65" is not one of 256, 64, 128; using 128']);
  });

  it('gives an option’s label, or its value with the unit', () => {
    expect(optionLabel(labelled.layer, 'H')).toBe('H (best)');
    expect(optionLabel(labelled.size, 128)).toBe('128 px (slow)');
    expect(optionLabel(labelled.size, 64)).toBe('64 px');
    expect(optionLabel(labelled.head, '2')).toBe('2');
    expect(dropUnrestorable(labelled, { ...defaults(labelled), image: 'upload' }).map((f) => f.text)).toEqual([
      'image=upload could not be restored from the link (an upload is not part of a link: upload it again); showing shapes (sample) instead',
    ]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('treats %s as no option: own entries only', (hostile) => {
    const { values, fixes } = validateParams(labelled, { layer: hostile, head: hostile, image: hostile });
    expect(values).toEqual(defaults(labelled));
    expect(fixes.map((f) => f.text)).toEqual([
      `layer="${hostile}" is not one of Y, H, X; using H`,
      `head="${hostile}" is not one of mean, 2, 1; using mean`,
      `image="${hostile}" is not one of shapes, upload; using shapes`,
    ]);
    expect(optionLabel(labelled.layer, hostile)).toBe(hostile);
    expect(optionLabel(labelled.image, hostile)).toBe(hostile);
    expect(dropUnrestorable(labelled, { ...defaults(labelled), image: hostile as 'shapes' })).toEqual([]);
  });

  it('refuses a record with an integer-like value, which JS would list first', () => {
    expect(() => defineParams({ head: { type: 'enum', default: 'mean', options: { mean: 'mean', 1: 'head 1' }, label: 'Head' } })).toThrow(
      /head: option "1" .*write the options as a list/,
    );
  });
});
