import { isTensorLike, preview } from './preview';
import type { ShowView } from './types';

/**
 * What `show(value)` draws, decided in the worker so only plain data crosses to the page:
 * - a tensor {data, shape} of shape [H,W] (or [1,H,W], [1,1,H,W]) → heatmap;
 * - shape [3,H,W] or [1,3,H,W], or a shapes-world sample (its `image`) → RGB image;
 * - a 1-D array of numbers (or a tensor of rank 1) → line chart;
 * - an array of arrays or of objects → table;
 * - anything else → its text preview.
 * Sizes are capped (MAX_PIXELS, MAX_POINTS, MAX_ROWS) so one call cannot flood the page.
 */
export const MAX_PIXELS = 512 * 512;
export const MAX_POINTS = 10000;
export const MAX_ROWS = 200;
const MAX_COLS = 20;

function numericArray(v: unknown): ArrayLike<number> | null {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return v as unknown as ArrayLike<number>;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number')) return v;
  return null;
}

function tensorView(data: ArrayLike<number>, shape: number[], label: string): ShowView | null {
  const dims = shape.slice();
  while (dims.length > 2 && dims[0] === 1) dims.shift(); // [1,1,H,W] → [H,W]; [1,3,H,W] → [3,H,W]
  if (dims.length === 1) return lineView(data, label);
  if (dims.length === 2 || (dims.length === 3 && dims[0] === 3)) {
    const [h, w] = dims.slice(-2);
    if (h * w === 0) return { kind: 'text', label, text: `empty tensor of shape [${shape}]` };
    if (h * w > MAX_PIXELS) return { kind: 'text', label, text: `tensor [${shape}] is too large to draw (over ${MAX_PIXELS} pixels)` };
    const values = Float32Array.from(data);
    if (dims.length === 3) return { kind: 'image', label, channels: 3, height: h, width: w, data: values };
    return { kind: 'heatmap', label, rows: h, cols: w, values };
  }
  return null;
}

function lineView(data: ArrayLike<number>, label: string): ShowView {
  const n = Math.min(data.length, MAX_POINTS);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = Number(data[i]);
  return { kind: 'line', label: data.length > n ? `${label} (first ${n} of ${data.length})` : label, values };
}

function tableView(list: unknown[], label: string): ShowView | null {
  const rows = list.slice(0, MAX_ROWS);
  if (rows.every((r) => Array.isArray(r) || ArrayBuffer.isView(r))) {
    const width = Math.min(MAX_COLS, Math.max(...rows.map((r) => (r as ArrayLike<unknown>).length)));
    const columns = Array.from({ length: width }, (_, i) => String(i));
    return { kind: 'table', label, columns, rows: rows.map((r) => columns.map((_, i) => cell((r as ArrayLike<unknown>)[i]))), total: list.length };
  }
  if (rows.every((r) => typeof r === 'object' && r !== null)) {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r as object)))].slice(0, MAX_COLS);
    return { kind: 'table', label, columns, rows: rows.map((r) => columns.map((k) => cell((r as Record<string, unknown>)[k]))), total: list.length };
  }
  return null;
}

const cell = (v: unknown) => (v === undefined ? '' : preview(v, 120));

export function showView(value: unknown, label = ''): ShowView {
  try {
    if (isTensorLike(value)) {
      const v = tensorView(value.data, value.shape, label || `tensor [${value.shape}]`);
      if (v) return v;
    }
    const sample = value as { image?: unknown; width?: unknown; height?: unknown };
    if (sample && typeof sample === 'object' && sample.image instanceof Float32Array && Number.isInteger(sample.width) && Number.isInteger(sample.height)) {
      const [h, w] = [sample.height as number, sample.width as number];
      if (sample.image.length === 3 * h * w) return tensorView(sample.image, [3, h, w], label || `shapes scene ${w}×${h}`)!;
    }
    const nums = numericArray(value);
    if (nums && nums.length > 1) return lineView(nums, label || `${nums.length} values`);
    if (Array.isArray(value) && value.length > 0) {
      const t = tableView(value, label || `${value.length} rows`);
      if (t) return t;
    }
  } catch (e) {
    return { kind: 'text', label, text: `[cannot show: ${e instanceof Error ? e.message : 'error'}]` };
  }
  return { kind: 'text', label, text: preview(value, 20000) };
}
