/**
 * A value as one short line of text, for console.log lines and the grading table. Runs on values
 * the reader's code made, so it must survive anything: cycles, getters that throw, proxies,
 * huge arrays. Depth, items and characters are capped; what is cut is shown as "…".
 */
const MAX_ITEMS = 12;
const MAX_DEPTH = 3;

type ArrayLikeNumbers = { length: number; [i: number]: number };

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-4 || a >= 1e6) ? x.toExponential(4) : String(Number(x.toPrecision(6)));
}

function isTypedArray(v: unknown): v is ArrayLikeNumbers & ArrayBufferView {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

/** `{ data, shape }` with a numeric data array that fills the shape: the kernels' Tensor. */
export function isTensorLike(v: unknown): v is { data: ArrayLikeNumbers; shape: number[] } {
  if (typeof v !== 'object' || v === null) return false;
  const { data, shape } = v as { data?: unknown; shape?: unknown };
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) return false;
  if (!(isTypedArray(data) || Array.isArray(data))) return false;
  return (data as unknown[]).length === shape.reduce((a: number, b: number) => a * b, 1);
}

function items(list: ArrayLike<unknown>, depth: number, seen: Set<object>): string {
  const n = list.length;
  const parts: string[] = [];
  for (let i = 0; i < Math.min(n, MAX_ITEMS); i++) parts.push(inner(list[i], depth + 1, seen));
  if (n > MAX_ITEMS) parts.push(`… ${n - MAX_ITEMS} more`);
  return parts.join(', ');
}

function inner(v: unknown, depth: number, seen: Set<object>): string {
  switch (typeof v) {
    case 'number':
      return formatNumber(v);
    case 'string':
      return depth === 0 ? v : JSON.stringify(v.length > 80 ? v.slice(0, 80) + '…' : v);
    case 'bigint':
      return `${v}n`;
    case 'undefined':
    case 'boolean':
    case 'symbol':
      return String(v);
    case 'function':
      return `[function ${(v as { name?: string }).name || 'anonymous'}]`;
  }
  if (v === null) return 'null';
  const obj = v as object;
  if (seen.has(obj)) return '[circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(obj) ? `[…${obj.length}]` : '{…}';
  seen.add(obj);
  try {
    if (isTensorLike(obj)) return `Tensor [${obj.shape.join(',')}] [${items(obj.data, depth, seen)}]`;
    if (isTypedArray(obj)) return `${obj.constructor.name}(${obj.length}) [${items(obj, depth, seen)}]`;
    if (Array.isArray(obj)) return `[${items(obj, depth, seen)}]`;
    if (obj instanceof Error) return `${obj.name}: ${obj.message}`;
    if (obj instanceof Map) return `Map(${obj.size})`;
    if (obj instanceof Set) return `Set(${obj.size}) {${items([...obj].slice(0, MAX_ITEMS), depth, seen)}}`;
    const keys = Object.keys(obj);
    const parts = keys
      .slice(0, MAX_ITEMS)
      .map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inner((obj as Record<string, unknown>)[k], depth + 1, seen)}`);
    if (keys.length > MAX_ITEMS) parts.push(`… ${keys.length - MAX_ITEMS} more`);
    return `{ ${parts.join(', ')} }`;
  } catch (e) {
    return `[unprintable: ${e instanceof Error ? e.message : 'error'}]`;
  } finally {
    seen.delete(obj);
  }
}

/** One value as text, at most `maxChars` long. */
export function preview(v: unknown, maxChars = 400): string {
  let s: string;
  try {
    s = inner(v, 0, new Set());
  } catch {
    s = '[unprintable]';
  }
  return s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s;
}
