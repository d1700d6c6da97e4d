/**
 * A demo's typed parameter schema, and the one function that turns untrusted URL strings
 * into valid values. Anything missing, malformed or out of range falls back to its default
 * or is clamped, and each repair is reported so the page can say what it fixed.
 */
export type ParamSpec =
  | { type: 'int'; default: number; min: number; max: number; label?: string }
  | { type: 'number'; default: number; min: number; max: number; label?: string }
  | { type: 'enum'; default: string; options: readonly string[]; label?: string }
  | { type: 'bool'; default: boolean; label?: string };

export type ParamSchema = Record<string, ParamSpec>;

export type ParamValue<S extends ParamSpec> = S extends { type: 'enum' } ? string : S extends { type: 'bool' } ? boolean : number;

export type ParamValues<S extends ParamSchema> = { [K in keyof S]: ParamValue<S[K]> };

export interface Validated<S extends ParamSchema> {
  values: ParamValues<S>;
  fixes: string[]; // human-readable, e.g. "size=900 is above 64; using 64"
}

function parseOne(key: string, spec: ParamSpec, raw: string): { value: unknown; fix?: string } {
  switch (spec.type) {
    case 'int':
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return { value: spec.default, fix: `${key}="${raw}" is not a number; using ${spec.default}` };
      let v = spec.type === 'int' ? Math.round(n) : n;
      if (v < spec.min) return { value: spec.min, fix: `${key}=${raw} is below ${spec.min}; using ${spec.min}` };
      if (v > spec.max) return { value: spec.max, fix: `${key}=${raw} is above ${spec.max}; using ${spec.max}` };
      if (spec.type === 'int' && v !== n) return { value: v, fix: `${key}=${raw} is not a whole number; using ${v}` };
      return { value: v };
    }
    case 'enum':
      return spec.options.includes(raw)
        ? { value: raw }
        : { value: spec.default, fix: `${key}="${raw}" is not one of ${spec.options.join(', ')}; using ${spec.default}` };
    case 'bool':
      if (['1', 'true', 'on', 'yes'].includes(raw)) return { value: true };
      if (['0', 'false', 'off', 'no'].includes(raw)) return { value: false };
      return { value: spec.default, fix: `${key}="${raw}" is not true/false; using ${spec.default}` };
  }
}

export function defaults<S extends ParamSchema>(schema: S): ParamValues<S> {
  return Object.fromEntries(Object.entries(schema).map(([k, s]) => [k, s.default])) as ParamValues<S>;
}

/** Validates raw strings against the schema. Unknown keys are reported, never kept. */
export function validateParams<S extends ParamSchema>(schema: S, raw: Record<string, string>, reserved: readonly string[] = []): Validated<S> {
  const values = defaults(schema) as Record<string, unknown>;
  const fixes: string[] = [];
  for (const [key, text] of Object.entries(raw)) {
    const spec = schema[key];
    if (!spec) {
      if (!reserved.includes(key)) fixes.push(`unknown parameter "${key}" ignored`);
      continue;
    }
    const { value, fix } = parseOne(key, spec, text);
    values[key] = value;
    if (fix) fixes.push(fix);
  }
  return { values: values as ParamValues<S>, fixes };
}

/** Values back to URL strings; defaults are left out so links stay short. */
export function serializeParams<S extends ParamSchema>(schema: S, values: ParamValues<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, spec] of Object.entries(schema)) {
    const v = (values as Record<string, unknown>)[key];
    if (v === undefined || v === spec.default) continue;
    out[key] = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  }
  return out;
}
