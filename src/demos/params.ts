import { quote } from './quote';

/**
 * A demo's typed parameter schema, and the one function that turns untrusted URL strings
 * into valid values. Anything missing, malformed or out of range falls back to its default
 * or is clamped, and each repair is reported, worded for what was wrong, so the page can say
 * what it fixed. The schema is the single source of truth: the controls render from it
 * (ParamControl), and `defineParams` keeps every enum's options as literal types.
 */
interface Described {
  label: string; // what the control says, without range or unit
  unit?: string; // e.g. 'px'
}
export interface IntSpec extends Described {
  type: 'int';
  default: number;
  min: number;
  max: number;
  step?: number; // keyboard and slider step (1 if absent)
}
export interface NumberSpec extends Described {
  type: 'number';
  default: number;
  min: number;
  max: number;
  step?: number; // slider step; on a log slider, in decades
  scale?: 'log';
}
/** One choice of an enum: its value, or `[value, label]` when the control shows other text than the value. */
export type EnumOption<O extends string | number = string | number> = O | readonly [O, string];
/**
 * An enum's choices in display order, each value written once: a list (`[4, 8, [16, '16 (slow)']]`),
 * or, when every value is a string with a label, a record value → label. A record keeps its
 * written order only if no key is integer-like (JS lists those first), so `defineParams` refuses
 * such keys; write those enums, and any with a value `__proto__` (no key in a literal), as a list.
 */
export type EnumOptions<O extends string | number = string | number> = readonly EnumOption<O>[] | { readonly [value: string]: string };
export interface EnumSpec<O extends string | number = string | number> extends Described {
  type: 'enum';
  default: O;
  options: EnumOptions<O>;
  /** Options a link cannot bring back (an upload lives only in the tab that made it), each with what to do instead. */
  unrestorable?: { readonly [option: string]: string };
}
export interface BoolSpec extends Described {
  type: 'bool';
  default: boolean;
}
/** Free text (a demo's own prompts): cut to maxLength code points; bidi and control characters other than newlines removed. */
export interface TextSpec extends Described {
  type: 'text';
  default: string;
  maxLength: number;
}
export type ParamSpec = IntSpec | NumberSpec | EnumSpec | BoolSpec | TextSpec;
export type ParamSchema = Record<string, ParamSpec>;

type OptionValue<E> = E extends readonly [infer V, string] ? V : E;
/** A list's entries without their labels; a record's keys. */
type EnumValue<Options> = Options extends readonly (infer E)[] ? OptionValue<E> : Extract<keyof Options, string>;

/** An enum's value is the union of its options' literal types; numeric choices stay numbers. */
export type ParamValue<S extends ParamSpec> = S extends { type: 'enum'; options: infer Options }
  ? EnumValue<Options>
  : S extends { type: 'bool' }
    ? boolean
    : S extends { type: 'text' }
      ? string
      : number;
export type ParamValues<S extends ParamSchema> = { [K in keyof S]: ParamValue<S[K]> };

/** Limits that depend on other params (a selected pixel below the output size), checked after the schema's own. */
export type ParamLimits<S extends ParamSchema> = (values: ParamValues<S>) => { [K in keyof S]?: { max: number; why: string } };

/**
 * Repairs values that are each valid but inconsistent together (a box given corner-first the
 * wrong way round): fixes `values` in place and returns one sentence per repair. Runs before
 * the limits, on links and on every change alike.
 */
export type ParamRepair<S extends ParamSchema> = (values: ParamValues<S>) => string[];

const isList = (options: EnumOptions): options is readonly EnumOption[] => Array.isArray(options);
const INTEGER_LIKE = /^(0|[1-9][0-9]*)$/;

/** Declares a schema with its literal types kept (no `as const` needed, no casts downstream). */
export function defineParams<const S extends ParamSchema>(schema: S): S {
  for (const [key, spec] of Object.entries(schema)) {
    const reordered = spec.type === 'enum' && !isList(spec.options) ? Object.keys(spec.options).find((v) => INTEGER_LIKE.test(v)) : undefined;
    if (reordered !== undefined) throw new Error(`${key}: option "${reordered}" would be listed out of order in a record; write the options as a list`);
  }
  return schema;
}

/** An enum's values in display order, without their labels (numeric choices are numbers). */
export function optionValues<S extends EnumSpec>(spec: S): readonly ParamValue<S>[] {
  const values = isList(spec.options) ? spec.options.map((o) => (typeof o === 'object' ? o[0] : o)) : Object.keys(spec.options);
  // The values are exactly the union `ParamValue` reads off the options' type.
  return values as ParamValue<S>[];
}

/** What an enum's control shows for an option: its label, or the value with the unit. Own entries only. */
export function optionLabel(spec: EnumSpec, option: string | number): string {
  const { options } = spec;
  const label = isList(options)
    ? options.find((o): o is readonly [string | number, string] => typeof o === 'object' && o[0] === option)?.[1]
    : typeof option === 'string' && Object.hasOwn(options, option)
      ? options[option]
      : undefined;
  return label ?? `${option}${spec.unit ? ` ${spec.unit}` : ''}`;
}

/** One repair: the key it concerns and what the page says about it. */
export interface Fix {
  key: string;
  text: string; // human-readable, e.g. "size=900 is too large, set to max 64"
}

export interface Validated<S extends ParamSchema> {
  values: ParamValues<S>;
  fixes: Fix[];
}

type Parsed = { value: number | string | boolean; fix?: string };

export function parseParam(key: string, spec: ParamSpec, raw: string): Parsed {
  const k = quote(key);
  const q = quote(raw);
  switch (spec.type) {
    case 'int':
    case 'number': {
      if (raw.trim() === '') return { value: spec.default, fix: `${k} is empty; using ${spec.default}` };
      const n = Number(raw);
      if (Number.isNaN(n)) return { value: spec.default, fix: `${k}="${q}" is not a number; using ${spec.default}` };
      if (n > spec.max) return { value: spec.max, fix: `${k}=${q} is too large, set to max ${spec.max}` };
      if (n < spec.min) return { value: spec.min, fix: `${k}=${q} is too small, set to min ${spec.min}` };
      if (spec.type === 'int' && !Number.isInteger(n)) {
        const v = Math.min(spec.max, Math.max(spec.min, Math.round(n)));
        return { value: v, fix: `${k}=${q} is not a whole number; rounded to ${v}` };
      }
      return { value: n };
    }
    case 'enum': {
      const values = optionValues(spec);
      const match = values.find((o) => String(o) === raw);
      return match !== undefined ? { value: match } : { value: spec.default, fix: `${k}="${q}" is not one of ${values.join(', ')}; using ${spec.default}` };
    }
    case 'bool':
      if (['1', 'true', 'on', 'yes'].includes(raw)) return { value: true };
      if (['0', 'false', 'off', 'no'].includes(raw)) return { value: false };
      return { value: spec.default, fix: `${k}="${q}" is not true/false (1/0); using ${spec.default ? 1 : 0}` };
    case 'text': {
      const lines = raw.split('\n').map((l) => quote(l, Infinity));
      const chars = [...lines.join('\n')];
      if (chars.length <= spec.maxLength) return { value: chars.join('') };
      return { value: chars.slice(0, spec.maxLength).join(''), fix: `${k} is ${chars.length} characters long; cut to the first ${spec.maxLength}` };
    }
  }
}

export function defaults<S extends ParamSchema>(schema: S): ParamValues<S> {
  return Object.fromEntries(Object.entries(schema).map(([k, s]) => [k, s.default])) as ParamValues<S>;
}

/**
 * Validates raw strings against the schema. Unknown keys are reported, never kept. Keys are
 * looked up as own properties only: `constructor` or `__proto__` in a URL is just an unknown key.
 */
export function validateParams<S extends ParamSchema>(schema: S, raw: Record<string, string>, reserved: readonly string[] = []): Validated<S> {
  const values: Record<string, unknown> = defaults(schema);
  const fixes: Fix[] = [];
  for (const [key, text] of Object.entries(raw)) {
    if (!Object.hasOwn(schema, key)) {
      if (!reserved.includes(key)) fixes.push({ key, text: `unknown parameter "${quote(key)}" ignored` });
      continue;
    }
    const { value, fix } = parseParam(key, schema[key], text);
    values[key] = value;
    if (fix) fixes.push({ key, text: fix });
  }
  return { values: values as ParamValues<S>, fixes };
}

/** The `unrestorable` entry of every image-source enum with an upload option. */
export const UPLOAD_NOT_IN_LINKS = { upload: 'an upload is not part of a link: upload it again' } as const;

/**
 * A link that names an option only a live page can hold (`image=upload`) gets the default
 * instead, with a notice saying what could not be restored and what to do: never a silent swap.
 */
export function dropUnrestorable<S extends ParamSchema>(schema: S, values: ParamValues<S>): Fix[] {
  const v: Record<string, unknown> = values;
  const fixes: Fix[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const todo = spec.type === 'enum' && spec.unrestorable && Object.hasOwn(spec.unrestorable, String(v[key])) ? spec.unrestorable[String(v[key])] : undefined;
    if (spec.type !== 'enum' || todo === undefined) continue;
    fixes.push({ key, text: `${key}=${String(v[key])} could not be restored from the link (${todo}); showing ${optionLabel(spec, spec.default)} instead` });
    v[key] = spec.default;
  }
  return fixes;
}

/**
 * Clamps values to limits that depend on other params. With `fixes`, each repair is reported,
 * replacing the schema's own repair of that key (one notice per key, quoting the `raw` input).
 */
export function applyLimits<S extends ParamSchema>(
  values: ParamValues<S>,
  limits: ParamLimits<S> | undefined,
  fixes?: Fix[],
  raw?: Record<string, string>,
): void {
  if (!limits) return;
  const bounds = limits(values);
  const v: Record<string, unknown> = values;
  for (const key of Object.keys(bounds)) {
    const b = bounds[key];
    const current = v[key];
    if (!b || typeof current !== 'number' || current <= b.max) continue;
    v[key] = b.max;
    if (!fixes) continue;
    const was = raw && Object.hasOwn(raw, key) ? quote(raw[key]) : String(current);
    const i = fixes.findIndex((f) => f.key === key);
    if (i >= 0) fixes.splice(i, 1);
    fixes.push({ key, text: `${key}=${was} is too large, set to max ${b.max} (${b.why})` });
  }
}

/** Values back to URL strings; defaults are left out so links stay short. */
export function serializeParams<S extends ParamSchema>(schema: S, values: ParamValues<S>): Record<string, string> {
  const out: Record<string, string> = {};
  const v: Record<string, unknown> = values;
  for (const [key, spec] of Object.entries(schema)) {
    const value = v[key];
    if (value === undefined || value === spec.default) continue;
    out[key] = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
  return out;
}
